import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { ModalDialog } from '../../../components/modal-dialog';
import { TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import { setAccountPassword } from '../api/set-account-password';
import type { Account } from '../api/types';
import { apiFieldErrors } from '../model/account-form';

/** A platform beheerder sets a new password for someone (forgotten, or a first one for an OIDC-only account). */
export function PasswordDialog({ account, onClose, onDone }: { account: Account; onClose(): void; onDone(message: string): void }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMessage(undefined);
    if (password === '') return setErrors({ password: t('accounts.validation.passwordRequired') });
    setErrors({});
    setBusy(true);
    try {
      await setAccountPassword(account.id, password);
      onDone(t('accounts.passwordSet', { name: account.name }));
    } catch (err) {
      const fields = err instanceof ApiError ? apiFieldErrors(err.message, err.details) : {};
      setErrors(fields);
      if (Object.keys(fields).length === 0) setMessage((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <ModalDialog title={t('accounts.password.title', { name: account.name })} onClose={onClose}>
      <Paragraph>{t('accounts.password.intro')}</Paragraph>
      <form onSubmit={(e) => void submit(e)} noValidate className="rt-dialog__form">
        <FormErrorSummary title={t('accounts.password.failed')} errors={errors} message={message} />
        {/* The account's address for password managers, so they store the new password with the right name. */}
        <input type="text" name="username" autoComplete="username" value={account.email} readOnly hidden />
        <TextField
          type="password"
          autoComplete="new-password"
          label={t('accounts.field.newPassword')}
          name="password"
          value={password}
          onValue={setPassword}
          description={t('accounts.field.password.hint')}
          errorMessage={errors.password}
          required
        />
        <ButtonGroup className="rt-dialog__actions">
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {t('accounts.password.submit')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </ModalDialog>
  );
}
