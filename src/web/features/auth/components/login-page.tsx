import { Alert, Button, FormField, FormLabel, Heading1, Heading2, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { safeReturnPath } from '../../../../domain/access/return-path';
import { ApiError } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import type { MessageKey } from '../../../lib/messages/nl';
import { useSession } from '../api/get-session';
import { login } from '../api/login';

const OIDC_ERRORS: Record<string, MessageKey> = {
  'oidc-geen-account': 'auth.error.oidcNoAccount',
  'oidc-mislukt': 'auth.error.oidcFailed',
  'oidc-uit': 'auth.error.oidcOff',
};

/** Only paths on this site: never send someone elsewhere after signing in (the server's own rule). */
const safeReturnTo = safeReturnPath;

export function LoginPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(() => {
    const key = OIDC_ERRORS[params.get('fout') ?? ''];
    return key ? t(key) : null;
  });
  const [busy, setBusy] = useState(false);
  const returnTo = safeReturnTo(params.get('terug'));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(email, password);
      window.location.assign(returnTo);
    } catch (err) {
      setError(err instanceof ApiError && err.status === 401 ? t('auth.error.wrong') : (err as Error).message);
      setBusy(false);
    }
  };

  const oidc = session.state === 'ready' ? session.data.oidc : null;
  return (
    <>
      <Heading1>{t('auth.title')}</Heading1>
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <form onSubmit={(e) => void submit(e)} className="rt-login-form" noValidate>
        <FormField>
          <FormLabel htmlFor="login-email">{t('auth.email')}</FormLabel>
          <Textbox
            id="login-email"
            name="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </FormField>
        <FormField>
          <FormLabel htmlFor="login-password">{t('auth.password')}</FormLabel>
          <Textbox
            id="login-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </FormField>
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {t('auth.submit')}
        </Button>
      </form>
      {oidc && (
        <section aria-labelledby="login-oidc">
          <Heading2 id="login-oidc">{t('auth.oidc.title')}</Heading2>
          <Paragraph>
            <a
              className="utrecht-button utrecht-button--secondary-action"
              href={`/api/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`}
            >
              {oidc.label}
            </a>
          </Paragraph>
        </section>
      )}
    </>
  );
}
