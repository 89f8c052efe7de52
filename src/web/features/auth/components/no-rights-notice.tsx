import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useLocation } from 'react-router-dom';
import { AppLink } from '../../../components/app-link';
import { useI18n } from '../../../lib/i18n';

/**
 * Shown instead of a form the person may not use (an edit page reached by its address): signed out,
 * the way to sign in and come back; signed in, that their role does not allow it. The way back to
 * the read view stays.
 */
export function NoRightsNotice({ signedIn, back }: { signedIn: boolean; back: { to: string; label: string } }) {
  const { t } = useI18n();
  const here = useLocation();
  return (
    <Alert type="info">
      <div data-testid="no-rights">
        {signedIn ? (
          <Paragraph>{t('rights.forbidden')}</Paragraph>
        ) : (
          <Paragraph>
            {t('rights.signIn')}{' '}
            <AppLink to={`/inloggen?terug=${encodeURIComponent(here.pathname + here.search)}`}>{t('rights.signInLink')}</AppLink>
          </Paragraph>
        )}
        <Paragraph>
          <AppLink to={back.to}>{back.label}</AppLink>
        </Paragraph>
      </div>
    </Alert>
  );
}
