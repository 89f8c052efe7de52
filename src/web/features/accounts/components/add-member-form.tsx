import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { SelectField } from '../../../components/select-field';
import { useI18n } from '../../../lib/i18n';
import { setMember } from '../api/set-member';
import type { Account, OrganisationOption, ProgrammeRole } from '../api/types';
import { MembershipFields } from './programme-role-fields';
import { PROGRAMME_ROLE_LABEL } from './role-labels';

/** Add an existing account to the programme with a role (lezer unless chosen otherwise) and an organisation. */
export function AddMemberForm({
  programmeId,
  accounts,
  organisations,
  onAdded,
}: {
  programmeId: string;
  /** Accounts that can be added: enabled, not yet a member. */
  accounts: Account[];
  organisations: OrganisationOption[];
  onAdded(message: string): void;
}) {
  const { t } = useI18n();
  const [accountId, setAccountId] = useState('');
  const [role, setRole] = useState<ProgrammeRole>('lezer');
  const [organisationId, setOrganisationId] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const sorted = [...accounts].sort((a, b) => a.name.localeCompare(b.name, 'nl'));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMessage(undefined);
    const account = accounts.find((a) => a.id === accountId);
    if (!account) return setErrors({ account: t('members.validation.accountRequired') });
    setErrors({});
    setBusy(true);
    try {
      await setMember(programmeId, account.id, role, organisationId || null);
      setAccountId('');
      setRole('lezer');
      setOrganisationId('');
      onAdded(t('members.added', { name: account.name, role: t(PROGRAMME_ROLE_LABEL[role]).toLowerCase() }));
    } catch (err) {
      setMessage((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="rt-add-member" className="rt-section rt-accounts-section">
      <Heading2 id="rt-add-member">{t('members.add.title')}</Heading2>
      <Paragraph>{t('members.add.intro')}</Paragraph>
      <FormErrorSummary title={t('members.add.failed')} errors={errors} message={message} />
      <form onSubmit={(e) => void submit(e)} noValidate className="rt-form">
        <SelectField
          label={t('members.field.account')}
          name="accountId"
          value={accountId}
          emptyLabel={t('members.field.account.choose')}
          options={sorted.map((a) => ({ value: a.id, label: `${a.name} (${a.email})` }))}
          onChange={setAccountId}
          description={sorted.length === 0 ? t('members.add.noneLeft') : t('members.field.account.hint')}
          errorMessage={errors.account}
          required
        />
        <MembershipFields
          name="add-role"
          role={role}
          organisationId={organisationId}
          organisations={organisations}
          onRole={setRole}
          onOrganisation={setOrganisationId}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {t('members.add.submit')}
        </Button>
      </form>
    </section>
  );
}
