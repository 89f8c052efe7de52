import { Button, FormFieldCheckbox, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { parseDateInput, toDisplayDate } from '../../../../domain/shared/date-input';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { deleteMilestone, saveMilestone } from '../api/save-milestone';
import type { NodeHistory } from '../api/types';
import { DemoLabel, MilestoneMark } from './status-badge';

type Milestone = NodeHistory['milestones'][number];

interface Props {
  programme: string;
  nodeId: string;
  today: string;
  milestones: NodeHistory['milestones'];
  /** May the person add, edit, delete milestones and mark them done? Without that, the list only. */
  mayChange: boolean;
  onSaved(): void;
}

type Mode = { kind: 'edit'; m: Milestone } | { kind: 'done'; m: Milestone } | { kind: 'delete'; m: Milestone } | null;

/** The milestones of a node: list with done/late marks; add, edit, mark done on a date, undo, delete with a reason. */
export function MilestoneSection({ programme, nodeId, today, milestones, mayChange, onSaved }: Props) {
  const { t } = useI18n();
  const [mode, setMode] = useState<Mode>(null);
  const [message, setMessage] = useState<string | undefined>();
  const [saved, setSaved] = useState<string | null>(null);

  const run = async (work: () => Promise<unknown>, done: string) => {
    setMessage(undefined);
    setSaved(null);
    try {
      await work();
      setSaved(done);
      setMode(null);
      onSaved();
      return true;
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
      return false;
    }
  };

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
              {m.planYear !== null && m.planQuarter !== null && ` · ${t('entry.milestone.cell', { quarter: m.planQuarter, year: m.planYear })}`} <MilestoneMark state={m.state} />
              {m.doneDate && ` ${t('progress.milestone.doneOn', { date: formatDate(m.doneDate) })}`} {m.isDemo && <DemoLabel />}{' '}
              {mayChange && (
                <span className="rt-actions">
                  {m.doneDate ? (
                    <Button
                      type="button"
                      appearance="subtle-button"
                      aria-label={`${t('entry.milestone.undo')}: ${m.title}`}
                      onClick={() => void run(() => saveMilestone(programme, { nodeId, title: m.title, doneDate: null, version: m.version }, m.id), t('entry.milestone.undone'))}
                    >
                      {t('entry.milestone.undo')}
                    </Button>
                  ) : (
                    <Button type="button" appearance="subtle-button" aria-label={`${t('entry.milestone.markDone')}: ${m.title}`} onClick={() => setMode({ kind: 'done', m })}>
                      {t('entry.milestone.markDone')}
                    </Button>
                  )}
                  <Button type="button" appearance="subtle-button" aria-label={`${t('entry.edit')}: ${m.title}`} onClick={() => setMode({ kind: 'edit', m })}>
                    {t('entry.edit')}
                  </Button>
                  <Button type="button" appearance="subtle-button" aria-label={`${t('entry.delete')}: ${m.title}`} onClick={() => setMode({ kind: 'delete', m })}>
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
          onSubmit={(doneDate) => run(() => saveMilestone(programme, { nodeId, title: mode.m.title, doneDate, version: mode.m.version }, mode.m.id), t('progress.milestones.saved'))}
        />
      )}
      {mayChange && mode?.kind === 'delete' && (
        <DeleteForm
          key={mode.m.id}
          milestone={mode.m}
          onCancel={() => setMode(null)}
          onSubmit={(reason) => run(() => deleteMilestone(programme, mode.m.id, { version: mode.m.version, reason }), t('entry.milestone.deleted', { title: mode.m.title }))}
        />
      )}
      {mayChange && mode?.kind === 'edit' && (
        <MilestoneForm
          key={mode.m.id}
          editing={mode.m}
          onCancel={() => setMode(null)}
          onSubmit={(values) => run(() => saveMilestone(programme, { nodeId, ...values, version: mode.m.version }, mode.m.id), t('progress.milestones.saved'))}
        />
      )}
      {mayChange && mode === null && <MilestoneForm onSubmit={(values) => run(() => saveMilestone(programme, { nodeId, ...values, doneDate: null }), t('progress.milestones.saved'))} />}
    </section>
  );
}

