import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { ModalDialog } from '../../../components/modal-dialog';
import { useI18n } from '../../../lib/i18n';
import { setMember } from '../api/set-member';
import type { Member, OrganisationOption, ProgrammeRole } from '../api/types';
import { MembershipFields } from './programme-role-fields';
import { PROGRAMME_ROLE_LABEL } from './role-labels';

/** Change a member's role or the organisation the member acts for. */
export function EditMemberDialog({
  programmeId,
  member,
  organisations,
  onClose,
  onDone,
}: {
  programmeId: string;
  member: Member;
  organisations: OrganisationOption[];
  onClose(): void;
  onDone(message: string): void;
}) {
  const { t } = useI18n();
  const [role, setRole] = useState<ProgrammeRole>(member.role);
  const [organisationId, setOrganisationId] = useState(member.organisationId ?? '');
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMessage(undefined);
    setBusy(true);
    try {
      await setMember(programmeId, member.accountId, role, organisationId || null);
      onDone(t('members.saved', { name: member.name, role: t(PROGRAMME_ROLE_LABEL[role]).toLowerCase() }));
    } catch (err) {
      setMessage((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <ModalDialog title={t('members.edit.title', { name: member.name })} onClose={onClose}>
      <Paragraph>{member.email}</Paragraph>
      <form onSubmit={(e) => void submit(e)} noValidate className="rt-dialog__form">
        <FormErrorSummary title={t('members.edit.failed')} errors={{}} message={message} />
        <MembershipFields
          name="edit-role"
          role={role}
          organisationId={organisationId}
          organisations={organisations}
          onRole={setRole}
          onOrganisation={setOrganisationId}
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
