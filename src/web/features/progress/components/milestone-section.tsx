import { Button, FormFieldCheckbox, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState, type ReactNode } from 'react';
import { parseDateInput, toDisplayDate } from '../../../../domain/shared/date-input';
import { ConflictNotice } from '../../../components/conflict-notice';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { deleteMilestone, saveMilestone } from '../api/save-milestone';
import type { NodeHistory } from '../api/types';
import { DemoLabel, MilestoneMark } from './status-badge';

type Milestone = NodeHistory['milestones'][number];

/** What the edit form holds, as typed (dates dd-mm-jjjj). */
interface EditValues {
  title: string;
  isPlaceholder: boolean;
  due: string;
  year: string;
  quarter: string;
  done: string;
  reason: string;
}

const valuesOf = (m: Milestone): EditValues => ({
  title: m.isPlaceholder ? '' : m.title,
  isPlaceholder: m.isPlaceholder,
  due: m.wording ?? '',
  year: m.planYear == null ? '' : String(m.planYear),
  quarter: m.planQuarter == null ? '' : String(m.planQuarter),
  done: toDisplayDate(m.doneDate),
  reason: '',
});

/** The milestone as stored now, from a 409 (VERSION_CONFLICT) answer; null for any other error. */
function conflictCurrent(err: unknown): Milestone | null {
  if (!(err instanceof ApiError) || err.status !== 409) return null;
  const d = err.details as { current?: Milestone } | null;
  return d?.current ?? null;
}

interface Props {
  programme: string;
  nodeId: string;
  today: string;
  milestones: NodeHistory['milestones'];
  /** May the person add, edit, delete milestones and mark them done? Without that, the list only. */
  mayChange: boolean;
  onSaved(): void;
}

type Mode = { kind: 'edit'; m: Milestone; values?: EditValues } | { kind: 'done'; m: Milestone } | { kind: 'delete'; m: Milestone } | null;

/**
 * The milestones of a node: list with done/late marks; add, edit (one form: title, termijn, planning
 * cell, done date, reason), mark done on a date, undo, delete with a reason. A stale edit (409) shows
 * the stored milestone beside the user's input, to apply again on the current version or drop.
 */
