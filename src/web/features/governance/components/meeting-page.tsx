import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { AppLink } from '../../../components/app-link';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { LoadState } from '../../../components/load-state';
import { SelectField } from '../../../components/select-field';
import { StatusMessage } from '../../../components/status-message';
import { TextAreaField, TextField } from '../../../components/text-field';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useProgrammeRights } from '../../auth';
import { useKeepPrevious } from '../../progress';
import { DemoLabel, StatusBadge } from '../../progress';
import { useMeeting } from '../api/get-meeting';
import {
  addAction,
  addAgendaItem,
  addDecision,
  closeMeeting,
  deleteAction,
  deleteDecision,
  meetingReportUrl,
  removeAgendaItem,
  saveMinutes,
  setActionStatus,
  updateAction,
  updateDecision,
} from '../api/meeting-writes';
import { useNodeOptions, useOrganisationOptions, usePersonOptions } from '../api/options';
import type { Option } from '../api/options';
import { ACTION_STATUSES, bodyPath, type ActionItem, type ActionStatus, type Decision, type Meeting } from '../api/types';
import { useVersionedSave } from './form-parts';
import { decisionInput, decisionValues } from '../model/decision-values';
import { ActionForm, actionValues, DecisionForm } from './item-forms';
import { ActionsTable } from './actions-table';
import { GovernanceHeader } from './governance-nav';

