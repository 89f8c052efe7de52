import {
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
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
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { parseDateInput } from '../../../../domain/shared/date-input';
import { AppLink } from '../../../components/app-link';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { LoadState } from '../../../components/load-state';
import { SelectField } from '../../../components/select-field';
import { StatusMessage } from '../../../components/status-message';
import { TextField } from '../../../components/text-field';
import { cycleFromMeetings, describeFrequency } from '../../../../domain/governance';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useProgrammeRights } from '../../auth';
import { useKeepPrevious } from '../../progress';
import { DemoLabel } from '../../progress';
import { TableScroll } from '../../../components/table-scroll';
import { useBody } from '../api/get-body';
import { makeCyclePeriods, planMeeting } from '../api/meeting-writes';
import { useBodies } from '../api/list-bodies';
import { useNodeOptions, useOrganisationOptions, usePersonOptions, type Option } from '../api/options';
import { deleteBody, updateBody } from '../api/save-body';
import { addSeat, removeSeat } from '../api/seats';
import { bodiesPath, bodyPath, meetingPath, personPath, type BodyDetailView, type BodyRef } from '../api/types';
import { BodyForm, bodyInput, bodyValues } from './body-form';
import { MultiSelect, useVersionedSave } from './form-parts';
import { ActionsTable } from './actions-table';
import { GovernanceHeader, kindKey, useRefLabel } from './governance-nav';

