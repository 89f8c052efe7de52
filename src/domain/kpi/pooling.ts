import { isAdditive, ratioValue, type KpiIndicator } from './indicator';
import type { KpiPeriod } from './periods';

/** The unit key of a figure for the whole (not per gemeente or aanbieder). */
export const TOTAL_UNIT = 'totaal';

/**
 * One figure for one period and unit. Unknown is null, never 0. A ratio stores numerator and
 * denominator; its value follows from them.
 */
export interface KpiFigure {
  period: KpiPeriod;
  /** An organisation id, or 'totaal'. */
  unitKey: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

export function figureValue(
  ind: Pick<KpiIndicator, 'unit' | 'ratio'>,
  f: Pick<KpiFigure, 'value' | 'numerator' | 'denominator'>,
): number | null {
  if (ind.ratio !== null) {
    if (f.numerator === null || f.denominator === null) return null;
    return ratioValue(ind.unit, f.numerator, f.denominator);
  }
  return f.value;
}

export interface PooledFigure {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** How the total came about. */
  basis: 'gerapporteerd' | 'opgeteld' | 'gepoold' | 'geen';
  /** Units whose figure is unknown or missing; a sum or pool without them is incomplete. */
  missing: string[];
}

/**
 * The total over units for one period. A reported total wins. Otherwise: a ratio is pooled as
 * Σ numerator / Σ denominator over the units where both are known (percentages are never averaged);
 * counts and euros are added up; other units (days, scores without numerator and denominator)
 * cannot be combined and give no total.
 */
export function poolFigures(
  ind: Pick<KpiIndicator, 'unit' | 'ratio'>,
  figures: readonly KpiFigure[],
  expectedUnits: readonly string[],
): PooledFigure {
  const total = figures.find((f) => f.unitKey === TOTAL_UNIT);
  if (total) {
    const v = figureValue(ind, total);
    if (v !== null) return { value: v, numerator: total.numerator, denominator: total.denominator, basis: 'gerapporteerd', missing: [] };
  }
  const parts = figures.filter((f) => f.unitKey !== TOTAL_UNIT);
  const known = parts.filter((f) => figureValue(ind, f) !== null);
  const knownKeys = new Set(known.map((f) => f.unitKey));
  const missing = [...new Set([...expectedUnits, ...parts.map((f) => f.unitKey)])].filter((u) => !knownKeys.has(u));
  if (known.length === 0) return { value: null, numerator: null, denominator: null, basis: 'geen', missing };
  if (ind.ratio !== null) {
    let num = 0;
    let den = 0;
    for (const f of known) {
      num += f.numerator ?? 0;
      den += f.denominator ?? 0;
    }
    return { value: ratioValue(ind.unit, num, den), numerator: num, denominator: den, basis: 'gepoold', missing };
  }
  if (isAdditive(ind)) {
    const sum = known.reduce((s, f) => s + (f.value ?? 0), 0);
    return { value: sum, numerator: null, denominator: null, basis: 'opgeteld', missing };
  }
  return { value: null, numerator: null, denominator: null, basis: 'geen', missing };
}
