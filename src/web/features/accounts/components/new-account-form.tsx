import { Alert, Button, Fieldset, FieldsetLegend, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { RadioOption } from '../../../components/radio-option';
import { TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import { createAccount } from '../api/create-account';
import type { Account, PlatformRole } from '../api/types';
import { apiFieldErrors, validateNewAccount, type NewAccountValues, type SignIn } from '../model/account-form';
import { PlatformRoleFields } from './platform-role-fields';

const EMPTY: NewAccountValues = { name: '', email: '', signIn: 'password', password: '' };

/** A colleague's account: name, address, a first password or sign-in through their organisation only, platform roles. */
export function NewAccountForm({ onCreated }: { onCreated(a: Account): void }) {
  const { t } = useI18n();
  const [values, setValues] = useState<NewAccountValues>(EMPTY);
  const [roles, setRoles] = useState<PlatformRole[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const [created, setCreated] = useState<Account | null>(null);
  const [busy, setBusy] = useState(false);
  const doneRef = useRef<HTMLDivElement>(null);
  // After the commit that shows the result, so the message is there to take the focus.
  useEffect(() => {
    if (created) doneRef.current?.focus();
  }, [created]);
  const set = (patch: Partial<NewAccountValues>) => setValues((v) => ({ ...v, ...patch }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local = Object.fromEntries(Object.entries(validateNewAccount(values)).map(([f, key]) => [f, t(key)]));
    setErrors(local);
    setMessage(undefined);
    setCreated(null);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      const account = await createAccount({
        name: values.name.trim(),
        email: values.email.trim(),
        ...(values.signIn === 'password' ? { password: values.password } : {}),
        platformRoles: roles,
      });
      setValues(EMPTY);
      setRoles([]);
      setCreated(account);
      onCreated(account);
    } catch (err) {
      const fields = err instanceof ApiError ? apiFieldErrors(err.message, err.details) : {};
      setErrors(fields);
      if (Object.keys(fields).length === 0) setMessage((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="rt-new-account" className="rt-section rt-accounts-section">
      <Heading2 id="rt-new-account">{t('accounts.new.title')}</Heading2>
      {created && (
        <div ref={doneRef} tabIndex={-1} className="rt-flash" data-testid="account-created">
          <Alert type="ok">
            <Paragraph>{t('accounts.created', { name: created.name, email: created.email })}</Paragraph>
          </Alert>
        </div>
      )}
      <FormErrorSummary title={t('accounts.new.failed')} errors={errors} message={message} />
      <form onSubmit={(e) => void submit(e)} noValidate className="rt-form">
        <TextField
          label={t('accounts.field.name')}
          name="name"
          value={values.name}
          onValue={(name) => set({ name })}
          errorMessage={errors.name}
          required
        />
        <TextField
          type="email"
          autoComplete="off"
          label={t('accounts.field.email')}
          name="email"
          value={values.email}
          onValue={(email) => set({ email })}
          description={t('accounts.field.email.hint')}
          errorMessage={errors.email}
          required
        />
        <Fieldset>
          <FieldsetLegend>{t('accounts.field.signIn')}</FieldsetLegend>
          {(['password', 'oidc'] as SignIn[]).map((s) => (
            <RadioOption key={s} name="signIn" value={s} checked={values.signIn === s} onChange={() => set({ signIn: s })}>
              {t(s === 'password' ? 'accounts.signIn.choosePassword' : 'accounts.signIn.chooseOidc')}
            </RadioOption>
          ))}
        </Fieldset>
        {values.signIn === 'password' ? (
          <TextField
            type="password"
            autoComplete="new-password"
            label={t('accounts.field.password')}
            name="password"
            value={values.password}
            onValue={(password) => set({ password })}
            description={t('accounts.field.password.hint')}
            errorMessage={errors.password}
            required
          />
        ) : (
          <Paragraph className="rt-muted rt-signin-hint">{t('accounts.signIn.oidcHint')}</Paragraph>
        )}
        <PlatformRoleFields value={roles} onChange={setRoles} />
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {t('accounts.new.submit')}
        </Button>
      </form>
    </section>
  );
}
