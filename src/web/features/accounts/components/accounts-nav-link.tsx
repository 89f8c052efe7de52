import { NavLink } from 'react-router-dom';
import { useI18n } from '../../../lib/i18n';
import { useSession } from '../../auth';
import { mayManageAccounts } from '../model/access';

/** "Accounts" in the main menu, for platform beheerders only. */
export function AccountsNavLink() {
  const { t } = useI18n();
  const session = useSession();
  if (session.state !== 'ready' || !mayManageAccounts(session.data)) return null;
  return <NavLink to="/beheer/accounts">{t('nav.accounts')}</NavLink>;
}
