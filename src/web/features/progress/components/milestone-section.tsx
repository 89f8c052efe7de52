import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { ConflictNotice } from '../../../components/conflict-notice';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { saveMilestone } from '../api/save-milestone';
import type { NodeHistory } from '../api/types';
import { DemoLabel, MilestoneMark } from './status-badge';

type Milestone = NodeHistory['milestones'][number];
interface EditValues {
  title: string;
  due: string;
  done: string;
}

/** dd-mm-jjjj → jjjj-mm-dd; '' → null; undefined when it is no date. */
function isoOf(dutch: string): string | null | undefined {
  const t = dutch.trim();
  if (t === '') return null;
  const m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(t);
  if (!m) return undefined;
  const iso = `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? undefined : iso;
}
const valuesOf = (m: Milestone): EditValues => ({ title: m.title, due: m.dueLabel, done: m.doneDate ? formatDate(m.doneDate) : '' });
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
  /** May the person add milestones and mark them done? Without that, the list only. */
  mayChange: boolean;
  onSaved(): void;
}

/** The milestones of a node: list with done/overdue marks, "done today", and a small add form. */
export function MilestoneSection({ programme, nodeId, today, milestones, mayChange, onSaved }: Props) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [message, setMessage] = useState<string | undefined>();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [editing, setEditing] = useState<{ milestone: Milestone; values: EditValues; version: number } | null>(null);
  const [conflict, setConflict] = useState<{ current: Milestone; yours: EditValues } | null>(null);

  const run = async (work: () => Promise<unknown>, yours?: EditValues) => {
    setMessage(undefined);
    setSaved(false);
    try {
      await work();
      setSaved(true);
      setEditing(null);
      setConflict(null);
      onSaved();
    } catch (e) {
      const current = conflictCurrent(e);
      if (current) {
        // Someone else saved first: show the stored milestone beside the user's input.
        setConflict({ current, yours: yours ?? valuesOf(current) });
        setEditing((ed) => ed ?? { milestone: current, values: yours ?? valuesOf(current), version: current.version });
        return;
      }
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };

  const saveEdit = (ed: { milestone: Milestone; values: EditValues; version: number }) => {
    const doneDate = isoOf(ed.values.done);
    const errs: Record<string, string> = {};
    if (!ed.values.title.trim()) errs.editTitle = t('progress.milestones.titleRequired');
    if (doneDate === undefined) errs.editDone = t('milestones.doneDateInvalid');
    setErrors(errs);
    if (Object.keys(errs).length > 0) return;
    void run(
      () =>
        saveMilestone(
          programme,
          {
            nodeId,
            title: ed.values.title.trim(),
            // Only a changed termijn is sent: the shown label need not be words the parser reads.
            ...(ed.values.due.trim() !== ed.milestone.dueLabel ? { dueText: ed.values.due.trim() || null } : {}),
            doneDate: doneDate ?? null,
            version: ed.version,
          },
          ed.milestone.id,
        ),
      ed.values,
    );
  };

  return (
    <section aria-labelledby="mijlpalen-kop" className="rt-form-section">
      <Heading2 id="mijlpalen-kop">{t('progress.milestones.title')}</Heading2>
      {milestones.length === 0 ? (
        <Paragraph>{t('progress.milestones.empty')}</Paragraph>
      ) : (
        <ul className="rt-plain-list">
          {milestones.map((m) => (
            <li key={m.id}>
              {m.title} {m.dueLabel && `(${m.dueLabel})`} <MilestoneMark state={m.state} />
              {m.doneDate && ` ${t('progress.milestone.doneOn', { date: formatDate(m.doneDate) })}`} {m.isDemo && <DemoLabel />}{' '}
              {mayChange && !m.doneDate && (
                <Button
                  type="button"
                  appearance="subtle-button"
                  aria-label={`${t('progress.milestones.markDone')}: ${m.title}`}
                  onClick={() =>
                    void run(
                      () => saveMilestone(programme, { nodeId, title: m.title, doneDate: today, version: m.version }, m.id),
                      { ...valuesOf(m), done: formatDate(today) },
                    )
                  }
                >
                  {t('progress.milestones.markDone')}
                </Button>
              )}
              {mayChange && (
                <Button
                  type="button"
                  appearance="subtle-button"
                  aria-label={`${t('milestones.edit')}: ${m.title}`}
                  onClick={() => {
                    setConflict(null);
                    setEditing({ milestone: m, values: valuesOf(m), version: m.version });
                  }}
                >
                  {t('milestones.edit')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <FormErrorSummary title={t('progress.milestones.errorTitle')} errors={errors} message={message} />
      {editing && (
        <form
          noValidate
          className="rt-subform"
          aria-labelledby="mijlpaal-wijzigen-kop"
          onSubmit={(e) => {
            e.preventDefault();
            saveEdit(editing);
          }}
        >
          <Heading3 id="mijlpaal-wijzigen-kop">{t('milestones.editTitle', { title: editing.milestone.title })}</Heading3>
          {conflict && (
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
                setEditing({ milestone: conflict.current, values: conflict.yours, version: conflict.current.version });
                setConflict(null);
              }}
              onDiscard={() => {
                setEditing(null);
                setConflict(null);
                onSaved();
              }}
            />
          )}
          <TextField
            label={t('milestones.field.title')}
            name="editTitle"
            value={editing.values.title}
            onValue={(v) => setEditing({ ...editing, values: { ...editing.values, title: v } })}
            errorMessage={errors.editTitle}
            required
          />
          <TextField label={t('progress.milestones.due')} name="editDue" value={editing.values.due} onValue={(v) => setEditing({ ...editing, values: { ...editing.values, due: v } })} />
          <TextField
            label={t('milestones.doneDate')}
            name="editDone"
            value={editing.values.done}
            onValue={(v) => setEditing({ ...editing, values: { ...editing.values, done: v } })}
            errorMessage={errors.editDone}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button">
              {t('milestones.save')}
            </Button>
            <Button
              type="button"
              appearance="secondary-action-button"
              onClick={() => {
                setEditing(null);
                setConflict(null);
              }}
            >
              {t('milestones.cancel')}
            </Button>
          </ButtonGroup>
        </form>
      )}
      {saved && (
        <Paragraph role="status" className="rt-saved">
          {t('progress.milestones.saved')}
        </Paragraph>
      )}
      {mayChange && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const errs: Record<string, string> = title.trim() ? {} : { title: t('progress.milestones.titleRequired') };
            setErrors(errs);
            if (Object.keys(errs).length > 0) return;
            void run(async () => {
              await saveMilestone(programme, { nodeId, title: title.trim(), dueText: due.trim() || null, doneDate: null });
              setTitle('');
              setDue('');
            });
          }}
        >
          <TextField label={t('progress.milestones.name')} name="milestoneTitle" value={title} onValue={setTitle} errorMessage={errors.title} required />
          <TextField label={t('progress.milestones.due')} name="milestoneDue" value={due} onValue={setDue} />
          <Button type="submit" appearance="secondary-action-button">
            {t('progress.milestones.add')}
          </Button>
        </form>
      )}
    </section>
  );
}
