import type { KpiGrain } from './periods';
import type { KpiUnit } from './units';

/** Higher is better (trajectories, satisfaction) or lower is better (E33 reports, waiting time). */
export type KpiDirection = 'hoger' | 'lager';

/** What an indicator is measured on: per gemeente, per aanbieder, for a region, or one total. */
export const KPI_DIMENSIONS = ['gemeente', 'aanbieder', 'regio', 'totaal'] as const;
export type KpiDimension = (typeof KPI_DIMENSIONS)[number];

/**
 * Status thresholds as a share of the planned progress reached (see achievement in targets.ts):
 * at least `onTrack` → op koers, at least `risk` → risico, below → niet op koers.
 */
export interface KpiThresholds {
  onTrack: number;
  risk: number;
}
export const DEFAULT_THRESHOLDS: KpiThresholds = { onTrack: 0.95, risk: 0.75 };

export interface KpiIndicator {
  id: string;
  code: string;
  name: string;
  definition: string | null;
  unit: KpiUnit;
  direction: KpiDirection;
  /** For a ratio: what is counted above and below the line (both stored per measurement). */
  ratio: { numerator: string; denominator: string } | null;
  baseline: { value: number; date: string } | null;
  dimension: KpiDimension;
  grain: KpiGrain;
  thresholds: KpiThresholds;
}

export const isRatio = (i: Pick<KpiIndicator, 'ratio'>): boolean => i.ratio !== null;

/** A ratio in percent is numerator/denominator × 100; other ratios (days per client, score) are the plain quotient. */
export function ratioValue(unit: KpiUnit, numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  return unit === 'percent' ? (numerator / denominator) * 100 : numerator / denominator;
}

/**
 * Can totals of this indicator be added up over units (gemeenten, aanbieders)? Counts and euros can;
 * percentages, days and scores only through their numerator and denominator.
 */
export function isAdditive(i: Pick<KpiIndicator, 'unit' | 'ratio'>): boolean {
  return i.ratio === null && (i.unit === 'aantal' || i.unit === 'euro');
}