/** A meeting from agenda (with the progress since the previous meeting) to decisions and actions; closing makes it read-only. */
export function MeetingPage() {
  const { programmeId = '', meetingId = '' } = useParams();
  const { t, locale } = useI18n();
  const [revision, setRevision] = useState(0);
  const meeting = useKeepPrevious(useMeeting(programmeId, meetingId, revision));
  const data = meeting.state === 'ready' ? meeting.data : null;
  const mayEdit = useProgrammeRights(data?.programmeId ?? null).may('redacteur');
  const open = mayEdit && data?.status === 'open';
  const nodes = useNodeOptions(programmeId);
  const persons = usePersonOptions(open);
  const organisations = useOrganisationOptions(open);
  const [notice, setNotice] = useState('');
  const [message, setMessage] = useState<string | undefined>();
  const [confirmClose, setConfirmClose] = useState(false);
  const [item, setItem] = useState({ title: '', nodeId: '', notes: '' });
  const [editing, setEditing] = useState<{ kind: 'decision' | 'action'; id: string } | null>(null);
  const [minutes, setMinutes] = useState<string | null>(null);
  const [statuses, setStatuses] = useState<Record<string, ActionStatus>>({});

  const run = async (work: () => Promise<string>): Promise<boolean> => {
    setMessage(undefined);
    setNotice('');
    try {
      setNotice(await work());
      setRevision((r) => r + 1);
      return true;
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
      return false;
    }
  };
  const nodeOptions = nodes.state === 'ready' ? nodes.data : [];
  const personOptions = persons.state === 'ready' ? persons.data : [];
  const organisationOptions = organisations.state === 'ready' ? organisations.data : [];
  const saved = (text: string) => {
    setEditing(null);
    setNotice(text);
    setRevision((r) => r + 1);
  };

  const actionControl = (m: Meeting, own: boolean) => (a: ActionItem) => (
    <>
      {statusControl(m)(a)}
      <ButtonGroup>
        <Button type="button" appearance="subtle-button" onClick={() => setEditing({ kind: 'action', id: a.id })}>
          {t('governance.actions.edit', { text: a.text })}
        </Button>
        {own && (
          <Button
            type="button"
            appearance="subtle-button"
            onClick={() => void run(async () => (await deleteAction(programmeId, m.id, a.id, a.version), t('governance.actions.deleted')))}
          >
            {t('governance.actions.delete', { text: a.text })}
          </Button>
        )}
      </ButtonGroup>
    </>
  );
  /** The edit form of the action being edited, under the list it is in (agreed here, or carried into this meeting). */
  const editAction = (m: Meeting, list: ActionItem[]) => {
    const a = editing?.kind === 'action' ? list.find((x) => x.id === editing.id) : undefined;
    return a ? (
      <EditAction
        key={`${a.id}-${a.version}`}
        programme={programmeId}
        meetingId={m.id}
        action={a}
        persons={personOptions}
        organisations={organisationOptions}
        onSaved={() => saved(t('governance.actions.updated'))}
        onCancel={() => setEditing(null)}
        onError={setMessage}
      />
    ) : null;
  };

  const statusControl = (m: Meeting) => (a: ActionItem) => (
    <form
      noValidate
      className="rt-inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          await setActionStatus(programmeId, m.id, a.id, statuses[a.id] ?? a.status);
          return t('governance.actions.saved');
        });
      }}
    >
      <SelectField
        label={t('governance.actions.setStatus', { text: a.text })}
        name={`status-${a.id}`}
        value={statuses[a.id] ?? a.status}
        onChange={(v) => setStatuses((s) => ({ ...s, [a.id]: ACTION_STATUSES.find((x) => x === v) ?? a.status }))}
        options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`governance.actionStatus.${s}`) }))}
      />
      <Button type="submit" appearance="secondary-action-button">
        {t('governance.actions.saveStatus')}
      </Button>
    </form>
  );

  return (
    <LoadState value={meeting}>
      {(m) => (
        <>
          <GovernanceHeader
            programme={programmeId}
            title={t('governance.meeting.title', { body: m.body.name, date: formatDate(m.date) })}
          />
          <Paragraph>
            <AppLink to={bodyPath(programmeId, m.body.id)}>{m.body.name}</AppLink> · {t(`governance.status.${m.status}`)}{' '}
            {m.isDemo && <DemoLabel />}
            <br />
            {m.previousMeeting
              ? t('governance.meeting.previous', { date: formatDate(m.previousMeeting.date) })
              : t('governance.meeting.first')}
          </Paragraph>
          {m.status === 'gesloten' && (
            <Alert type="info">
              <Paragraph data-testid="closed-notice">
                {t('governance.meeting.closedNotice', { date: formatDate(m.closedAt), by: m.closedBy ?? '' })}
              </Paragraph>
            </Alert>
          )}
          <FormErrorSummary title={t('governance.errorTitle')} errors={{}} message={message} />
          <StatusMessage message={notice} testId="meeting-notice" />

          <Heading2>{t('governance.agenda.title')}</Heading2>
          {m.agenda.length === 0 && <Paragraph>{t('governance.agenda.empty')}</Paragraph>}
          <ol className="rt-agenda">
            {m.agenda.map((a) => (
              <li key={a.id} data-testid="agenda-item">
                <Heading3>{a.title}</Heading3>
                {a.notes && <Paragraph>{a.notes}</Paragraph>}
                {a.node && (
                  <Paragraph>
                    <StatusBadge status={a.node.status} />{' '}
                    {a.node.percent !== null && t('governance.agenda.percent', { percent: a.node.percent })}
                  </Paragraph>
                )}
                {a.lookBack && (
                  <div className="rt-lookback">
                    <Paragraph>
                      <strong>
                        {a.lookBack.since
                          ? t('governance.agenda.since', { date: formatDate(a.lookBack.since) })
                          : t('governance.agenda.sinceStart')}
                      </strong>
                    </Paragraph>
                    {a.lookBack.updates.length === 0 ? (
                      <Paragraph className="rt-muted">{t('governance.agenda.nothing')}</Paragraph>
                    ) : (
                      <ul>
                        {a.lookBack.updates.map((u) => (
                          <li key={u.id}>
                            {formatDate(u.date)} · {[u.nodeCode, u.nodeTitle].filter(Boolean).join(' ')} ·{' '}
                            <StatusBadge status={u.status} short /> {u.isDemo && <DemoLabel />}
                            {u.results && (
                              <div>
                                {t('governance.agenda.results')}: {u.results}
                              </div>
                            )}
                            {u.attentionPoints && (
                              <div>
                                {t('governance.agenda.attention')}: {u.attentionPoints}
                              </div>
                            )}
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                )}
                {open && (
                  <Button
                    type="button"
                    appearance="subtle-button"
                    onClick={() => void run(async () => (await removeAgendaItem(programmeId, m.id, a.id), t('governance.agenda.added')))}
                  >
                    {t('governance.agenda.remove', { title: a.title })}
                  </Button>
                )}
              </li>
            ))}
          </ol>
          {open && (
            <form
              noValidate
              aria-label={t('governance.agenda.add')}
              onSubmit={(e) => {
                e.preventDefault();
                void run(async () => {
                  await addAgendaItem(programmeId, m.id, { title: item.title, nodeId: item.nodeId || null, notes: item.notes || null });
                  setItem({ title: '', nodeId: '', notes: '' });
                  return t('governance.agenda.added');
                });
              }}
            >
              <Heading3>{t('governance.agenda.add')}</Heading3>
              <SelectField
                label={t('governance.agenda.node')}
                name="agendaNode"
                value={item.nodeId}
                onChange={(v) => setItem((x) => ({ ...x, nodeId: v }))}
                emptyLabel={t('governance.field.none')}
                options={nodeOptions}
              />
              <TextField
                label={t('governance.agenda.itemTitle')}
                name="agendaTitle"
                value={item.title}
                onValue={(v) => setItem((x) => ({ ...x, title: v }))}
                description={t('governance.agenda.itemTitleHint')}
              />
              <TextField
                label={t('governance.agenda.notes')}
                name="agendaNotes"
                value={item.notes}
                onValue={(v) => setItem((x) => ({ ...x, notes: v }))}
              />
              <Button type="submit" appearance="secondary-action-button">
                {t('governance.agenda.add')}
              </Button>
            </form>
          )}

          <Heading2>{t('governance.carried.title')}</Heading2>
          {m.carriedActions.length === 0 ? (
            <Paragraph>{t('governance.carried.empty')}</Paragraph>
          ) : (
            <ActionsTable
              items={m.carriedActions}
              caption={t('governance.carried.title')}
              showOrigin
              {...(open ? { control: actionControl(m, false) } : {})}
            />
          )}
          {open && editAction(m, m.carriedActions)}

          <Heading2>{t('governance.decisions.title')}</Heading2>
          {m.decisions.length === 0 ? (
            <Paragraph>{t('governance.decisions.empty')}</Paragraph>
          ) : (
            <ol>
              {m.decisions.map((d) => (
                <li key={d.id} data-testid="decision">
                  {d.text}
                  {d.nodes.length > 0 && (
                    <span className="rt-muted"> ({d.nodes.map((n) => [n.code, n.title].filter(Boolean).join(' ')).join('; ')})</span>
                  )}
                  {d.adoptedDocuments.length > 0 && (
                    <div>
                      {t('governance.decisions.adopted', {
                        documents: d.adoptedDocuments.map((x) => (x.reference ? `${x.title}, ${x.reference}` : x.title)).join('; '),
                      })}
                    </div>
                  )}
                  {open && (
                    <ButtonGroup>
                      <Button type="button" appearance="subtle-button" onClick={() => setEditing({ kind: 'decision', id: d.id })}>
                        {t('governance.decisions.edit', { text: d.text })}
                      </Button>
                      <Button
                        type="button"
                        appearance="subtle-button"
                        onClick={() =>
                          void run(
                            async () => (await deleteDecision(programmeId, m.id, d.id, d.version), t('governance.decisions.deleted')),
                          )
                        }
                      >
                        {t('governance.decisions.delete', { text: d.text })}
                      </Button>
                    </ButtonGroup>
                  )}
                  {open && editing?.kind === 'decision' && editing.id === d.id && (
                    <EditDecision
                      key={`${d.id}-${d.version}`}
                      programme={programmeId}
                      meetingId={m.id}
                      decision={d}
                      nodes={nodeOptions}
                      onSaved={() => saved(t('governance.decisions.saved'))}
                      onCancel={() => setEditing(null)}
                      onError={setMessage}
                    />
                  )}
                </li>
              ))}
            </ol>
          )}
          {open && (
            <DecisionForm
              prefix="decision"
              title={t('governance.decisions.add')}
              submitLabel={t('governance.decisions.add')}
              initial={decisionValues(null)}
              nodes={nodeOptions}
              onSubmit={(v) =>
                run(async () => {
                  await addDecision(programmeId, m.id, decisionInput(v));
                  return t('governance.decisions.added');
                })
              }
            />
          )}

          <Heading2>{t('governance.actions.title')}</Heading2>
          {m.actions.length === 0 ? (
            <Paragraph>{t('governance.actions.empty')}</Paragraph>
          ) : (
            <ActionsTable
              items={m.actions}
              caption={t('governance.actions.caption')}
              {...(open ? { control: actionControl(m, true) } : {})}
            />
          )}
          {open && editAction(m, m.actions)}
          {open && (
            <ActionForm
              prefix="action"
              title={t('governance.actions.add')}
              submitLabel={t('governance.actions.add')}
              initial={actionValues(null)}
              persons={personOptions}
              organisations={organisationOptions}
              onSubmit={(v) =>
                run(async () => {
                  await addAction(programmeId, m.id, v);
                  return t('governance.actions.added');
                })
              }
            />
          )}

          <Heading2>{t('governance.report.title')}</Heading2>
          <Paragraph>{t('governance.report.intro')}</Paragraph>
          <ul className="rt-plain-list" data-testid="meeting-report">
            {(['docx', 'pdf', 'xlsx', 'html'] as const).map((f) => (
              <li key={f}>
                <a className="utrecht-link utrecht-link--html-a" href={meetingReportUrl(programmeId, m.id, f, locale)} download>
                  {t('governance.report.download', { format: f.toUpperCase() })}
                </a>
              </li>
            ))}
          </ul>

          <Heading2>{t('governance.minutes.title')}</Heading2>
          {open ? (
            <form
              noValidate
              aria-label={t('governance.minutes.title')}
              onSubmit={(e) => {
                e.preventDefault();
                void run(async () => {
                  await saveMinutes(programmeId, m.id, m.version, minutes ?? m.minutes ?? '');
                  setMinutes(null);
                  return t('governance.minutes.saved');
                });
              }}
            >
              <TextAreaField
                label={t('governance.minutes.title')}
                name="minutes"
                rows={6}
                value={minutes ?? m.minutes ?? ''}
                onValue={setMinutes}
              />
              <Button type="submit" appearance="secondary-action-button">
                {t('governance.minutes.save')}
              </Button>
            </form>
          ) : (
            <Paragraph className="rt-prewrap">{m.minutes ?? t('governance.minutes.empty')}</Paragraph>
          )}

          {open && (
            <Paragraph>
              <Button type="button" appearance="primary-action-button" onClick={() => setConfirmClose(true)}>
                {t('governance.close.button')}
              </Button>
            </Paragraph>
          )}
          {confirmClose && (
            <ConfirmDialog
              title={t('governance.close.title')}
              onClose={() => setConfirmClose(false)}
              actions={[
                {
                  label: t('governance.close.confirm'),
                  run: async () => {
                    await closeMeeting(programmeId, m.id);
                    setConfirmClose(false);
                    setNotice(t('governance.closed'));
                    setRevision((r) => r + 1);
                  },
                },
              ]}
            >
              <Paragraph>{t('governance.close.body')}</Paragraph>
            </ConfirmDialog>
          )}
        </>
      )}
    </LoadState>
  );
}

/** Correct a decision of an open meeting; a stale version shows the stored decision beside the input. */
function EditDecision({
  programme,
  meetingId,
  decision,
  nodes,
  onSaved,
  onCancel,
  onError,
}: {
  programme: string;
  meetingId: string;
  decision: Decision;
  nodes: Option[];
  onSaved(): void;
  onCancel(): void;
  onError(message: string): void;
}) {
  const { t } = useI18n();
  const v = useVersionedSave<{ version: number; text: string }>(decision.version);
  const [yours, setYours] = useState('');
  return (
    <DecisionForm
      prefix="editDecision"
      title={t('governance.decisions.editTitle')}
      submitLabel={t('governance.decisions.save')}
      initial={decisionValues(decision)}
      nodes={nodes}
      onCancel={onCancel}
      conflict={v.notice((c) => [{ label: t('governance.decisions.text'), current: c.text, yours }], onSaved)}
      onSubmit={async (values) => {
        setYours(values.text);
        try {
          let done = false;
          await v.save(async (version) => {
            await updateDecision(programme, meetingId, decision.id, { version, ...decisionInput(values) });
            done = true;
          });
          if (done) onSaved();
        } catch (e) {
          onError(e instanceof Error ? e.message : String(e));
        }
        return false;
      }}
    />
  );
}

/** Correct an action (text, owner, deadline dd-mm-jjjj) from an open meeting that holds it. */
function EditAction({
  programme,
  meetingId,
  action,
  persons,
  organisations,
  onSaved,
  onCancel,
  onError,
}: {
  programme: string;
  meetingId: string;
  action: ActionItem;
  persons: Option[];
  organisations: Option[];
  onSaved(): void;
  onCancel(): void;
  onError(message: string): void;
}) {
  const { t } = useI18n();
  const v = useVersionedSave<{ version: number; text: string; deadline: string | null }>(action.version);
  const [yours, setYours] = useState({ text: '', deadline: '' });
  return (
    <ActionForm
      prefix="editAction"
      title={t('governance.actions.editTitle')}
      submitLabel={t('governance.actions.save')}
      initial={actionValues(action)}
      persons={persons}
      organisations={organisations}
      onCancel={onCancel}
      conflict={v.notice(
        (c) => [
          { label: t('governance.actions.text'), current: c.text, yours: yours.text },
          { label: t('governance.actions.deadline'), current: formatDate(c.deadline), yours: yours.deadline },
        ],
        onSaved,
      )}
      onSubmit={async (values) => {
        setYours({ text: values.text, deadline: formatDate(values.deadline) });
        try {
          let done = false;
          await v.save(async (version) => {
            await updateAction(programme, meetingId, action.id, { version, ...values });
            done = true;
          });
          if (done) onSaved();
        } catch (e) {
          onError(e instanceof Error ? e.message : String(e));
        }
        return false;
      }}
    />
  );
}
