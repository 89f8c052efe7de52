import { Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router-dom';
import { formatQuantity, type KpiUnit } from '../../../../domain/kpi/units';
import { parseDutchNumber } from '../../../../domain/kpi/dutch-number';
import { AppLink } from '../../../components/app-link';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { LoadState } from '../../../components/load-state';
import { StatusMessage } from '../../../components/status-message';
import { TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import { useEntryForm } from '../api/get-entry-form';
import { saveMeasurements, type MeasurementEntry } from '../api/save-measurements';
import type { EntryRow } from '../api/types';
import './kpi.css';

type Field = 'value' | 'numerator' | 'denominator' | 'note';
const rowKey = (r: EntryRow) => `${r.indicatorId}|${r.unitKey}`;

/** The figures a partner owes for the last completed period, in one form; the server checks the organisation. */
export function EntryPage() {
  const { programmeId = '' } = useParams();
  const { t } = useI18n();
  const [version, setVersion] = useState(0);
  const form = useEntryForm(programmeId, version);
  const [message, setMessage] = useState('');
  return (
    <>
      <Paragraph>
        <AppLink to={`/programmas/${programmeId}/kpi`}>{t('kpi.backToOverview')}</AppLink>
      </Paragraph>
      <Heading1>{t('kpi.entry.title')}</Heading1>
      <Paragraph>{t('kpi.entry.intro')}</Paragraph>
      <StatusMessage message={message} testId="kpi-entry-result" />
      <LoadState value={form}>
        {(f) =>
          f.rows.length === 0 ? (
            <Paragraph>{t('kpi.entry.none')}</Paragraph>
          ) : (
            <EntryForm
              key={version}
              programme={programmeId}
              rows={f.rows}
              onSaved={(text) => {
                setMessage(text);
                setVersion((v) => v + 1);
              }}
            />
          )
        }
      </LoadState>
    </>
  );
}

function initial(rows: EntryRow[]): Record<string, Record<Field, string>> {
  const n = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v).replace('.', ','));
  return Object.fromEntries(
    rows.map((r) => [
      rowKey(r),
      {
        value: n(r.current?.value),
        numerator: n(r.current?.numerator),
        denominator: n(r.current?.denominator),
        note: r.current?.note ?? '',
      },
    ]),
  );
}

function EntryForm({ programme, rows, onSaved }: { programme: string; rows: EntryRow[]; onSaved(text: string): void }) {
  const { t } = useI18n();
  const [values, setValues] = useState(() => initial(rows));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const set = (k: string, f: Field, v: string) =>
    setValues((all) => ({ ...all, [k]: { ...(all[k] ?? { value: '', numerator: '', denominator: '', note: '' }), [f]: v } }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const errs: Record<string, string> = {};
    const entries: MeasurementEntry[] = [];
    for (const r of rows) {
      const k = rowKey(r);
      const v = values[k] ?? { value: '', numerator: '', denominator: '', note: '' };
      const num = (f: Field, label: string): number | null => {
        const p = parseDutchNumber(v[f]);
        if (p.kind === 'number') return p.value;
        if (p.kind === 'invalid')
          errs[`${k}|${f}`] = t('kpi.entry.invalidNumber', { field: `${r.code} ${r.unitName} – ${label}`, text: v[f] });
        return null;
      };
      const entry: MeasurementEntry = {
        indicatorId: r.indicatorId,
        grain: r.grain,
        periodStart: r.periodStart,
        unitKey: r.unitKey,
        value: r.ratio ? null : num('value', t('kpi.entry.value')),
        numerator: r.ratio ? num('numerator', r.ratio.numerator) : null,
        denominator: r.ratio ? num('denominator', r.ratio.denominator) : null,
        note: v.note.trim() || null,
      };
      entries.push(entry);
    }
    setErrors(errs);
    setServerError(undefined);
    if (Object.keys(errs).length > 0) return;
    setBusy(true);
    try {
      const res = await saveMeasurements(programme, entries);
      onSaved(t('kpi.entry.saved', { created: res.created, updated: res.updated, unchanged: res.unchanged }));
    } catch (err) {
      setServerError(err instanceof ApiError || err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="rt-kpi-entry">
      <FormErrorSummary title={t('kpi.entry.title')} errors={errors} message={serverError} />
      {rows.map((r) => {
        const k = rowKey(r);
        const v = values[k] ?? { value: '', numerator: '', denominator: '', note: '' };
        const current = r.current
          ? r.ratio
            ? `${r.current.numerator ?? '?'} / ${r.current.denominator ?? '?'}`
            : formatQuantity(r.unit as KpiUnit, r.current.value)
          : null;
        return (
          <fieldset key={k} data-testid="kpi-entry-row">
            <legend>{t('kpi.entry.legend', { code: r.code, name: r.name, unit: r.unitName, period: r.periodLabel })}</legend>
            {current && r.current && <Paragraph>{t('kpi.entry.current', { value: current, by: r.current.enteredBy })}</Paragraph>}
            <div className="rt-kpi-entry__fields">
              {r.ratio ? (
                <>
                  <TextField
                    label={t('kpi.entry.numerator', { what: r.ratio.numerator })}
                    name={`${k}|numerator`}
                    value={v.numerator}
                    onValue={(x) => set(k, 'numerator', x)}
                    errorMessage={errors[`${k}|numerator`]}
                  />
                  <TextField
                    label={t('kpi.entry.denominator', { what: r.ratio.denominator })}
                    name={`${k}|denominator`}
                    value={v.denominator}
                    onValue={(x) => set(k, 'denominator', x)}
                    errorMessage={errors[`${k}|denominator`]}
                  />
                </>
              ) : (
                <TextField
                  label={`${t('kpi.entry.value')} (${r.unit})`}
                  name={`${k}|value`}
                  value={v.value}
                  onValue={(x) => set(k, 'value', x)}
                  errorMessage={errors[`${k}|value`]}
                />
              )}
              <TextField label={t('kpi.entry.note')} name={`${k}|note`} value={v.note} onValue={(x) => set(k, 'note', x)} />
            </div>
          </fieldset>
        );
      })}
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        {t('kpi.entry.save')}
      </Button>
    </form>
  );
}
