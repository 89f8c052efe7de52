import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { TextField } from '../../../components/text-field';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { saveMilestone } from '../api/save-milestone';
import type { NodeHistory } from '../api/types';
import { DemoLabel, MilestoneMark } from './status-badge';

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

  const run = async (work: () => Promise<unknown>) => {
    setMessage(undefined);
    setSaved(false);
    try {
      await work();
      setSaved(true);
      onSaved();
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
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
                  onClick={() => void run(() => saveMilestone(programme, { nodeId, title: m.title, dueText: null, doneDate: today, version: m.version }, m.id))}
                >
                  {t('progress.milestones.markDone')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <FormErrorSummary title={t('progress.milestones.errorTitle')} errors={errors} message={message} />
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
