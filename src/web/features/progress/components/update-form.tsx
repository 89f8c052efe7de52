import { Button, FormFieldTextarea, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import { postUpdate } from '../api/post-update';
import { STATUSES, type ProgressStatus } from '../api/types';
import { statusKey } from './status-badge';

/** Dutch date (dd-mm-jjjj) or ISO → ISO; empty → undefined (the server takes today). */
function toIso(value: string): string | undefined | null {
  const v = value.trim();
  if (!v) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  const m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(v);
  return m ? `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}` : null;
}

export function UpdateForm({ programme, nodeId, onSaved }: { programme: string; nodeId: string; onSaved(): void }) {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const [percent, setPercent] = useState('');
  const [date, setDate] = useState('');
  const [results, setResults] = useState('');
  const [attention, setAttention] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const errs: Record<string, string> = {};
    if (!status) errs.status = t('progress.update.statusRequired');
    const pct = percent.trim() === '' ? null : Number(percent);
    if (pct !== null && (!Number.isInteger(pct) || pct < 0 || pct > 100)) errs.percent = t('progress.update.percentInvalid');
    const reportDate = toIso(date);
    if (reportDate === null) errs.reportDate = t('progress.update.date');
    setErrors(errs);
    setMessage(undefined);
    setSaved(false);
    if (Object.keys(errs).length > 0) return;
    setBusy(true);
    try {
      await postUpdate(programme, nodeId, {
        ...(reportDate ? { reportDate } : {}),
        status: status as ProgressStatus,
        percent: pct,
        results: results.trim() || null,
        attentionPoints: attention.trim() || null,
      });
      setSaved(true);
      setStatus('');
      setPercent('');
      setResults('');
      setAttention('');
      onSaved();
    } catch (e) {
      setMessage(e instanceof ApiError || e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="update-kop" className="rt-form-section">
      <Heading2 id="update-kop">{t('progress.update.title')}</Heading2>
      <FormErrorSummary title={t('progress.update.errorTitle')} errors={errors} message={message} />
      {saved && (
        <Paragraph role="status" className="rt-saved">
          {t('progress.update.saved')}
        </Paragraph>
      )}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <SelectField
          label={t('progress.update.status')}
          name="status"
          value={status}
          onChange={setStatus}
          required
          emptyLabel={t('progress.update.chooseStatus')}
          errorMessage={errors.status}
          options={STATUSES.map((s) => ({ value: s, label: t(statusKey(s)) }))}
        />
        <TextField label={t('progress.update.percent')} name="percent" value={percent} onValue={setPercent} errorMessage={errors.percent} />
        <TextField label={t('progress.update.date')} name="reportDate" value={date} onValue={setDate} errorMessage={errors.reportDate} />
        <FormFieldTextarea label={t('progress.update.results')} name="results" value={results} onChange={(e) => setResults(e.target.value)} />
        <FormFieldTextarea label={t('progress.update.attention')} name="attentionPoints" value={attention} onChange={(e) => setAttention(e.target.value)} />
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {t('progress.update.submit')}
        </Button>
      </form>
    </section>
  );
}
