import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { useI18n } from '../../../lib/i18n';
import { findMemberCandidate } from '../api/find-member-candidate';
import { setMember } from '../api/set-member';
import type { Account, OrganisationOption, ProgrammeRole } from '../api/types';
import { MembershipFields } from './programme-role-fields';
import { PROGRAMME_ROLE_LABEL } from './role-labels';

/**
 * Add an existing account to the programme with a role (lezer unless chosen otherwise) and an
 * organisation. A platform beheerder picks from all accounts; a programme beheerder, who may not
 * list them, types the colleague's e-mail address (`accounts` null) and the server looks it up.
 */
export function AddMemberForm({
  programmeId,
  accounts,
  memberIds,
  organisations,
  onAdded,
}: {
  programmeId: string;
  /** Accounts that can be added (enabled, not yet a member), or null: find one by e-mail address. */
  accounts: Account[] | null;
  /** The accounts that are members already. */
  memberIds: readonly string[];
  organisations: OrganisationOption[];
  onAdded(message: string): void;
}) {
  const { t } = useI18n();
  const [accountId, setAccountId] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<ProgrammeRole>('lezer');
  const [organisationId, setOrganisationId] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const sorted = [...(accounts ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nl'));

  /** The account to add, or null after saying at its field why there is none. */
  async function chosenAccount(): Promise<{ id: string; name: string } | null> {
    if (accounts !== null) {
      const account = accounts.find((a) => a.id === accountId);
      if (!account) setErrors({ account: t('members.validation.accountRequired') });
      return account ?? null;
    }
    if (email.trim() === '') {
      setErrors({ email: t('members.validation.emailRequired') });
      return null;
    }
    const found = await findMemberCandidate(programmeId, email.trim());
    if (!found) setErrors({ email: t('members.validation.noSuchAccount', { email: email.trim() }) });
    else if (memberIds.includes(found.id)) setErrors({ email: t('members.validation.alreadyMember', { name: found.name }) });
    return found && !memberIds.includes(found.id) ? found : null;
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMessage(undefined);
    setErrors({});
    setBusy(true);
    try {
      const account = await chosenAccount();
      if (!account) return;
      await setMember(programmeId, account.id, role, organisationId || null);
      setAccountId('');
      setEmail('');
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
      <Paragraph>{t(accounts === null ? 'members.add.introByEmail' : 'members.add.intro')}</Paragraph>
      <FormErrorSummary title={t('members.add.failed')} errors={errors} message={message} />
      <form onSubmit={(e) => void submit(e)} noValidate className="rt-form">
        {accounts === null ? (
          <TextField
            label={t('members.field.email')}
            name="email"
            type="email"
            value={email}
            onValue={setEmail}
            description={t('members.field.email.hint')}
            errorMessage={errors.email}
            required
          />
        ) : (
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
        )}
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
