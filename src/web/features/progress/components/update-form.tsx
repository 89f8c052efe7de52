import { Button, FormFieldTextarea, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { ConflictNotice } from '../../../components/conflict-notice';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import { parseDateInput, toDisplayDate } from '../../../../domain/shared/date-input';
import { formatDate } from '../../../lib/format';
import { conflictOf } from '../api/conflict';
import { correctUpdate } from '../api/correct-update';
import { postUpdate } from '../api/post-update';
import { STATUSES, type NodeHistory, type ProgressStatus } from '../api/types';
import { statusKey } from './status-badge';

/** Dutch date (dd-mm-jjjj) or ISO → ISO; empty → undefined (the server takes today). */
function toIso(value: string): string | undefined | null {
  const v = value.trim();
  return v ? parseDateInput(v) : undefined;
}

type Update = NodeHistory['updates'][number];

interface Props {
  programme: string;
  nodeId: string;
  onSaved(): void;
  /** Correct this update (entered wrongly): the form starts from it and asks why. */
  correcting?: NodeHistory['updates'][number];
  onCancel?(): void;
}

export function UpdateForm({ programme, nodeId, onSaved, correcting, onCancel }: Props) {
  const { t } = useI18n();
  const [status, setStatus] = useState<string>(correcting?.status ?? '');
  const [percent, setPercent] = useState(correcting?.percent == null ? '' : String(correcting.percent));
  const [date, setDate] = useState(correcting ? toDisplayDate(correcting.reportDate) : '');
  const [results, setResults] = useState(correcting?.results ?? '');
  const [attention, setAttention] = useState(correcting?.attentionPoints ?? '');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  /** The update the correction replaces: the one the user opened, or the newest after a conflict. */
  const [basedOn, setBasedOn] = useState(correcting?.id ?? null);
  const [conflict, setConflict] = useState<{ current: Update; version: number | undefined } | null>(null);
  const describe = (s: string | null) => (s ? t(statusKey(s as ProgressStatus)) : '');

  const submit = async () => {
    const errs: Record<string, string> = {};
    if (!status) errs.status = t('progress.update.statusRequired');
    const pct = percent.trim() === '' ? null : Number(percent);
    if (pct !== null && (!Number.isInteger(pct) || pct < 0 || pct > 100)) errs.percent = t('progress.update.percentInvalid');
    const reportDate = toIso(date);
    if (reportDate === null) errs.reportDate = t('entry.date.invalid');
    if (correcting && reason.trim().length < 5) errs.reason = t('entry.correction.reasonRequired');
    setErrors(errs);
    setMessage(undefined);
    setSaved(false);
    if (Object.keys(errs).length > 0) return;
    setBusy(true);
    try {
      const body = {
        ...(reportDate ? { reportDate } : {}),
        status: status as ProgressStatus,
        percent: pct,
        results: results.trim() || null,
        attentionPoints: attention.trim() || null,
      };
      if (correcting) await correctUpdate(programme, basedOn ?? correcting.id, { ...body, reason: reason.trim() });
      else await postUpdate(programme, nodeId, body);
      setSaved(true);
      setStatus('');
      setPercent('');
      setResults('');
      setAttention('');
      onSaved();
    } catch (e) {
      // Corrected by someone else first: their version beside the user's input (a withdrawn one cannot be corrected).
      const c = conflictOf<Update>(e);
      if (c && !c.current.withdrawn) setConflict(c);
      else setMessage(e instanceof ApiError || e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={correcting ? 'correctie-kop' : 'update-kop'} className="rt-form-section">
      <Heading2 id={correcting ? 'correctie-kop' : 'update-kop'}>
        {correcting ? t('entry.correction.title', { date: formatDate(correcting.reportDate) }) : t('progress.update.title')}
      </Heading2>
      <FormErrorSummary title={t('progress.update.errorTitle')} errors={errors} message={message} />
      {conflict && (
        <ConflictNotice
          version={conflict.version}
          rows={[
            { label: t('progress.update.status'), current: describe(conflict.current.status), yours: describe(status || null) },
            {
              label: t('progress.update.percent'),
              current: conflict.current.percent === null ? '' : String(conflict.current.percent),
              yours: percent.trim(),
            },
            { label: t('progress.update.date'), current: toDisplayDate(conflict.current.reportDate), yours: date.trim() },
            { label: t('progress.update.results'), current: conflict.current.results ?? '', yours: results.trim() },
            { label: t('progress.update.attention'), current: conflict.current.attentionPoints ?? '', yours: attention.trim() },
          ]}
          onRedo={() => {
            setBasedOn(conflict.current.id);
            setConflict(null);
            setMessage(t('conflict.redoHint'));
          }}
          onDiscard={() => {
            setConflict(null);
            onSaved();
          }}
        />
      )}
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
        <TextField
          label={t('progress.update.date')}
          name="reportDate"
          value={date}
          onValue={setDate}
          errorMessage={errors.reportDate}
          description={t('entry.date.hint')}
        />
        <FormFieldTextarea
          label={t('progress.update.results')}
          name="results"
          value={results}
          onChange={(e) => setResults(e.target.value)}
        />
        <FormFieldTextarea
          label={t('progress.update.attention')}
          name="attentionPoints"
          value={attention}
          onChange={(e) => setAttention(e.target.value)}
        />
        {correcting && (
          <TextField
            label={t('entry.correction.reason')}
            name="correctionReason"
            value={reason}
            onValue={setReason}
            errorMessage={errors.reason}
            required
          />
        )}
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {correcting ? t('entry.correction.submit') : t('progress.update.submit')}
        </Button>
        {onCancel && (
          <Button type="button" appearance="subtle-button" onClick={onCancel}>
            {t('entry.cancel')}
          </Button>
        )}
      </form>
    </section>
  );
}
