import type { KpiIndicator } from './indicator';
import { periodEnd, periodKey, periodLabel, type KpiPeriod } from './periods';
import { figureValue, poolFigures, TOTAL_UNIT, type KpiFigure } from './pooling';
import { evaluateTarget, indicatorStatus, KPI_STATUS_LABEL, type KpiStatus, type TargetEvaluation } from './status';
import { expectedAt, targetDueDate, targetEndValue, type KpiTarget, type KpiTargetForm } from './targets';
import { formatDutchNumber, formatQuantity, type KpiUnit } from './units';

/** Everything one indicator's screen, export and board report need, as plain data. */
export interface IndicatorData {
  indicator: KpiIndicator;
  targets: readonly KpiTarget[];
  /** The units that owe figures (gemeenten or aanbieders), in display order. */
  units: readonly { key: string; name: string }[];
  figures: readonly KpiFigure[];
  /** Evaluate as of this date (jjjj-mm-dd). */
  asOf: string;
  /** Demo figures are labelled as such wherever they are shown. */
  isDemo: boolean;
}

export interface TargetView {
  id: string;
  name: string | null;
  description: string;
  status: KpiStatus;
  statusLabel: string;
  actualText: string;
  expectedText: string;
  perUnit: { unitKey: string; name: string; status: KpiStatus; statusLabel: string }[];
}

export interface IndicatorView {
  id: string;
  code: string;
  name: string;
  definition: string | null;
  unit: KpiUnit;
  direction: KpiIndicator['direction'];
  ratio: KpiIndicator['ratio'];
  baselineText: string | null;
  status: KpiStatus;
  statusLabel: string;
  isDemo: boolean;
  targets: TargetView[];
  /** Period labels, oldest first: the categories of every chart. */
  periods: string[];
  /** The region total (reported, pooled or summed) and the target line at each period's end. */
  total: { label: string; actual: (number | null)[]; target: (number | null)[]; cumulative: boolean };
  /** Small multiples: one series per unit. */
  perUnit: { key: string; name: string; values: (number | null)[] }[];
  latest: { period: string; valueText: string } | null;
  /** The numbers behind every chart (the text alternative and the CSV/XLSX download). */
  table: { columns: string[]; rows: string[][] };
}

const dutchDate = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

export function describeTarget(form: KpiTargetForm, unit: KpiUnit, scopeLabel: string | null): string {
  const q = (v: number) => formatQuantity(unit, v);
  let text: string;
  switch (form.kind) {
    case 'absoluut':
      text = `${q(form.value)} uiterlijk ${dutchDate(form.by)}`;
      break;
    case 'nul':
      text = `naar 0 uiterlijk ${dutchDate(form.by)}`;
      break;
    case 'reeks':
      text = [...form.points]
        .sort((a, b) => a.year - b.year)
        .map((p) => `${p.year}: ${q(p.value)}`)
        .join(' · ');
      break;
    case 'relatief': {
      const sign = form.change.value > 0 ? '+' : '−';
      const amount = formatDutchNumber(Math.abs(form.change.value), 1);
      const what = form.change.unit === 'percent' ? `${sign}${amount}%` : `${sign}${amount} procentpunt`;
      text = `${what} ten opzichte van de nulmeting, uiterlijk ${dutchDate(form.by)}`;
      break;
    }
    case 'cumulatief':
      text = `samen ${q(form.total)} van ${dutchDate(form.from)} tot en met ${dutchDate(form.to)}`;
      break;
  }
  return scopeLabel ? `${scopeLabel}: ${text}` : text;
}

function sortPeriods(list: KpiPeriod[]): KpiPeriod[] {
  const seen = new Map<string, KpiPeriod>();
  for (const p of list) seen.set(periodKey(p), p);
  return [...seen.values()].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.grain < b.grain ? -1 : 1));
}

