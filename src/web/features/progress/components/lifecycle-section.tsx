import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { LIFECYCLE_STATUSES, type LifecycleStatus } from '../../../../domain/progress/lifecycle';
import { parseDateInput, toDisplayDate } from '../../../../domain/shared/date-input';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { setLifecycle } from '../api/set-lifecycle';
import type { NodeHistory } from '../api/types';

export const lifecycleKey = (s: LifecycleStatus) => `entry.lifecycle.${s}` as const;

/** Where the node is in its life (beside its traffic light): the history and, for editors, a form to change it. */
export function LifecycleSection({
  programme,
  nodeId,
  today,
  history,
  mayChange,
  onSaved,
}: {
  programme: string;
  nodeId: string;
  today: string;
  history: NodeHistory['lifecycle'];
  mayChange: boolean;
  onSaved(): void;
}) {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const [since, setSince] = useState(toDisplayDate(today));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);

  const submit = async () => {
    const errs: Record<string, string> = {};
    if (!status) errs.lifecycleStatus = t('entry.lifecycle.choose');
    const iso = parseDateInput(since);
    if (!iso) errs.lifecycleSince = t('entry.date.invalid');
    setErrors(errs);
    setMessage(undefined);
    setSaved(false);
    if (Object.keys(errs).length > 0) return;
    try {
      await setLifecycle(programme, nodeId, { status: status as LifecycleStatus, since: iso, reason: reason.trim() || null });
      setSaved(true);
      setStatus('');
      setReason('');
      onSaved();
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section aria-labelledby="levensfase-kop" className="rt-form-section">
      <Heading2 id="levensfase-kop">{t('entry.lifecycle.title')}</Heading2>
      {history.length === 0 ? (
        <Paragraph>{t('entry.lifecycle.none')}</Paragraph>
      ) : (
        <ul className="rt-plain-list" data-testid="lifecycle-history">
          {history.map((l, i) => (
            <li key={l.id}>
              <strong>{t(lifecycleKey(l.status))}</strong> {t('entry.lifecycle.since', { date: formatDate(l.since) })}
              {l.reason && ` — ${l.reason}`} ({l.authorLabel}){i === 0 && ` · ${t('entry.lifecycle.current')}`}
            </li>
          ))}
        </ul>
      )}
      {mayChange && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <FormErrorSummary title={t('entry.lifecycle.errorTitle')} errors={errors} message={message} />
          {saved && (
            <Paragraph role="status" className="rt-saved">
              {t('entry.lifecycle.saved')}
            </Paragraph>
          )}
          <SelectField
            label={t('entry.lifecycle.status')}
            name="lifecycleStatus"
            value={status}
            onChange={setStatus}
            emptyLabel={t('entry.lifecycle.choose')}
            errorMessage={errors.lifecycleStatus}
            options={LIFECYCLE_STATUSES.map((s) => ({ value: s, label: t(lifecycleKey(s)) }))}
          />
          <TextField
            label={t('entry.lifecycle.sinceLabel')}
            description={t('entry.date.hint')}
            name="lifecycleSince"
            value={since}
            onValue={setSince}
            errorMessage={errors.lifecycleSince}
          />
          <TextField label={t('entry.lifecycle.reason')} name="lifecycleReason" value={reason} onValue={setReason} />
          <Button type="submit" appearance="secondary-action-button">
            {t('entry.lifecycle.submit')}
          </Button>
        </form>
      )}
    </section>
  );
}
