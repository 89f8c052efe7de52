import { Button } from '@utrecht/component-library-react';
import { Link } from 'react-router-dom';
import { useI18n } from '../../../lib/i18n';
import { useSession } from '../api/get-session';
import { logout } from '../api/logout';

/** Who am I, in the header: the signed-in name with a sign-out button, or a sign-in link. */
export function AccountMenu() {
  const { t } = useI18n();
  const session = useSession();
  if (session.state !== 'ready') return null;
  const account = session.data.account;
  if (!account) {
    return (
      <Link to="/inloggen" className="rt-account">
        {t('auth.login')}
      </Link>
    );
  }
  return (
    <div className="rt-account">
      <Link to="/account" data-testid="who-am-i">
        {t('auth.signedInAs', { name: account.name })}
      </Link>
      <Button
        appearance="subtle-button"
        onClick={() => {
          // A full reload after sign-out: no page keeps data of the previous session.
          void logout().finally(() => window.location.assign('/'));
        }}
      >
        {t('auth.logout')}
      </Button>
    </div>
  );
}