/** The view-model of one indicator: status per target, chart series and the table behind them. */
export function indicatorView(data: IndicatorData): IndicatorView {
  const { indicator: ind, targets, units, figures, asOf } = data;
  const unitKeys = units.map((u) => u.key);
  const nameOf = new Map(units.map((u) => [u.key, u.name]));
  const evaluations: TargetEvaluation[] = targets.map((t) => evaluateTarget(ind, t, figures, unitKeys, asOf));
  const status = indicatorStatus(evaluations);
  const periods = sortPeriods(figures.map((f) => f.period));
  const q = (v: number | null) => formatQuantity(ind.unit, v);
  const scopeLabel = ind.dimension === 'aanbieder' ? 'bij elke aanbieder' : 'in elke gemeente';

  const totals = periods.map((p) =>
    poolFigures(
      ind,
      figures.filter((f) => periodKey(f.period) === periodKey(p)),
      unitKeys,
    ),
  );
  const main = targets.find((t) => t.scope === 'totaal');
  const cumulative = main?.form.kind === 'cumulatief';
  let running = 0;
  const actual = totals.map((t, i) => {
    if (!cumulative || !main || main.form.kind !== 'cumulatief') return t.value;
    const p = periods[i];
    if (!p || p.start < main.form.from) return null;
    running += t.value ?? 0;
    return running;
  });
  const targetLine = periods.map((p) => (main ? expectedAt(main.form, ind.unit, ind.baseline, periodEnd(p)) : null));

  const perUnit = units.map((u) => ({
    key: u.key,
    name: u.name,
    values: periods.map((p) => {
      const f = figures.find((x) => x.unitKey === u.key && periodKey(x.period) === periodKey(p));
      return f ? figureValue(ind, f) : null;
    }),
  }));

  const targetViews: TargetView[] = targets.map((t, i) => {
    const e = evaluations[i];
    const st: KpiStatus = e?.status ?? 'geen-gegevens';
    return {
      id: t.id,
      name: t.name,
      description: describeTarget(t.form, ind.unit, t.scope === 'elke-eenheid' ? scopeLabel : null),
      status: st,
      statusLabel: KPI_STATUS_LABEL[st],
      actualText: e?.actual === null || e === undefined ? '—' : `${q(e.actual)}${e.period ? ` (${periodLabel(e.period)})` : ''}`,
      expectedText: e?.expected === null || e === undefined ? '—' : q(e.expected),
      perUnit: (e?.perUnit ?? []).map((p) => ({
        unitKey: p.unitKey,
        name: nameOf.get(p.unitKey) ?? p.unitKey,
        status: p.status,
        statusLabel: KPI_STATUS_LABEL[p.status],
      })),
    };
  });

  const lastKnown = [...totals.keys()].reverse().find((i) => totals[i]?.value !== null && totals[i]?.value !== undefined);
  const latestPeriod = lastKnown === undefined ? undefined : periods[lastKnown];
  const latest =
    lastKnown === undefined || !latestPeriod ? null : { period: periodLabel(latestPeriod), valueText: q(totals[lastKnown]?.value ?? null) };

  const columns = [
    'Periode',
    'Totaal',
    ...(ind.ratio ? ['Teller (totaal)', 'Noemer (totaal)'] : []),
    ...(main ? ['Doel (lijn)'] : []),
    ...units.map((u) => u.name),
  ];
  const rows = periods.map((p, i) => {
    const t = totals[i];
    const basis = t && t.basis !== 'gerapporteerd' && t.missing.length > 0 && t.value !== null ? ` (zonder ${t.missing.length})` : '';
    return [
      periodLabel(p),
      `${q(actual[i] ?? null)}${basis}`,
      ...(ind.ratio
        ? [
            t?.numerator === null || !t ? 'onbekend' : formatDutchNumber(t.numerator, 2),
            t?.denominator === null || !t ? 'onbekend' : formatDutchNumber(t.denominator, 2),
          ]
        : []),
      ...(main ? [q(targetLine[i] ?? null)] : []),
      ...perUnit.map((u) => q(u.values[i] ?? null)),
    ];
  });

  return {
    id: ind.id,
    code: ind.code,
    name: ind.name,
    definition: ind.definition,
    unit: ind.unit,
    direction: ind.direction,
    ratio: ind.ratio,
    baselineText: ind.baseline ? `${q(ind.baseline.value)} op ${dutchDate(ind.baseline.date)}` : null,
    status,
    statusLabel: KPI_STATUS_LABEL[status],
    isDemo: data.isDemo,
    targets: targetViews,
    periods: periods.map(periodLabel),
    total: { label: cumulative ? 'Totaal (opgeteld sinds de start van het doel)' : 'Totaal', actual, target: targetLine, cumulative },
    perUnit,
    latest,
    table: { columns, rows },
  };
}

/** The end value and due date of a target, for summaries ("25 in 2023"). */
export function targetSummary(t: KpiTarget, ind: KpiIndicator): { value: number; due: string } {
  return { value: targetEndValue(t.form, ind.unit, ind.baseline), due: targetDueDate(t.form) };
}

export { TOTAL_UNIT };
