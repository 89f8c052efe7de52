import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '../../../components/app-link';
import { LoadState } from '../../../components/load-state';
import { useI18n } from '../../../lib/i18n';
import { useSession } from '../../auth';
import { mayManageAccounts } from '../model/access';
import { AccountsManager } from './accounts-manager';

/** /beheer/accounts: every account, for platform beheerders; others are told why they see nothing. */
export function AccountsPage() {
  const { t } = useI18n();
  const session = useSession();
  return (
    <div className="rt-page">
      <Heading1>{t('accounts.title')}</Heading1>
      <Paragraph>{t('accounts.intro')}</Paragraph>
      <LoadState value={session}>
        {(s) =>
          !s.account ? (
            <Alert type="info">
              <Paragraph>
                {t('accounts.signInFirst')} <AppLink to="/inloggen?terug=/beheer/accounts">{t('auth.login')}</AppLink>
              </Paragraph>
            </Alert>
          ) : !mayManageAccounts(s) ? (
            <Alert type="info">
              <Paragraph>{t('accounts.notAllowed')}</Paragraph>
            </Alert>
          ) : (
            <AccountsManager me={s.account.id} />
          )
        }
      </LoadState>
    </div>
  );
}