export function MilestoneSection({ programme, nodeId, today, milestones, mayChange, onSaved }: Props) {
  const { t } = useI18n();
  const [mode, setMode] = useState<Mode>(null);
  const [message, setMessage] = useState<string | undefined>();
  const [saved, setSaved] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ current: Milestone; yours: EditValues } | null>(null);

  const run = async (work: () => Promise<unknown>, done: string, yours?: EditValues) => {
    setMessage(undefined);
    setSaved(null);
    try {
      await work();
      setSaved(done);
      setMode(null);
      setConflict(null);
      onSaved();
      return true;
    } catch (e) {
      const current = conflictCurrent(e);
      if (current) {
        // Someone else saved first: show the stored milestone beside the user's input.
        const mine = yours ?? valuesOf(current);
        setConflict({ current, yours: mine });
        setMode({ kind: 'edit', m: current, values: mine });
        return false;
      }
      setMessage(e instanceof Error ? e.message : String(e));
      return false;
    }
  };

  const editing = mode?.kind === 'edit' ? mode : null;
  return (
    <section aria-labelledby="mijlpalen-kop" className="rt-form-section">
      <Heading2 id="mijlpalen-kop">{t('progress.milestones.title')}</Heading2>
      {milestones.length === 0 ? (
        <Paragraph>{t('progress.milestones.empty')}</Paragraph>
      ) : (
        <ul className="rt-plain-list" data-testid="milestone-list">
          {milestones.map((m) => (
            <li key={m.id} data-testid="milestone">
              <span className={m.isPlaceholder ? 'rt-placeholder' : undefined}>{m.title}</span> {m.dueLabel && `(${m.dueLabel})`}
              {m.planYear !== null &&
                m.planQuarter !== null &&
                ` · ${t('entry.milestone.cell', { quarter: m.planQuarter, year: m.planYear })}`}{' '}
              <MilestoneMark state={m.state} />
              {m.doneDate && ` ${t('progress.milestone.doneOn', { date: formatDate(m.doneDate) })}`} {m.isDemo && <DemoLabel />}{' '}
              {mayChange && (
                <span className="rt-actions">
                  {m.doneDate ? (
                    <Button
                      type="button"
                      appearance="subtle-button"
                      aria-label={`${t('entry.milestone.undo')}: ${m.title}`}
                      onClick={() =>
                        void run(
                          () => saveMilestone(programme, { nodeId, title: m.title, doneDate: null, version: m.version }, m.id),
                          t('entry.milestone.undone'),
                        )
                      }
                    >
                      {t('entry.milestone.undo')}
                    </Button>
                  ) : (
                    <Button
                      type="button"
                      appearance="subtle-button"
                      aria-label={`${t('entry.milestone.markDone')}: ${m.title}`}
                      onClick={() => setMode({ kind: 'done', m })}
                    >
                      {t('entry.milestone.markDone')}
                    </Button>
                  )}
                  <Button
                    type="button"
                    appearance="subtle-button"
                    aria-label={`${t('milestones.edit')}: ${m.title}`}
                    onClick={() => {
                      setConflict(null);
                      setMode({ kind: 'edit', m });
                    }}
                  >
                    {t('milestones.edit')}
                  </Button>
                  <Button
                    type="button"
                    appearance="subtle-button"
                    aria-label={`${t('entry.delete')}: ${m.title}`}
                    onClick={() => setMode({ kind: 'delete', m })}
                  >
                    {t('entry.delete')}
                  </Button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <FormErrorSummary title={t('progress.milestones.errorTitle')} errors={{}} message={message} />
      {saved && (
        <Paragraph role="status" className="rt-saved">
          {saved}
        </Paragraph>
      )}
      {mayChange && mode?.kind === 'done' && (
        <DoneForm
          key={mode.m.id}
          milestone={mode.m}
          today={today}
          onCancel={() => setMode(null)}
          onSubmit={(doneDate) =>
            run(
              () => saveMilestone(programme, { nodeId, title: mode.m.title, doneDate, version: mode.m.version }, mode.m.id),
              t('progress.milestones.saved'),
            )
          }
        />
      )}
      {mayChange && mode?.kind === 'delete' && (
        <DeleteForm
          key={mode.m.id}
          milestone={mode.m}
          onCancel={() => setMode(null)}
          onSubmit={(reason) =>
            run(
              () => deleteMilestone(programme, mode.m.id, { version: mode.m.version, reason }),
              t('entry.milestone.deleted', { title: mode.m.title }),
            )
          }
        />
      )}
      {mayChange && editing && (
        <MilestoneForm
          key={`${editing.m.id}-${editing.m.version}-${conflict ? 'conflict' : ''}`}
          editing={editing.m}
          initial={editing.values}
          today={today}
          conflict={
            conflict && (
              <ConflictNotice
                version={conflict.current.version}
                rows={[
                  { label: t('milestones.field.title'), current: conflict.current.title, yours: conflict.yours.title },
                  { label: t('milestones.field.due'), current: conflict.current.dueLabel, yours: conflict.yours.due },
                  {
                    label: t('milestones.field.done'),
                    current: conflict.current.doneDate ? formatDate(conflict.current.doneDate) : t('milestones.notDone'),
                    yours: conflict.yours.done || t('milestones.notDone'),
                  },
                ]}
                onRedo={() => {
                  setMode({ kind: 'edit', m: conflict.current, values: conflict.yours });
                  setConflict(null);
                }}
                onDiscard={() => {
                  setMode(null);
                  setConflict(null);
                  onSaved();
                }}
              />
            )
          }
          onCancel={() => {
            setMode(null);
            setConflict(null);
          }}
          onSubmit={(values, typed) =>
            run(
              () => saveMilestone(programme, { nodeId, ...values, version: editing.m.version }, editing.m.id),
              t('progress.milestones.saved'),
              typed,
            )
          }
        />
      )}
      {mayChange && mode === null && (
        <MilestoneForm
          today={today}
          onSubmit={(values) => run(() => saveMilestone(programme, { nodeId, ...values, doneDate: null }), t('progress.milestones.saved'))}
        />
      )}
    </section>
  );
}

interface FormValues {
  title: string;
  dueText?: string | null;
  planYear: number | null;
  planQuarter: number | null;
  isPlaceholder: boolean;
  reason?: string | null;
  doneDate?: string | null;
}

/** Add or edit: title (or "nog te benoemen"), deadline in the programme's words, the planning cell; on an edit also the done date and why. */
function MilestoneForm({
  editing,
  initial,
  today,
  conflict,
  onSubmit,
  onCancel,
}: {
  editing?: Milestone;
  initial?: EditValues;
  today: string;
  conflict?: ReactNode;
  onSubmit(values: FormValues, typed: EditValues): Promise<boolean>;
  onCancel?(): void;
}) {
  const { t } = useI18n();
  const start = initial ?? (editing ? valuesOf(editing) : undefined);
  const [title, setTitle] = useState(start?.title ?? '');
  const [placeholder, setPlaceholder] = useState(start?.isPlaceholder ?? false);
  const [due, setDue] = useState(start?.due ?? '');
  const [year, setYear] = useState(start?.year ?? '');
  const [quarter, setQuarter] = useState(start?.quarter ?? '');
  const [done, setDone] = useState(start?.done ?? '');
  const [reason, setReason] = useState(start?.reason ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const prefix = editing ? 'edit-' : '';

  const submit = async () => {
    const errs: Record<string, string> = {};
    if (!title.trim() && !placeholder) errs[`${prefix}milestoneTitle`] = t('entry.milestone.titleOrPlaceholder');
    const y = year.trim() === '' ? null : Number(year.trim());
    if (y !== null && (!Number.isInteger(y) || y < 1990 || y > 2100)) errs[`${prefix}planYear`] = t('entry.milestone.yearInvalid');
    if ((y === null) !== (quarter === '')) errs[y === null ? `${prefix}planYear` : `${prefix}planQuarter`] = t('entry.milestone.cellBoth');
    const doneDate = done.trim() === '' ? null : parseDateInput(done);
    if (editing && done.trim() !== '' && !doneDate) errs.editDone = t('milestones.doneDateInvalid');
    else if (editing && doneDate && doneDate > today) errs.editDone = t('entry.milestone.doneFuture');
    setErrors(errs);
    if (Object.keys(errs).length > 0) return;
    const typed: EditValues = { title, isPlaceholder: placeholder, due, year, quarter, done, reason };
    // On an edit only a changed termijn is sent: what is stored need not be words the parser reads.
    const dueChanged = !editing || due.trim() !== (editing.wording ?? '').trim();
    const ok = await onSubmit(
      {
        title: title.trim(),
        ...(dueChanged ? { dueText: due.trim() || null } : {}),
        planYear: y,
        planQuarter: quarter === '' ? null : Number(quarter),
        isPlaceholder: placeholder,
        ...(editing ? { doneDate, reason: reason.trim() || null } : {}),
      },
      typed,
    );
    if (ok && !editing) {
      setTitle('');
      setDue('');
      setPlaceholder(false);
    }
  };

  return (
    <form
      noValidate
      className={editing ? 'rt-subform' : undefined}
      aria-labelledby={`${prefix}mijlpaal-form-kop`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Heading3 id={`${prefix}mijlpaal-form-kop`}>
        {editing ? t('milestones.editTitle', { title: editing.title }) : t('progress.milestones.add')}
      </Heading3>
      {conflict}
      <FormErrorSummary title={t('progress.milestones.errorTitle')} errors={errors} />
      <TextField
        label={editing ? t('milestones.field.title') : t('progress.milestones.name')}
        name={`${prefix}milestoneTitle`}
        value={title}
        onValue={setTitle}
        errorMessage={errors[`${prefix}milestoneTitle`]}
      />
      <FormFieldCheckbox
        label={t('entry.milestone.placeholder')}
        name={`${prefix}milestonePlaceholder`}
        checked={placeholder}
        onChange={(e) => setPlaceholder(e.target.checked)}
      />
      <TextField
        label={t('progress.milestones.due')}
        description={t('entry.milestone.dueHint')}
        name={`${prefix}milestoneDue`}
        value={due}
        onValue={setDue}
      />
      <div className="rt-field-row">
        <TextField
          label={t('entry.milestone.planYear')}
          name={`${prefix}planYear`}
          value={year}
          onValue={setYear}
          errorMessage={errors[`${prefix}planYear`]}
        />
        <SelectField
          label={t('entry.milestone.planQuarter')}
          name={`${prefix}planQuarter`}
          value={quarter}
          onChange={setQuarter}
          emptyLabel={t('entry.milestone.noCell')}
          errorMessage={errors[`${prefix}planQuarter`]}
          options={[1, 2, 3, 4].map((q) => ({ value: String(q), label: `Q${q}` }))}
        />
      </div>
      {editing && (
        <TextField label={t('milestones.doneDate')} name="editDone" value={done} onValue={setDone} errorMessage={errors.editDone} />
      )}
      {editing && <TextField label={t('entry.milestone.reason')} name="milestoneReason" value={reason} onValue={setReason} />}
      <Button type="submit" appearance={editing ? 'primary-action-button' : 'secondary-action-button'}>
        {editing ? t('milestones.save') : t('progress.milestones.add')}
      </Button>
      {onCancel && (
        <Button type="button" appearance="subtle-button" onClick={onCancel}>
          {t('milestones.cancel')}
        </Button>
      )}
    </form>
  );
}

/** Mark done on a date: today unless the work was done earlier (never in the future). */
function DoneForm({
  milestone,
  today,
  onSubmit,
  onCancel,
}: {
  milestone: Milestone;
  today: string;
  onSubmit(doneDate: string): Promise<boolean>;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [date, setDate] = useState(toDisplayDate(today));
  const [error, setError] = useState<string | undefined>();
  return (
    <form
      noValidate
      aria-labelledby="mijlpaal-gehaald-kop"
      onSubmit={(e) => {
        e.preventDefault();
        const iso = parseDateInput(date);
        if (!iso) return setError(t('entry.date.invalid'));
        if (iso > today) return setError(t('entry.milestone.doneFuture'));
        setError(undefined);
        void onSubmit(iso);
      }}
    >
      <Heading3 id="mijlpaal-gehaald-kop">{t('entry.milestone.doneTitle', { title: milestone.title })}</Heading3>
      <TextField
        label={t('entry.milestone.doneDate')}
        description={t('entry.date.hint')}
        name="doneDate"
        value={date}
        onValue={setDate}
        errorMessage={error}
      />
      <Button type="submit" appearance="secondary-action-button">
        {t('entry.milestone.markDone')}
      </Button>
      <Button type="button" appearance="subtle-button" onClick={onCancel}>
        {t('entry.cancel')}
      </Button>
    </form>
  );
}

/** Delete a milestone entered wrongly, saying why (kept in the audit). */
function DeleteForm({
  milestone,
  onSubmit,
  onCancel,
}: {
  milestone: Milestone;
  onSubmit(reason: string | null): Promise<boolean>;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  return (
    <form
      noValidate
      aria-labelledby="mijlpaal-weg-kop"
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit(reason.trim() || null);
      }}
    >
      <Heading3 id="mijlpaal-weg-kop">{t('entry.milestone.deleteTitle', { title: milestone.title })}</Heading3>
      <TextField label={t('entry.milestone.deleteReason')} name="deleteReason" value={reason} onValue={setReason} />
      <Button type="submit" appearance="secondary-action-button">
        {t('entry.milestone.deleteConfirm')}
      </Button>
      <Button type="button" appearance="subtle-button" onClick={onCancel}>
        {t('entry.cancel')}
      </Button>
    </form>
  );
}
