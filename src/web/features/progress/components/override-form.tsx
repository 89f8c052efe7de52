import { Button, ButtonGroup, FormFieldTextarea, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { useI18n } from '../../../lib/i18n';
import { setOverride } from '../api/set-override';
import { STATUSES, type NodeProgress, type ProgressStatus } from '../api/types';
import { withdrawOverride } from '../api/withdraw-override';
import { statusKey } from './status-badge';

const MIN_REASON = 10;

/** Override a derived value with a written reason, or withdraw the override. */
export function OverrideForm({ programme, node, onSaved }: { programme: string; node: NodeProgress; onSaved(message: string): void }) {
  const { t } = useI18n();
  const [status, setStatus] = useState(node.override?.status ?? '');
  const [percent, setPercent] = useState(node.override?.percent === null || node.override === null ? '' : String(node.override.percent));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();

  const submit = async () => {
    const errs: Record<string, string> = {};
    const pct = percent.trim() === '' ? null : Number(percent);
    if (pct !== null && (!Number.isInteger(pct) || pct < 0 || pct > 100)) errs.percent = t('progress.update.percentInvalid');
    if (reason.trim().length < MIN_REASON) errs.reason = t('progress.override.reasonRequired');
    if (!status && pct === null) errs.status = t('progress.update.statusRequired');
    setErrors(errs);
    setMessage(undefined);
    if (Object.keys(errs).length > 0) return;
    try {
      await setOverride(programme, node.nodeId, {
        status: status ? (status as ProgressStatus) : null,
        percent: pct,
        reason: reason.trim(),
      });
      setReason('');
      onSaved(t('progress.override.saved'));
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };

  const withdraw = async () => {
    setMessage(undefined);
    try {
      await withdrawOverride(programme, node.nodeId);
      onSaved(t('progress.override.withdrawn'));
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section aria-labelledby="override-kop" className="rt-form-section">
      <Heading2 id="override-kop">{t('progress.override.title')}</Heading2>
      <Paragraph>{t('progress.override.intro')}</Paragraph>
      <FormErrorSummary title={t('progress.override.errorTitle')} errors={errors} message={message} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <SelectField
          label={t('progress.override.status')}
          name="overrideStatus"
          value={status}
          onChange={setStatus}
          emptyLabel={t('progress.override.keep')}
          errorMessage={errors.status}
          options={STATUSES.map((s) => ({ value: s, label: t(statusKey(s)) }))}
        />
        <TextField
          label={t('progress.override.percent')}
          name="overridePercent"
          value={percent}
          onValue={setPercent}
          errorMessage={errors.percent}
        />
        <FormFieldTextarea
          label={t('progress.override.reason')}
          name="reason"
          value={reason}
          required
          invalid={Boolean(errors.reason)}
          errorMessage={errors.reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button">
            {t('progress.override.submit')}
          </Button>
          {node.override && (
            <Button type="button" appearance="secondary-action-button" onClick={() => void withdraw()}>
              {t('progress.override.withdraw')}
            </Button>
          )}
        </ButtonGroup>
      </form>
    </section>
  );
}
