import { Alert, Heading1, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { useParams } from 'react-router-dom';
import { AppLink } from '../../../components/app-link';
import { ApiError, type Loadable } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import { useSession } from '../../auth';
import { useProgramme } from '../../programmes';
import { mayManageAccounts, mayManageMembers } from '../model/access';
import { MembersManager } from './members-manager';

/**
 * /programmas/:programmeId/leden: who takes part in a programme, with which role and for which
 * organisation. For the programme's beheerders and platform beheerders; others are told why.
 */
export function MembersPage() {
  const { t } = useI18n();
  const { programmeId = '' } = useParams();
  const session = useSession();
  const programme = useProgramme(programmeId);
  const refused = (p: Loadable<unknown>) => p.state === 'error' && p.error instanceof ApiError && [401, 403].includes(p.error.status);

  return (
    <div className="rt-page">
      {programme.state === 'ready' && <PreHeading>{programme.data.shortName ?? programme.data.title}</PreHeading>}
      <Heading1>{t('members.title')}</Heading1>
      <Paragraph>{t('members.intro')}</Paragraph>
      <Paragraph>
        <AppLink to={`/programmas/${encodeURIComponent(programmeId)}`}>{t('members.back')}</AppLink>
      </Paragraph>
      {session.state === 'loading' || programme.state === 'loading' ? (
        <Paragraph aria-live="polite">{t('common.loading')}</Paragraph>
      ) : session.state === 'error' ? (
        <Alert type="error">
          <Paragraph>{t('common.error', { message: session.error.message })}</Paragraph>
        </Alert>
      ) : !session.data.account ? (
        <Alert type="info">
          <Paragraph>
            {t('members.signInFirst')}{' '}
            <AppLink to={`/inloggen?terug=${encodeURIComponent(`/programmas/${programmeId}/leden`)}`}>{t('auth.login')}</AppLink>
          </Paragraph>
        </Alert>
      ) : refused(programme) || (programme.state === 'ready' && !mayManageMembers(session.data, programme.data.id)) ? (
        <Alert type="info">
          <Paragraph>{t('members.notAllowed')}</Paragraph>
        </Alert>
      ) : programme.state === 'error' ? (
        <Alert type="error">
          <Paragraph>{t('common.error', { message: programme.error.message })}</Paragraph>
        </Alert>
      ) : (
        <MembersManager programme={programme.data} me={session.data.account.id} canPickAccounts={mayManageAccounts(session.data)} />
      )}
    </div>
  );
}
