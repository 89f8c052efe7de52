import { Alert, Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
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
import { addAction, addAgendaItem, addDecision, closeMeeting, removeAgendaItem, saveMinutes, setActionStatus } from '../api/meeting-writes';
import { useNodeOptions, useOrganisationOptions, usePersonOptions } from '../api/options';
import { ACTION_STATUSES, bodyPath, type ActionItem, type ActionStatus, type Meeting } from '../api/types';
import { ActionsTable } from './actions-table';
import { GovernanceHeader } from './governance-nav';

/** A meeting from agenda (with the progress since the previous meeting) to decisions and actions; closing makes it read-only. */
export function MeetingPage() {
  const { programmeId = '', meetingId = '' } = useParams();
  const { t } = useI18n();
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
  const [dec, setDec] = useState({ text: '', nodeId: '', document: '' });
  const [act, setAct] = useState({ text: '', ownerPersonId: '', ownerOrganisationId: '', deadline: '' });
  const [minutes, setMinutes] = useState<string | null>(null);
  const [statuses, setStatuses] = useState<Record<string, ActionStatus>>({});

  const run = async (work: () => Promise<string>) => {
    setMessage(undefined);
    setNotice('');
    try {
      setNotice(await work());
      setRevision((r) => r + 1);
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };
  const nodeOptions = nodes.state === 'ready' ? nodes.data : [];

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
              {...(open ? { control: statusControl(m) } : {})}
            />
          )}

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
                </li>
              ))}
            </ol>
          )}
          {open && (
            <form
              noValidate
              aria-label={t('governance.decisions.add')}
              onSubmit={(e) => {
                e.preventDefault();
                void run(async () => {
                  await addDecision(programmeId, m.id, {
                    text: dec.text,
                    nodeIds: dec.nodeId ? [dec.nodeId] : [],
                    adoptedDocuments: dec.document ? [{ title: dec.document, reference: null }] : [],
                  });
                  setDec({ text: '', nodeId: '', document: '' });
                  return t('governance.decisions.added');
                });
              }}
            >
              <Heading3>{t('governance.decisions.add')}</Heading3>
              <TextAreaField
                label={t('governance.decisions.text')}
                name="decisionText"
                value={dec.text}
                onValue={(v) => setDec((x) => ({ ...x, text: v }))}
              />
              <SelectField
                label={t('governance.decisions.nodes')}
                name="decisionNode"
                value={dec.nodeId}
                onChange={(v) => setDec((x) => ({ ...x, nodeId: v }))}
                emptyLabel={t('governance.field.none')}
                options={nodeOptions}
              />
              <TextField
                label={t('governance.decisions.document')}
                name="decisionDocument"
                value={dec.document}
                onValue={(v) => setDec((x) => ({ ...x, document: v }))}
                description={t('governance.decisions.documentHint')}
              />
              <Button type="submit" appearance="secondary-action-button">
                {t('governance.decisions.add')}
              </Button>
            </form>
          )}

          <Heading2>{t('governance.actions.title')}</Heading2>
          {m.actions.length === 0 ? (
            <Paragraph>{t('governance.actions.empty')}</Paragraph>
          ) : (
            <ActionsTable items={m.actions} caption={t('governance.actions.caption')} {...(open ? { control: statusControl(m) } : {})} />
          )}
          {open && (
            <form
              noValidate
              aria-label={t('governance.actions.add')}
              onSubmit={(e) => {
                e.preventDefault();
                void run(async () => {
                  await addAction(programmeId, m.id, {
                    text: act.text,
                    ownerPersonId: act.ownerPersonId || null,
                    ownerOrganisationId: act.ownerOrganisationId || null,
                    deadline: act.deadline || null,
                  });
                  setAct({ text: '', ownerPersonId: '', ownerOrganisationId: '', deadline: '' });
                  return t('governance.actions.added');
                });
              }}
            >
              <Heading3>{t('governance.actions.add')}</Heading3>
              <TextField
                label={t('governance.actions.text')}
                name="actionText"
                value={act.text}
                onValue={(v) => setAct((x) => ({ ...x, text: v }))}
              />
              <SelectField
                label={t('governance.actions.ownerPerson')}
                name="actionPerson"
                value={act.ownerPersonId}
                onChange={(v) => setAct((x) => ({ ...x, ownerPersonId: v }))}
                emptyLabel={t('governance.field.none')}
                options={persons.state === 'ready' ? persons.data : []}
              />
              <SelectField
                label={t('governance.actions.ownerOrganisation')}
                name="actionOrganisation"
                value={act.ownerOrganisationId}
                onChange={(v) => setAct((x) => ({ ...x, ownerOrganisationId: v }))}
                emptyLabel={t('governance.field.none')}
                options={organisations.state === 'ready' ? organisations.data : []}
              />
              <TextField
                label={t('governance.actions.deadline')}
                name="actionDeadline"
                type="date"
                value={act.deadline}
                onValue={(v) => setAct((x) => ({ ...x, deadline: v }))}
              />
              <Button type="submit" appearance="secondary-action-button">
                {t('governance.actions.add')}
              </Button>
            </form>
          )}

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
