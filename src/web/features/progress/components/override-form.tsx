import { Button, ButtonGroup, FormFieldTextarea, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { ConflictNotice } from '../../../components/conflict-notice';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { useI18n } from '../../../lib/i18n';
import { conflictOf } from '../api/conflict';
import { setOverride } from '../api/set-override';
import { STATUSES, type NodeProgress, type ProgressStatus } from '../api/types';
import { withdrawOverride } from '../api/withdraw-override';
import { statusKey } from './status-badge';

const MIN_REASON = 10;

type Override = NodeProgress['override'];

/**
 * Override a derived value with a written reason, or withdraw the override. The change names the
 * override the user saw; when someone else changed it first (409), the current override stands
 * beside the user's input, to apply again on top of it or to take over.
 */
export function OverrideForm({ programme, node, onSaved }: { programme: string; node: NodeProgress; onSaved(message: string): void }) {
  const { t } = useI18n();
  const [status, setStatus] = useState(node.override?.status ?? '');
  const [percent, setPercent] = useState(node.override?.percent === null || node.override === null ? '' : String(node.override.percent));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();
  const [basedOn, setBasedOn] = useState<string | null>(node.override?.id ?? null);
  const [conflict, setConflict] = useState<{ current: Override } | null>(null);

  const failed = (e: unknown) => {
    const c = conflictOf<{ override: Override }>(e);
    if (c) {
      setConflict({ current: c.current.override });
      return;
    }
    setMessage(e instanceof Error ? e.message : String(e));
  };
  const describeStatus = (s: ProgressStatus | null | undefined) => (s ? t(statusKey(s)) : t('progress.override.keep'));
  const describePercent = (p: number | null | undefined) => (p === null || p === undefined ? '' : `${p}%`);

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
        basedOn,
      });
      setReason('');
      setConflict(null);
      onSaved(t('progress.override.saved'));
    } catch (e) {
      failed(e);
    }
  };

  const withdraw = async () => {
    setMessage(undefined);
    try {
      if (basedOn) await withdrawOverride(programme, node.nodeId, basedOn);
      setConflict(null);
      onSaved(t('progress.override.withdrawn'));
    } catch (e) {
      failed(e);
    }
  };

  return (
    <section aria-labelledby="override-kop" className="rt-form-section">
      <Heading2 id="override-kop">{t('progress.override.title')}</Heading2>
      <Paragraph>{t('progress.override.intro')}</Paragraph>
      <FormErrorSummary title={t('progress.override.errorTitle')} errors={errors} message={message} />
      {conflict && (
        <ConflictNotice
          rows={[
            {
              label: t('progress.override.status'),
              current: conflict.current ? describeStatus(conflict.current.status) : t('progress.override.none'),
              yours: status ? describeStatus(status as ProgressStatus) : t('progress.override.keep'),
            },
            { label: t('progress.override.percent'), current: describePercent(conflict.current?.percent), yours: percent.trim() },
            { label: t('progress.override.reason'), current: conflict.current?.reason ?? '', yours: reason.trim() },
          ]}
          onRedo={() => {
            setBasedOn(conflict.current?.id ?? null);
            setConflict(null);
            setMessage(t('conflict.redoHint'));
          }}
          onDiscard={() => {
            const c = conflict.current;
            setBasedOn(c?.id ?? null);
            setStatus(c?.status ?? '');
            setPercent(c?.percent == null ? '' : String(c.percent));
            setReason('');
            setConflict(null);
            onSaved(t('progress.override.tookCurrent'));
          }}
        />
      )}
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
          {basedOn && (
            <Button type="button" appearance="secondary-action-button" onClick={() => void withdraw()}>
              {t('progress.override.withdraw')}
            </Button>
          )}
        </ButtonGroup>
      </form>
    </section>
  );
}