interface FormValues {
  title: string;
  dueText: string | null;
  planYear: number | null;
  planQuarter: number | null;
  isPlaceholder: boolean;
  reason?: string | null;
}

/** Add or edit: title (or "nog te benoemen"), deadline in the programme's words, the planning cell. */
function MilestoneForm({ editing, onSubmit, onCancel }: { editing?: Milestone; onSubmit(values: FormValues): Promise<boolean>; onCancel?(): void }) {
  const { t } = useI18n();
  const [title, setTitle] = useState(editing && !editing.isPlaceholder ? editing.title : '');
  const [placeholder, setPlaceholder] = useState(editing?.isPlaceholder ?? false);
  const [due, setDue] = useState(editing?.wording ?? '');
  const [year, setYear] = useState(editing?.planYear == null ? '' : String(editing.planYear));
  const [quarter, setQuarter] = useState(editing?.planQuarter == null ? '' : String(editing.planQuarter));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const prefix = editing ? 'edit-' : '';

  const submit = async () => {
    const errs: Record<string, string> = {};
    if (!title.trim() && !placeholder) errs[`${prefix}milestoneTitle`] = t('entry.milestone.titleOrPlaceholder');
    const y = year.trim() === '' ? null : Number(year.trim());
    if (y !== null && (!Number.isInteger(y) || y < 1990 || y > 2100)) errs[`${prefix}planYear`] = t('entry.milestone.yearInvalid');
    if ((y === null) !== (quarter === '')) errs[y === null ? `${prefix}planYear` : `${prefix}planQuarter`] = t('entry.milestone.cellBoth');
    setErrors(errs);
    if (Object.keys(errs).length > 0) return;
    const ok = await onSubmit({
      title: title.trim(),
      dueText: due.trim() || null,
      planYear: y,
      planQuarter: quarter === '' ? null : Number(quarter),
      isPlaceholder: placeholder,
      ...(editing ? { reason: reason.trim() || null } : {}),
    });
    if (ok && !editing) {
      setTitle('');
      setDue('');
      setPlaceholder(false);
    }
  };

  return (
    <form
      noValidate
      aria-labelledby={`${prefix}mijlpaal-form-kop`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Heading3 id={`${prefix}mijlpaal-form-kop`}>{editing ? t('entry.milestone.editTitle', { title: editing.title }) : t('progress.milestones.add')}</Heading3>
      <FormErrorSummary title={t('progress.milestones.errorTitle')} errors={errors} />
      <TextField label={t('progress.milestones.name')} name={`${prefix}milestoneTitle`} value={title} onValue={setTitle} errorMessage={errors[`${prefix}milestoneTitle`]} />
      <FormFieldCheckbox
        label={t('entry.milestone.placeholder')}
        name={`${prefix}milestonePlaceholder`}
        checked={placeholder}
        onChange={(e) => setPlaceholder(e.target.checked)}
      />
      <TextField label={t('progress.milestones.due')} description={t('entry.milestone.dueHint')} name={`${prefix}milestoneDue`} value={due} onValue={setDue} />
      <div className="rt-field-row">
        <TextField label={t('entry.milestone.planYear')} name={`${prefix}planYear`} value={year} onValue={setYear} errorMessage={errors[`${prefix}planYear`]} />
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
      {editing && <TextField label={t('entry.milestone.reason')} name="milestoneReason" value={reason} onValue={setReason} />}
      <Button type="submit" appearance="secondary-action-button">
        {editing ? t('entry.save') : t('progress.milestones.add')}
      </Button>
      {onCancel && (
        <Button type="button" appearance="subtle-button" onClick={onCancel}>
          {t('entry.cancel')}
        </Button>
      )}
    </form>
  );
}

/** Mark done on a date: today unless the work was done earlier (never in the future). */
function DoneForm({ milestone, today, onSubmit, onCancel }: { milestone: Milestone; today: string; onSubmit(doneDate: string): Promise<boolean>; onCancel(): void }) {
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
      <TextField label={t('entry.milestone.doneDate')} description={t('entry.date.hint')} name="doneDate" value={date} onValue={setDate} errorMessage={error} />
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
function DeleteForm({ milestone, onSubmit, onCancel }: { milestone: Milestone; onSubmit(reason: string | null): Promise<boolean>; onCancel(): void }) {
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
