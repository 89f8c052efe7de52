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
import type { Account } from '../api/types';
import { updateAccount } from '../api/update-account';
import { EditAccountDialog } from './edit-account-dialog';
import { NewAccountForm } from './new-account-form';
import { PasswordDialog } from './password-dialog';
import { PLATFORM_ROLE_LABEL } from './role-labels';

const moment = new Intl.DateTimeFormat('nl-NL', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });

const isLocked = (a: Account, now = Date.now()) => a.lockedUntil !== null && Date.parse(a.lockedUntil) > now;

/** The list of accounts with an action per row, and the form for a new one. `me` is the signed-in beheerder. */
export function AccountsManager({ me }: { me: string }) {
  const { t } = useI18n();
  const [revision, setRevision] = useState(0);
  const accounts = useKeptWhileLoading(useAccounts(revision));
  const [status, setStatus] = useState('');
  const [editing, setEditing] = useState<Account | null>(null);
  const [password, setPassword] = useState<Account | null>(null);
  const [disabling, setDisabling] = useState<Account | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  // Counted up to move the focus to the list after the commit (so after a closing dialog has handed it back).
  const [focusList, setFocusList] = useState(0);
  useEffect(() => {
    if (focusList > 0) listHeading.current?.focus();
  }, [focusList]);

  const done = (message: string, toList = false) => {
    setEditing(null);
    setPassword(null);
    setDisabling(null);
    setStatus(message);
    setRevision((r) => r + 1);
    // The button that was used may be gone (Deblokkeren): put the focus where the result is read.
    if (toList) setFocusList((n) => n + 1);
  };

  async function rowAction(run: () => Promise<Account>, message: (a: Account) => string, toList = false) {
    setStatus('');
    try {
      done(message(await run()), toList);
    } catch (err) {
      setStatus((err as Error).message);
    }
  }

  const signIn = (a: Account) =>
    a.hasPassword && a.oidcLinked
      ? t('accounts.signIn.both')
      : a.hasPassword
        ? t('accounts.signIn.password')
        : a.oidcLinked
          ? t('accounts.signIn.oidc')
          : t('accounts.signIn.oidcPending');
  const state = (a: Account) =>
    [
      a.disabled ? t('accounts.status.disabled') : '',
      isLocked(a) && a.lockedUntil ? t('accounts.status.locked', { until: moment.format(new Date(a.lockedUntil)) }) : '',
    ]
      .filter(Boolean)
      .join(', ') || t('accounts.status.active');

  return (
    <>
      <Heading2 ref={listHeading} tabIndex={-1} className="rt-focus-target">
        {t('accounts.list.title')}
      </Heading2>
      <StatusMessage message={status} testId="accounts-status" />
      <LoadState value={accounts}>
        {({ items }) => (
          <div className="rt-scroll" role="region" aria-labelledby="rt-accounts-caption" tabIndex={0}>
            <Table className="rt-accounts">
              <TableCaption id="rt-accounts-caption">{t('accounts.list.caption', { count: items.length })}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('accounts.field.name')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('accounts.field.email')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('accounts.field.platformRoles')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('accounts.col.signIn')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('accounts.col.status')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('common.actions')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {items.map((a) => (
                  <TableRow key={a.id} data-testid="account-row">
                    <TableHeaderCell scope="row">
                      {a.name}
                      {a.id === me && <span className="rt-muted"> {t('accounts.you')}</span>}
                    </TableHeaderCell>
                    <TableCell>{a.email}</TableCell>
                    <TableCell>{a.platformRoles.map((r) => t(PLATFORM_ROLE_LABEL[r])).join(', ') || t('common.none')}</TableCell>
                    <TableCell>{signIn(a)}</TableCell>
                    <TableCell>{state(a)}</TableCell>
                    <TableCell>
                      {/* Each name starts with the visible word (WCAG 2.5.3) and says which account it acts on. */}
                      <ButtonGroup className="rt-row-actions rt-row-actions--wrap">
                        <Button
                          type="button"
                          appearance="subtle-button"
                          aria-label={t('accounts.action.edit', { name: a.name })}
                          onClick={() => setEditing(a)}
                        >
                          {t('common.edit')}
                        </Button>
                        <Button
                          type="button"
                          appearance="subtle-button"
                          aria-label={t('accounts.action.password', { name: a.name })}
                          onClick={() => setPassword(a)}
                        >
                          {t('accounts.password')}
                        </Button>
                        {a.id !== me && (
                          <Button
                            type="button"
                            appearance="subtle-button"
                            aria-label={t(a.disabled ? 'accounts.action.enable' : 'accounts.action.disable', { name: a.name })}
                            onClick={() =>
                              a.disabled
                                ? void rowAction(
                                    () => updateAccount(a.id, { disabled: false }),
                                    (x) => t('accounts.enabled', { name: x.name }),
                                  )
                                : setDisabling(a)
                            }
                          >
                            {t(a.disabled ? 'accounts.enable' : 'accounts.disable')}
                          </Button>
                        )}
                        {isLocked(a) && (
                          <Button
                            type="button"
                            appearance="subtle-button"
                            aria-label={t('accounts.action.unlock', { name: a.name })}
                            onClick={() =>
                              void rowAction(
                                () => updateAccount(a.id, { unlock: true }),
                                (x) => t('accounts.unlocked', { name: x.name }),
                                true,
                              )
                            }
                          >
                            {t('accounts.unlock')}
                          </Button>
                        )}
                      </ButtonGroup>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </LoadState>
      {editing && <EditAccountDialog account={editing} self={editing.id === me} onClose={() => setEditing(null)} onDone={done} />}
      {password && <PasswordDialog account={password} onClose={() => setPassword(null)} onDone={done} />}
      {disabling && (
        <ConfirmDialog
          title={t('accounts.disable.title', { name: disabling.name })}
          onClose={() => setDisabling(null)}
          actions={[
            {
              label: t('accounts.disable'),
              danger: true,
              run: async () => {
                const a = await updateAccount(disabling.id, { disabled: true });
                done(t('accounts.disabled', { name: a.name }));
              },
            },
          ]}
        >
          <Paragraph>{t('accounts.disable.text', { name: disabling.name, email: disabling.email })}</Paragraph>
        </ConfirmDialog>
      )}
      <NewAccountForm onCreated={() => setRevision((r) => r + 1)} />
    </>
  );
}
