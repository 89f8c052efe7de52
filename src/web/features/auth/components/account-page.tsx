import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { LoadState } from '../../../components/load-state';
import { useI18n } from '../../../lib/i18n';
import { changePassword } from '../api/change-password';
import { useSession } from '../api/get-session';

/** My account: who I am, my roles, and changing my password (other sessions end). */
export function AccountPage() {
  const { t } = useI18n();
  const session = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setResult(null);
    try {
      await changePassword(current, next);
      setCurrent('');
      setNext('');
      setResult({ ok: true, text: t('account.password.done') });
    } catch (err) {
      setResult({ ok: false, text: (err as Error).message });
    }
  };

  return (
    <>
      <Heading1>{t('account.title')}</Heading1>
      <LoadState value={session}>
        {({ account, memberships }) =>
          !account ? (
            <Paragraph>
              <Link to="/inloggen?terug=/account">{t('auth.login')}</Link>
            </Paragraph>
          ) : (
            <>
              <Paragraph>
                {account.name} ({account.email})
                {account.platformRoles.length > 0 && ` · ${t('account.platformRoles', { roles: account.platformRoles.join(', ') })}`}
              </Paragraph>
              <Paragraph>{t('account.memberships', { count: memberships.length })}</Paragraph>
              <Heading2>{t('account.password.title')}</Heading2>
              {result && (
                <Alert type={result.ok ? 'ok' : 'error'} role={result.ok ? 'status' : 'alert'}>
                  <Paragraph>{result.text}</Paragraph>
                </Alert>
              )}
              <form onSubmit={(e) => void submit(e)} className="rt-login-form" noValidate>
                <input type="text" name="username" autoComplete="username" value={account.email} readOnly hidden />
                <FormField>
                  <FormLabel htmlFor="account-current">{t('account.password.current')}</FormLabel>
                  <Textbox
                    id="account-current"
                    type="password"
                    autoComplete="current-password"
                    required
                    value={current}
                    onChange={(e) => setCurrent(e.target.value)}
                  />
                </FormField>
                <FormField>
                  <FormLabel htmlFor="account-new">{t('account.password.new')}</FormLabel>
                  <FormFieldDescription id="account-new-hint">{t('account.password.hint')}</FormFieldDescription>
                  <Textbox
                    id="account-new"
                    type="password"
                    autoComplete="new-password"
                    required
                    aria-describedby="account-new-hint"
                    value={next}
                    onChange={(e) => setNext(e.target.value)}
                  />
                </FormField>
                <Button type="submit" appearance="primary-action-button">
                  {t('account.password.submit')}
                </Button>
              </form>
            </>
          )
        }
      </LoadState>
    </>
  );
}
