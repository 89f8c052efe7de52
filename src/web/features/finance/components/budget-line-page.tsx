import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { BUDGET_STATUSES, MONEY_STREAMS } from '../../../../domain/finance/budget';
import { nodePath } from '../../../../domain/finance/sheet';
import { AppButtonLink } from '../../../components/app-link';
import { flashState } from '../../../components/flash-message';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { LoadState } from '../../../components/load-state';
import { SelectField } from '../../../components/select-field';
import { TextAreaField, TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import { useProgrammeRights } from '../../auth';
import { createBudgetLine, updateBudgetLine, useFinance, useOrganisations, type BudgetLineView, type FinanceView } from '../api/finance';
import { draftOf, emptyDraft, fieldsOf, OTHER_STREAM, type BudgetLineDraft } from '../model/budget-line-form';
import { FinanceHeader, financePath } from './finance-nav';

/** Add a budget line (…/financien/regels/nieuw, optionally ?element=<node id>) or edit one (…/regels/:lineId). */
export function BudgetLinePage() {
  const { programmeId = '', lineId } = useParams();
  const finance = useFinance(programmeId);
  return (
    <LoadState value={finance}>
      {(f) => <BudgetLineForm f={f} programme={programmeId} line={lineId ? (f.lines.find((l) => l.id === lineId) ?? null) : null} />}
    </LoadState>
  );
}

function BudgetLineForm({ f, programme, line }: { f: FinanceView; programme: string; line: BudgetLineView | null }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const organisations = useOrganisations();
  const rights = useProgrammeRights(f.programme.id);
  const streamKeys = MONEY_STREAMS.map((s) => s.key as string);
  const initialNode = new URLSearchParams(window.location.search).get('element') ?? '';
  const [draft, setDraft] = useState<BudgetLineDraft>(() => (line ? draftOf(line, streamKeys) : emptyDraft(initialNode)));
  const [version, setVersion] = useState(line?.version ?? 0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  useEffect(() => setVersion(line?.version ?? 0), [line?.id]);
  const set =
    <K extends keyof BudgetLineDraft>(k: K) =>
    (v: string) =>
      setDraft((d) => ({ ...d, [k]: v }) as BudgetLineDraft);

  if (!rights.may('redacteur'))
    return (
      <>
        <FinanceHeader
          programme={programme}
          title={line ? t('finance.form.editTitle') : t('finance.form.newTitle')}
          programmeTitle={f.programme.title}
        />
        <Paragraph>{t('rights.forbidden')}</Paragraph>
      </>
    );

  const submit = async () => {
    const r = fieldsOf(draft);
    setMessage(undefined);
    if (!r.ok) {
      setErrors(r.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      if (line) await updateBudgetLine(programme, line.id, version, r.fields);
      else await createBudgetLine(programme, r.fields);
      void navigate(financePath(programme), { state: flashState(t('finance.form.saved')) });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'VERSION_CONFLICT') {
        const current = (e.details as { current?: BudgetLineView }).current;
        if (current) {
          setDraft(draftOf(current, streamKeys));
          setVersion(current.version);
        }
        setMessage(t('finance.form.conflict'));
      } else if (e instanceof ApiError && Array.isArray(e.details)) {
        setErrors(Object.fromEntries((e.details as { field?: string; reason: string }[]).map((d) => [fieldName(d.field), d.reason])));
        setMessage(e.message);
      } else setMessage(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const orgOptions = organisations.state === 'ready' ? organisations.data.items.map((o) => ({ value: o.id, label: o.name })) : [];
  const amountHint = t('finance.form.amountHint');
  return (
    <>
      <FinanceHeader
        programme={programme}
        title={line ? t('finance.form.editTitle') : t('finance.form.newTitle')}
        programmeTitle={f.programme.title}
      />
      <FormErrorSummary title={t('finance.form.errorTitle')} errors={errors} message={message} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <SelectField
          label={t('finance.form.node')}
          name="nodeId"
          value={draft.nodeId}
          emptyLabel={t('finance.form.nodeNone')}
          options={f.nodes.map((n) => ({ value: n.id, label: nodePath(f.nodes, n.id) }))}
          onChange={set('nodeId')}
          errorMessage={errors.nodeId}
        />
        <TextField
          label={t('finance.form.year')}
          name="year"
          value={draft.year}
          onValue={set('year')}
          description={t('finance.form.yearHint')}
          errorMessage={errors.year}
        />
        <SelectField
          label={t('finance.form.stream')}
          name="moneyStream"
          value={draft.moneyStream}
          options={[
            ...MONEY_STREAMS.map((s) => ({ value: s.key as string, label: s.label as string })),
            { value: OTHER_STREAM, label: t('finance.form.streamOther') },
          ]}
          onChange={set('moneyStream')}
        />
        {draft.moneyStream === OTHER_STREAM && (
          <TextField
            label={t('finance.form.streamOther')}
            name="otherStream"
            value={draft.otherStream}
            onValue={set('otherStream')}
            errorMessage={errors.otherStream}
          />
        )}
        <SelectField
          label={t('finance.form.payer')}
          name="payer"
          value={draft.payerOrganisationId}
          emptyLabel={t('finance.form.payerNone')}
          options={orgOptions}
          onChange={set('payerOrganisationId')}
          errorMessage={errors.payerOrganisationId}
        />
        <SelectField
          label={t('finance.form.recurrence')}
          name="recurrence"
          value={draft.recurrence}
          options={[
            { value: 'eenmalig', label: t('finance.form.eenmalig') },
            { value: 'structureel', label: t('finance.form.structureel') },
          ]}
          onChange={set('recurrence')}
        />
        <SelectField
          label={t('finance.form.status')}
          name="status"
          value={draft.status}
          options={BUDGET_STATUSES.map((s) => ({ value: s, label: t(`finance.status.${s}`) }))}
          onChange={set('status')}
        />
        <TextField
          label={t('finance.status.aangevraagd')}
          name="requested"
          value={draft.requested}
          onValue={set('requested')}
          description={amountHint}
          errorMessage={errors.requested}
        />
        {draft.status !== 'aangevraagd' && (
          <TextField
            label={t('finance.status.toegekend')}
            name="granted"
            value={draft.granted}
            onValue={set('granted')}
            description={amountHint}
            errorMessage={errors.granted}
          />
        )}
        {draft.status === 'gerealiseerd' && (
          <TextField
            label={t('finance.status.gerealiseerd')}
            name="realised"
            value={draft.realised}
            onValue={set('realised')}
            description={amountHint}
            errorMessage={errors.realised}
          />
        )}
        <TextAreaField
          label={t('finance.form.condition')}
          name="condition"
          value={draft.condition}
          onValue={set('condition')}
          description={t('finance.form.conditionHint')}
          errorMessage={errors.condition}
        />
        {draft.condition.trim() !== '' && (
          <SelectField
            label={t('finance.form.conditionMet')}
            name="conditionMet"
            value={draft.conditionMet}
            emptyLabel={t('finance.condition.open')}
            options={[
              { value: 'ja', label: t('finance.condition.met') },
              { value: 'nee', label: t('finance.condition.notMet') },
            ]}
            onChange={set('conditionMet')}
          />
        )}
        <TextAreaField label={t('finance.form.note')} name="note" value={draft.note} onValue={set('note')} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" disabled={busy}>
            {t('finance.form.save')}
          </Button>
          <AppButtonLink to={financePath(programme)}>{t('finance.form.cancel')}</AppButtonLink>
        </ButtonGroup>
      </form>
    </>
  );
}

/** API field names → the form's names, so a server reason shows at its field. */
function fieldName(field: string | undefined): string {
  const map: Record<string, string> = {
    requestedCents: 'requested',
    grantedCents: 'granted',
    realisedCents: 'realised',
    moneyStream: 'otherStream',
  };
  return field ? (map[field] ?? field) : 'form';
}