/** One body: what it is for, its relations, seats (vacant ones shown), meetings, cycle and open actions. */
export function BodyPage() {
  const { programmeId = '', bodyId = '' } = useParams();
  const { t } = useI18n();
  const [revision, setRevision] = useState(0);
  const body = useKeepPrevious(useBody(programmeId, bodyId, revision));
  const rights = useProgrammeRights(body.state === 'ready' ? body.data.programmeId : null);
  const manage = rights.may('beheerder');
  const edit = rights.may('redacteur');
  const persons = usePersonOptions(manage);
  const organisations = useOrganisationOptions(manage);
  const refLabel = useRefLabel();
  const [notice, setNotice] = useState('');
  const [message, setMessage] = useState<string | undefined>();
  const [seat, setSeat] = useState({ role: 'lid', personId: '', organisationIds: [] as string[], note: '' });
  const [date, setDate] = useState('');
  const [dateError, setDateError] = useState<string | undefined>();
  const [editingBody, setEditingBody] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const navigate = useNavigate();
  const nodes = useNodeOptions(programmeId);
  const siblings = useBodies(programmeId);

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
  const ref = (r: BodyRef) => (r.programmeTitle ? refLabel(r) : <AppLink to={bodyPath(programmeId, r.id)}>{r.name}</AppLink>);

  return (
    <LoadState value={body}>
      {(b) => {
        const cycle = cycleFromMeetings(
          b.meetings.map((m) => m.date),
          b.periods,
        );
        return (
          <>
            <GovernanceHeader programme={programmeId} title={b.name} programmeTitle={b.programmeTitle} />
            <Paragraph>
              <AppLink to={bodiesPath(programmeId)}>{t('governance.back')}</AppLink>
            </Paragraph>
            <FormErrorSummary title={t('governance.errorTitle')} errors={{}} message={message} />
            <StatusMessage message={notice} testId="body-notice" />
            <DataList>
              <DataListItem>
                <DataListKey>{t('governance.field.kind')}</DataListKey>
                <DataListValue>
                  {t(kindKey(b.kind))} {b.isDemo && <DemoLabel />}
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('governance.body.purpose')}</DataListKey>
                <DataListValue>{b.purpose ?? '—'}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('governance.body.mandate')}</DataListKey>
                <DataListValue>{b.mandate ?? '—'}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('governance.body.frequency')}</DataListKey>
                <DataListValue>
                  {b.frequencyText ?? '—'} (
                  {b.nominal ? t('governance.body.nominal', { text: describeFrequency(b.nominal) }) : t('governance.body.noNominal')})
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('governance.body.duration')}</DataListKey>
                <DataListValue>{b.durationText ?? '—'}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('governance.body.relations')}</DataListKey>
                <DataListValue>
                  <ul className="rt-plain-list">
                    {b.parent && (
                      <li>
                        {t('governance.under', { name: '' })}
                        {ref(b.parent)}
                      </li>
                    )}
                    {b.children.map((c) => (
                      <li key={c.id}>↳ {ref(c)}</li>
                    ))}
                    {b.refersTo && (
                      <li>
                        {t('governance.refersTo', { name: '' })}
                        {ref(b.refersTo)}
                      </li>
                    )}
                    {b.refersToName && <li>{t('governance.refersTo', { name: `${b.refersToName} (${t('governance.outside')})` })}</li>}
                    {b.referredFrom.length > 0 && (
                      <li>
                        {t('governance.receives', { names: '' })}
                        {b.referredFrom.map((r, i) => (
                          <span key={r.id}>
                            {i > 0 && ', '}
                            {ref(r)}
                          </span>
                        ))}
                      </li>
                    )}
                    {!b.parent && b.children.length === 0 && !b.refersTo && !b.refersToName && b.referredFrom.length === 0 && (
                      <li>{t('governance.body.none')}</li>
                    )}
                  </ul>
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('governance.body.nodes')}</DataListKey>
                <DataListValue>
                  {b.nodes.map((n) => [n.code, n.title].filter(Boolean).join(' ')).join('; ') || t('governance.body.none')}
                </DataListValue>
              </DataListItem>
            </DataList>
            {manage && !editingBody && (
              <ButtonGroup>
                <Button type="button" appearance="secondary-action-button" onClick={() => setEditingBody(true)}>
                  {t('governance.body.edit')}
                </Button>
                <Button type="button" appearance="subtle-button" onClick={() => setConfirmDelete(true)}>
                  {t('governance.body.delete')}
                </Button>
              </ButtonGroup>
            )}
            {manage && editingBody && (
              <EditBody
                key={`${b.id}-${b.version}`}
                programme={programmeId}
                body={b}
                bodies={(siblings.state === 'ready' ? siblings.data.bodies : [])
                  .filter((x) => x.id !== b.id)
                  .map((x) => ({ value: x.id, label: x.name }))}
                nodes={nodes.state === 'ready' ? nodes.data : []}
                onSaved={() => {
                  setEditingBody(false);
                  setMessage(undefined);
                  setNotice(t('governance.body.saved'));
                  setRevision((r) => r + 1);
                }}
                onCancel={() => setEditingBody(false)}
                onError={setMessage}
              />
            )}
            {confirmDelete && (
              <ConfirmDialog
                title={t('governance.body.deleteTitle')}
                onClose={() => setConfirmDelete(false)}
                actions={[
                  {
                    label: t('governance.body.delete'),
                    run: async () => {
                      await deleteBody(programmeId, b.id, b.version);
                      setConfirmDelete(false);
                      navigate(bodiesPath(programmeId));
                    },
                  },
                ]}
              >
                <Paragraph>{t('governance.body.deleteBody')}</Paragraph>
              </ConfirmDialog>
            )}

            <Heading2>{t('governance.seats.title')}</Heading2>
            {b.seats.length === 0 ? (
              <Paragraph>{t('governance.seats.empty')}</Paragraph>
            ) : (
              <TableScroll label={t('governance.seats.caption')}>
                <Table>
                  <TableCaption>{t('governance.seats.caption')}</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{t('governance.seats.role')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('governance.seats.person')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('governance.seats.onBehalfOf')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('governance.seats.note')}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {b.seats.map((s) => (
                      <TableRow key={s.id} data-testid="seat-row">
                        <TableHeaderCell scope="row">{s.role}</TableHeaderCell>
                        <TableCell>
                          {s.person ? (
                            <AppLink to={personPath(s.person.id)}>{s.person.name}</AppLink>
                          ) : (
                            <strong className="rt-vacant">{t('governance.seats.vacant')}</strong>
                          )}
                        </TableCell>
                        <TableCell>{s.organisations.map((o) => o.name).join(', ') || '—'}</TableCell>
                        <TableCell>
                          {s.note ?? ''}
                          {manage && (
                            <Button
                              type="button"
                              appearance="subtle-button"
                              onClick={() =>
                                void run(async () => (await removeSeat(programmeId, b.id, s.id), t('governance.seats.removed')))
                              }
                            >
                              {t('governance.seats.remove', { role: s.role })}
                            </Button>
                          )}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableScroll>
            )}
            {manage && (
              <form
                noValidate
                aria-label={t('governance.seats.add')}
                onSubmit={(e) => {
                  e.preventDefault();
                  void run(async () => {
                    await addSeat(programmeId, b.id, {
                      role: seat.role,
                      personId: seat.personId || null,
                      organisationIds: [...new Set(seat.organisationIds.filter(Boolean))],
                      note: seat.note || null,
                    });
                    setSeat({ role: 'lid', personId: '', organisationIds: [], note: '' });
                    return t('governance.seats.added');
                  });
                }}
              >
                <TextField
                  label={t('governance.seats.role')}
                  name="role"
                  value={seat.role}
                  onValue={(v) => setSeat((s) => ({ ...s, role: v }))}
                />
                <SelectField
                  label={t('governance.seats.person')}
                  name="personId"
                  value={seat.personId}
                  onChange={(v) => setSeat((s) => ({ ...s, personId: v }))}
                  emptyLabel={t('governance.seats.personVacant')}
                  options={persons.state === 'ready' ? persons.data : []}
                />
                <MultiSelect
                  legend={t('governance.seats.organisations')}
                  name="organisationId"
                  values={seat.organisationIds}
                  onChange={(organisationIds) => setSeat((s) => ({ ...s, organisationIds }))}
                  emptyLabel={t('governance.field.none')}
                  options={organisations.state === 'ready' ? organisations.data : []}
                />
                <TextField
                  label={t('governance.seats.note')}
                  name="note"
                  value={seat.note}
                  onValue={(v) => setSeat((s) => ({ ...s, note: v }))}
                />
                <Button type="submit" appearance="secondary-action-button">
                  {t('governance.seats.add')}
                </Button>
              </form>
            )}

            <Heading2>{t('governance.meetings.title')}</Heading2>
            {b.meetings.length === 0 ? (
              <Paragraph>{t('governance.meetings.empty')}</Paragraph>
            ) : (
              <TableScroll label={t('governance.meetings.caption')}>
                <Table>
                  <TableCaption>{t('governance.meetings.caption')}</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{t('governance.meetings.date')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('governance.meetings.status')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('governance.meetings.counts')}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {[...b.meetings].reverse().map((m) => (
                      <TableRow key={m.id} data-testid="meeting-row">
                        <TableHeaderCell scope="row">
                          <AppLink to={meetingPath(programmeId, m.id)}>{formatDate(m.date)}</AppLink>
                        </TableHeaderCell>
                        <TableCell>{t(`governance.status.${m.status}`)}</TableCell>
                        <TableCell>
                          {t('governance.meetings.countsValue', { agenda: m.agendaItems, decisions: m.decisions, actions: m.actions })}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableScroll>
            )}
            {edit && (
              <form
                noValidate
                aria-label={t('governance.meetings.plan')}
                onSubmit={(e) => {
                  e.preventDefault();
                  const iso = parseDateInput(date);
                  setDateError(iso ? undefined : t('governance.date.invalid'));
                  if (!iso) return;
                  void run(async () => {
                    await planMeeting(programmeId, b.id, iso);
                    setDate('');
                    return t('governance.meetings.planned', { date: formatDate(iso) });
                  });
                }}
              >
                <TextField
                  label={t('governance.date')}
                  name="meetingDate"
                  value={date}
                  onValue={setDate}
                  description={t('governance.date.hint')}
                  errorMessage={dateError}
                />
                <Button type="submit" appearance="secondary-action-button">
                  {t('governance.meetings.planSubmit')}
                </Button>
              </form>
            )}

            <Heading2>{t('governance.openActions.title')}</Heading2>
            {b.openActions.length === 0 ? (
              <Paragraph>{t('governance.carried.empty')}</Paragraph>
            ) : (
              <ActionsTable items={b.openActions} caption={t('governance.openActions.title')} showOrigin />
            )}

            <Heading2>{t('governance.cycle.title')}</Heading2>
            <Paragraph>{t('governance.cycle.intro')}</Paragraph>
            {b.periods.length === 0 ? (
              <Paragraph>{t('governance.cycle.empty')}</Paragraph>
            ) : (
              <ul>
                {b.periods.map((p) => (
                  <li key={p.id}>
                    {p.label}: {formatDate(p.startDate)} – {formatDate(p.endDate)}
                  </li>
                ))}
              </ul>
            )}
            {manage && cycle && (
              <Button
                type="button"
                appearance="secondary-action-button"
                onClick={() =>
                  void run(async () =>
                    t('governance.cycle.made', {
                      count: (await makeCyclePeriods(programmeId, b.id, cycle.dates, cycle.firstStart, b.name)).ids.length,
                    }),
                  )
                }
              >
                {t('governance.cycle.fromMeetings')}
              </Button>
            )}
          </>
        );
      }}
    </LoadState>
  );
}

/** Edit a body (PUT with its version); a stale version shows the stored body beside the input. */
function EditBody({
  programme,
  body,
  bodies,
  nodes,
  onSaved,
  onCancel,
  onError,
}: {
  programme: string;
  body: BodyDetailView;
  bodies: Option[];
  nodes: Option[];
  onSaved(): void;
  onCancel(): void;
  onError(message: string): void;
}) {
  const { t } = useI18n();
  const v = useVersionedSave<{ version: number; name: string; frequencyText: string | null; mandate: string | null }>(body.version);
  const [yours, setYours] = useState({ name: '', frequencyText: '', mandate: '' });
  return (
    <BodyForm
      label={t('governance.body.edit')}
      initial={bodyValues(body)}
      bodies={bodies}
      nodes={nodes}
      submitLabel={t('governance.body.save')}
      onCancel={onCancel}
      conflict={v.notice(
        (c) => [
          { label: t('governance.field.name'), current: c.name, yours: yours.name },
          { label: t('governance.field.frequency'), current: c.frequencyText ?? '', yours: yours.frequencyText },
          { label: t('governance.field.mandate'), current: c.mandate ?? '', yours: yours.mandate },
        ],
        onSaved,
      )}
      onSubmit={async (values) => {
        setYours({ name: values.name, frequencyText: values.frequencyText, mandate: values.mandate });
        try {
          let done = false;
          await v.save(async (version) => {
            await updateBody(programme, body.id, { ...bodyInput(values), version });
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
