import { Alert, Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { BUDGET_KINDS } from '../../../../domain/programme/vocabulary';
import { ConflictNotice } from '../../../components/conflict-notice';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { SelectField } from '../../../components/select-field';
import { TextAreaField, TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import { conflictCurrent } from '../api/conflict';
import type { GapAnalysis, NodeDetail } from '../api/get-node';
import { saveGapAnalysis } from '../api/save-gap-analysis';
import { parseEuroCents, serverFieldErrors, validateGap, type GapFormValues } from '../model/validate';

function valuesOf(g: GapAnalysis | null): GapFormValues {
  const cents = g?.budget?.cents;
  return {
    currentPractices: (g?.currentPractices ?? []).join('\n'),
    hiaat: g?.hiaat ?? '',
    voorstel: g?.voorstel ?? '',
    budgetKind: g?.budget?.kind ?? '',
    amount: cents === null || cents === undefined ? '' : new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2 }).format(cents / 100),
    fund: g?.budget?.fund ?? '',
    note: g?.budget?.note ?? '',
  };
}

/** Edit the gap analysis (wat doen we al, hiaat, voorstel, budget) of a node, on the node's version. */
export function GapAnalysisForm({ programme, node, onSaved }: { programme: string; node: NodeDetail; onSaved(): void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState(() => valuesOf(node.gapAnalysis));
  const [version, setVersion] = useState(node.version);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [conflict, setConflict] = useState<NodeDetail | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<GapFormValues>) => setValues((v) => ({ ...v, ...patch }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local = Object.fromEntries(Object.entries(validateGap(values)).map(([f, key]) => [f, t(key)]));
    setErrors(local);
    setMessage(undefined);
    setNotice(undefined);
    if (Object.keys(local).length > 0) return;
    const kind = BUDGET_KINDS.find((k) => k === values.budgetKind);
    const note = values.note.trim() || null;
    setBusy(true);
    try {
      await saveGapAnalysis(programme, node.id, version, {
        currentPractices: values.currentPractices
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean),
        hiaat: values.hiaat.trim() || null,
        voorstel: values.voorstel.trim() || null,
        budget: !kind
          ? null
          : kind === 'bedrag'
            ? { kind, cents: parseEuroCents(values.amount), note }
            : kind === 'ander-fonds'
              ? { kind, fund: values.fund.trim(), note }
              : { kind, note },
      });
      setOpen(false);
      onSaved();
    } catch (err) {
      const current = conflictCurrent(err);
      if (current) return setConflict(current as NodeDetail);
      setErrors(err instanceof ApiError ? serverFieldErrors(err.details) : {});
      setMessage((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  if (!open)
    return (
      <Button type="button" appearance="secondary-action-button" onClick={() => setOpen(true)}>
        {t('gapForm.open')}
      </Button>
    );

  const labels: Record<keyof GapFormValues, string> = {
    currentPractices: t('node.gap.current'),
    hiaat: t('node.gap.gap'),
    voorstel: t('node.gap.proposal'),
    budgetKind: t('gapForm.budgetKind'),
    amount: t('gapForm.amount'),
    fund: t('gapForm.fund'),
    note: t('gapForm.note'),
  };
  return (
    <form onSubmit={submit} noValidate className="rt-subform" aria-labelledby="gap-form-heading">
      <Heading3 id="gap-form-heading">{t('gapForm.title')}</Heading3>
      {conflict && (
        <ConflictNotice
          version={conflict.version}
          rows={(Object.keys(labels) as (keyof GapFormValues)[]).map((f) => ({
            label: labels[f],
            current: valuesOf(conflict.gapAnalysis)[f],
            yours: values[f],
          }))}
          onRedo={() => {
            setVersion(conflict.version);
            setConflict(null);
            setNotice(t('conflict.redoHint'));
          }}
          onDiscard={() => {
            setValues(valuesOf(conflict.gapAnalysis));
            setVersion(conflict.version);
            setConflict(null);
          }}
        />
      )}
      {notice && (
        <Alert type="info">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      <FormErrorSummary title={t('common.formErrors')} errors={errors} message={message} />
      <TextAreaField
        label={labels.currentPractices}
        description={t('gapForm.currentHint')}
        name="currentPractices"
        rows={4}
        value={values.currentPractices}
        onValue={(currentPractices) => set({ currentPractices })}
        errorMessage={errors.currentPractices}
      />
      <TextAreaField
        label={labels.hiaat}
        name="hiaat"
        value={values.hiaat}
        onValue={(hiaat) => set({ hiaat })}
        errorMessage={errors.hiaat}
      />
      <TextAreaField
        label={labels.voorstel}
        name="voorstel"
        value={values.voorstel}
        onValue={(voorstel) => set({ voorstel })}
        errorMessage={errors.voorstel}
      />
      <SelectField
        label={labels.budgetKind}
        name="budgetKind"
        value={values.budgetKind}
        emptyLabel={t('node.gap.noBudget')}
        options={BUDGET_KINDS.map((k) => ({ value: k, label: t(`gapForm.kind.${k}`) }))}
        onChange={(budgetKind) => set({ budgetKind })}
        errorMessage={errors.budget}
      />
      {values.budgetKind === 'bedrag' && (
        <TextField
          label={labels.amount}
          description={t('gapForm.amountHint')}
          name="amount"
          value={values.amount}
          onValue={(amount) => set({ amount })}
          errorMessage={errors.amount}
        />
      )}
      {values.budgetKind === 'ander-fonds' && (
        <TextField label={labels.fund} name="fund" value={values.fund} onValue={(fund) => set({ fund })} errorMessage={errors.fund} />
      )}
      {values.budgetKind !== '' && (
        <TextField label={labels.note} name="note" value={values.note} onValue={(note) => set({ note })} errorMessage={errors.note} />
      )}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy || conflict !== null}>
          {t('gapForm.submit')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
