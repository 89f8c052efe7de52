import { DEFAULT_THRESHOLDS, type KpiIndicator, type KpiThresholds } from './indicator';
import { periodEnd, periodKey, type KpiPeriod } from './periods';
import { figureValue, poolFigures, TOTAL_UNIT, type KpiFigure } from './pooling';
import { achievement, expectedAt, type Baseline, type KpiTarget } from './targets';

export const KPI_STATUSES = ['op-koers', 'risico', 'niet-op-koers', 'geen-gegevens'] as const;
export type KpiStatus = (typeof KPI_STATUSES)[number];

export const KPI_STATUS_LABEL: Record<KpiStatus, string> = {
  'op-koers': 'op koers',
  risico: 'risico',
  'niet-op-koers': 'niet op koers',
  'geen-gegevens': 'geen gegevens',
};

const SEVERITY: Record<KpiStatus, number> = { 'op-koers': 0, 'geen-gegevens': 1, risico: 2, 'niet-op-koers': 3 };

export function statusFromAchievement(a: number, t: KpiThresholds = DEFAULT_THRESHOLDS): KpiStatus {
  if (a >= t.onTrack) return 'op-koers';
  if (a >= t.risk) return 'risico';
  return 'niet-op-koers';
}

/** Worst first: niet op koers > risico > geen gegevens > op koers; empty → geen gegevens. */
export function worstStatus(list: readonly KpiStatus[]): KpiStatus {
  if (list.length === 0) return 'geen-gegevens';
  return list.reduce((w, s) => (SEVERITY[s] > SEVERITY[w] ? s : w));
}

export interface TargetEvaluation {
  targetId: string;
  status: KpiStatus;
  /** The period of the latest known figure the status rests on. */
  period: KpiPeriod | null;
  actual: number | null;
  expected: number | null;
  achievement: number | null;
  /** For a target per unit: the status of each unit (organisation id → status). */
  perUnit: { unitKey: string; status: KpiStatus; actual: number | null; expected: number | null }[];
}

/** The series of totals per period (reported, pooled or summed), oldest first. */
export function totalsByPeriod(
  ind: KpiIndicator,
  figures: readonly KpiFigure[],
  expectedUnits: readonly string[],
): { period: KpiPeriod; value: number | null }[] {
  const byPeriod = new Map<string, { period: KpiPeriod; figures: KpiFigure[] }>();
  for (const f of figures) {
    const k = periodKey(f.period);
    const e = byPeriod.get(k) ?? { period: f.period, figures: [] };
    e.figures.push(f);
    byPeriod.set(k, e);
  }
  return [...byPeriod.values()]
    .sort((a, b) => (a.period.start < b.period.start ? -1 : a.period.start > b.period.start ? 1 : 0))
    .map((e) => ({ period: e.period, value: poolFigures(ind, e.figures, expectedUnits).value }));
}

function evaluateSeries(
  ind: KpiIndicator,
  target: KpiTarget,
  series: { period: KpiPeriod; value: number | null }[],
  asOf: string,
  baseline: Baseline | null,
) {
  const form = target.form;
  const usable = series.filter((s) => s.period.start <= asOf && s.value !== null);
  const latest = usable.at(-1);
  if (!latest || latest.value === null)
    return { status: 'geen-gegevens' as const, period: null, actual: null, expected: null, achievement: null };
  const end = periodEnd(latest.period);
  let actual = latest.value;
  let start: number | null = baseline?.value ?? null;
  if (form.kind === 'cumulatief') {
    actual = usable
      .filter((s) => s.period.start >= form.from && periodEnd(s.period) <= form.to)
      .reduce((sum, s) => sum + (s.value ?? 0), 0);
    start = 0;
  }
  const expected = expectedAt(form, ind.unit, baseline, end);
  const a = achievement(actual, expected, start, ind.direction);
  return { status: statusFromAchievement(a, ind.thresholds), period: latest.period, actual, expected, achievement: a };
}

/**
 * Evaluate one target against the figures: from the latest period (on or before `asOf`) with a known
 * figure. A total target uses the totals per period; a target per unit is evaluated per unit, and
 * the worst unit status counts (units without figures do not make it better).
 */
export function evaluateTarget(
  ind: KpiIndicator,
  target: KpiTarget,
  figures: readonly KpiFigure[],
  units: readonly string[],
  asOf: string,
): TargetEvaluation {
  if (target.scope === 'totaal') {
    const r = evaluateSeries(ind, target, totalsByPeriod(ind, figures, units), asOf, ind.baseline);
    return { targetId: target.id, ...r, perUnit: [] };
  }
  const perUnit = units.map((u) => {
    const series = figures
      .filter((f) => f.unitKey === u)
      .sort((a, b) => (a.period.start < b.period.start ? -1 : 1))
      .map((f) => ({ period: f.period, value: figureValue(ind, f) }));
    const r = evaluateSeries(ind, target, series, asOf, null);
    return { unitKey: u, status: r.status, actual: r.actual, expected: r.expected };
  });
  const known = perUnit.filter((p) => p.status !== 'geen-gegevens');
  const status = known.length === 0 ? 'geen-gegevens' : worstStatus(known.map((p) => p.status));
  return { targetId: target.id, status, period: null, actual: null, expected: null, achievement: null, perUnit };
}

/** The indicator's KPI status: the worst over its targets with figures (sub-targets included); none → geen gegevens. */
export function indicatorStatus(evaluations: readonly TargetEvaluation[]): KpiStatus {
  const known = evaluations.map((e) => e.status).filter((s) => s !== 'geen-gegevens');
  return known.length === 0 ? 'geen-gegevens' : worstStatus(known);
}

export { TOTAL_UNIT };
