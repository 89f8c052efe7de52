import {
  Button,
  ButtonGroup,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { LoadState } from '../../../components/load-state';
import { StatusMessage } from '../../../components/status-message';
import { useKeptWhileLoading } from '../../../components/use-kept-while-loading';
import { useI18n } from '../../../lib/i18n';
import { useAccounts } from '../api/list-accounts';
import { useMembers } from '../api/list-members';
import { useOrganisations } from '../../programmes';
import { removeMember } from '../api/remove-member';
import type { Member, ProgrammeRef } from '../api/types';
import { AddMemberForm } from './add-member-form';
import { EditMemberDialog } from './edit-member-dialog';
import { PROGRAMME_ROLE_LABEL } from './role-labels';

/**
 * The members table with "Wijzigen" (role, organisation) and "Verwijderen" per member, and the form
 * to add an existing account: platform beheerders pick it from all accounts (`canPickAccounts`),
 * programme beheerders find it by its e-mail address.
 */
export function MembersManager({ programme, me, canPickAccounts }: { programme: ProgrammeRef; me: string; canPickAccounts: boolean }) {
  const { t } = useI18n();
  const [revision, setRevision] = useState(0);
  const members = useKeptWhileLoading(useMembers(programme.id, revision));
  const organisations = useOrganisations();
  const accounts = useKeptWhileLoading(useAccounts(revision, canPickAccounts));
  const [status, setStatus] = useState('');
  const [editing, setEditing] = useState<Member | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  // Counted up to move the focus to the list after the commit (so after a closing dialog has handed it back).
  const [focusList, setFocusList] = useState(0);
  useEffect(() => {
    if (focusList > 0) listHeading.current?.focus();
  }, [focusList]);
  const orgs = organisations.state === 'ready' ? organisations.data.items : [];
  const memberIds = members.state === 'ready' ? members.data.items.map((m) => m.accountId) : [];
  const orgName = (id: string | null) => (id === null ? t('common.none') : (orgs.find((o) => o.id === id)?.name ?? t('common.none')));
  const title = programme.shortName ?? programme.title;

  const done = (message: string, toList = false) => {
    setEditing(null);
    setRemoving(null);
    setStatus(message);
    setRevision((r) => r + 1);
    // After a removal the row and its buttons are gone: the focus goes to the list it was in.
    if (toList) setFocusList((n) => n + 1);
  };

  return (
    <>
      <Heading2 ref={listHeading} tabIndex={-1} className="rt-focus-target">
        {t('members.list.title')}
      </Heading2>
      <StatusMessage message={status} testId="members-status" />
      <LoadState value={members}>
        {({ items }) =>
          items.length === 0 ? (
            <Paragraph>{t('members.empty')}</Paragraph>
          ) : (
            <Table>
              <TableCaption>{t('members.list.caption', { programme: title, count: items.length })}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('accounts.field.name')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('accounts.field.email')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('members.field.role')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('members.field.organisation')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('common.actions')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {[...items]
                  .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
                  .map((m) => (
                    <TableRow key={m.accountId} data-testid="member-row">
                      <TableHeaderCell scope="row">
                        {m.name}
                        {m.accountId === me && <span className="rt-muted"> {t('accounts.you')}</span>}
                      </TableHeaderCell>
                      <TableCell>{m.email}</TableCell>
                      <TableCell>{t(PROGRAMME_ROLE_LABEL[m.role])}</TableCell>
                      <TableCell>{orgName(m.organisationId)}</TableCell>
                      <TableCell>
                        <ButtonGroup className="rt-row-actions">
                          <Button
                            type="button"
                            appearance="subtle-button"
                            aria-label={t('members.action.edit', { name: m.name })}
                            onClick={() => setEditing(m)}
                          >
                            {t('common.edit')}
                          </Button>
                          <Button
                            type="button"
                            appearance="subtle-button"
                            aria-label={t('members.action.remove', { name: m.name })}
                            onClick={() => setRemoving(m)}
                          >
                            {t('common.delete')}
                          </Button>
                        </ButtonGroup>
                      </TableCell>
                    </TableRow>
                  ))}
              </TableBody>
            </Table>
          )
        }
      </LoadState>
      {editing && (
        <EditMemberDialog programmeId={programme.id} member={editing} organisations={orgs} onClose={() => setEditing(null)} onDone={done} />
      )}
      {removing && (
        <ConfirmDialog
          title={t('members.remove.title', { name: removing.name })}
          onClose={() => setRemoving(null)}
          actions={[
            {
              label: t('members.remove.confirm'),
              danger: true,
              run: async () => {
                await removeMember(programme.id, removing.accountId);
                done(t('members.removed', { name: removing.name, programme: title }), true);
              },
            },
          ]}
        >
          <Paragraph>
            {t('members.remove.text', {
              name: removing.name,
              email: removing.email,
              role: t(PROGRAMME_ROLE_LABEL[removing.role]).toLowerCase(),
              programme: title,
            })}
          </Paragraph>
          {removing.accountId === me && <Paragraph>{t('members.remove.self')}</Paragraph>}
        </ConfirmDialog>
      )}
      {canPickAccounts ? (
        <LoadState value={accounts}>
          {({ items }) => (
            <AddMemberForm
              programmeId={programme.id}
              accounts={items.filter((a) => !a.disabled && !memberIds.includes(a.id))}
              memberIds={memberIds}
              organisations={orgs}
              onAdded={(message) => done(message)}
            />
          )}
        </LoadState>
      ) : (
        <AddMemberForm
          programmeId={programme.id}
          accounts={null}
          memberIds={memberIds}
          organisations={orgs}
          onAdded={(message) => done(message)}
        />
      )}
    </>
  );
}
