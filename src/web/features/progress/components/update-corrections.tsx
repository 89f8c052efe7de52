import { Button, Heading2 } from '@utrecht/component-library-react';
import { useState } from 'react';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { TextField } from '../../../components/text-field';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { withdrawUpdate } from '../api/correct-update';
import type { NodeHistory } from '../api/types';

type Update = NodeHistory['updates'][number];

/** In the history: whether an update was corrected, is a correction, or was withdrawn; and the buttons to do so. */
export function UpdateCorrectionCell({
  update: u,
  mayCorrect,
  onCorrect,
  onWithdraw,
}: {
  update: Update;
  mayCorrect: boolean;
  onCorrect(): void;
  onWithdraw(): void;
}) {
  const { t } = useI18n();
  const current = !u.withdrawn && !u.correctedById;
  return (
    <>
      {u.correctsId && (
        <span data-testid="correction-mark">{t('entry.correction.isCorrection', { reason: u.correctionReason ?? '' })} </span>
      )}
      {u.correctedById && <span className="rt-superseded">{t('entry.correction.replaced')} </span>}
      {u.withdrawn && (
        <span className="rt-superseded">
          {t('entry.withdraw.mark', { date: formatDate(u.withdrawn.at), reason: u.withdrawn.reason ?? '' })}{' '}
        </span>
      )}
      {mayCorrect && current && (
        <>
          <Button
            type="button"
            appearance="subtle-button"
            aria-label={t('entry.correction.buttonFor', { date: formatDate(u.reportDate) })}
            onClick={onCorrect}
          >
            {t('entry.correction.button')}
          </Button>
          <Button
            type="button"
            appearance="subtle-button"
            aria-label={t('entry.withdraw.buttonFor', { date: formatDate(u.reportDate) })}
            onClick={onWithdraw}
          >
            {t('entry.withdraw.button')}
          </Button>
        </>
      )}
    </>
  );
}

/** Withdraw an update entered wrongly, with a reason. */
export function WithdrawUpdateForm({
  programme,
  update,
  onSaved,
  onCancel,
}: {
  programme: string;
  update: Update;
  onSaved(): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  return (
    <section aria-labelledby="intrekken-kop" className="rt-form-section">
      <Heading2 id="intrekken-kop">{t('entry.withdraw.title', { date: formatDate(update.reportDate) })}</Heading2>
      <FormErrorSummary title={t('entry.withdraw.errorTitle')} errors={{}} message={message} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (reason.trim().length < 5) return setError(t('entry.correction.reasonRequired'));
          setError(undefined);
          withdrawUpdate(programme, update.id, reason.trim()).then(onSaved, (err: Error) => setMessage(err.message));
        }}
      >
        <TextField
          label={t('entry.correction.reason')}
          name="withdrawReason"
          value={reason}
          onValue={setReason}
          errorMessage={error}
          required
        />
        <Button type="submit" appearance="secondary-action-button">
          {t('entry.withdraw.submit')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={onCancel}>
          {t('entry.cancel')}
        </Button>
      </form>
    </section>
  );
}
