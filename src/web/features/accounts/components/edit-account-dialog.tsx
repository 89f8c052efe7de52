import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { ModalDialog } from '../../../components/modal-dialog';
import { TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import type { Account, PlatformRole } from '../api/types';
import { updateAccount } from '../api/update-account';
import { apiFieldErrors } from '../model/account-form';
import { PlatformRoleFields } from './platform-role-fields';

/**
 * Change an account's name and platform roles. Beheerders cannot take away their own beheerder
 * role here, so the platform never loses its last way in by a slip.
 */
export function EditAccountDialog({
  account,
  self,
  onClose,
  onDone,
}: {
  account: Account;
  self: boolean;
  onClose(): void;
  onDone(message: string): void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState(account.name);
  const [roles, setRoles] = useState<PlatformRole[]>(account.platformRoles);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMessage(undefined);
    if (!name.trim()) return setErrors({ name: t('accounts.validation.nameRequired') });
    setErrors({});
    setBusy(true);
    try {
      const saved = await updateAccount(account.id, { name: name.trim(), platformRoles: roles });
      onDone(t('accounts.saved', { name: saved.name }));
    } catch (err) {
      const fields = err instanceof ApiError ? apiFieldErrors(err.message, err.details) : {};
      setErrors(fields);
      if (Object.keys(fields).length === 0) setMessage((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <ModalDialog title={t('accounts.edit.title', { name: account.name })} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate className="rt-dialog__form">
        <FormErrorSummary title={t('accounts.edit.failed')} errors={errors} message={message} />
        <TextField label={t('accounts.field.name')} name="name" value={name} onValue={setName} errorMessage={errors.name} required />
        <PlatformRoleFields
          value={roles}
          onChange={setRoles}
          locked={self && account.platformRoles.includes('beheerder') ? ['beheerder'] : []}
        />
        <ButtonGroup className="rt-dialog__actions">
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {t('common.save')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </ModalDialog>
  );
}
