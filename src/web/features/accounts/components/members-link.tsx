import { AppButtonLink } from '../../../components/app-link';
import { useI18n } from '../../../lib/i18n';
import { useSession } from '../../auth/api/get-session';
import { mayManageMembers } from '../model/access';

/** "Leden" among a programme's actions, for whoever may manage its members (nothing for others). */
export function MembersLink({ programme }: { programme: { id: string; slug: string } }) {
  const { t } = useI18n();
  const session = useSession();
  if (session.state !== 'ready' || !mayManageMembers(session.data, programme.id)) return null;
  return <AppButtonLink to={`/programmas/${programme.slug}/leden`}>{t('members.link')}</AppButtonLink>;
}
