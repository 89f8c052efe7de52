import { DomainError } from '../shared/errors';
import type { KpiDirection } from './indicator';
import { applyChange, type Change, type KpiUnit } from './units';

/**
 * Targets in the forms programmes write them. `scope`: the target holds for the total, or for
 * every unit separately ("in elke gemeente"). `name` names a sub-target when one goal is split up.
 */
export type KpiTargetForm =
  /** "25 huisartsenpraktijken eind 2023" */
  | { kind: 'absoluut'; value: number; by: string }
  /** "50 / 100 / 100 trajecten in 2021 / 2022 / 2023"; years may lie before the programme. */
  | { kind: 'reeks'; points: { year: number; value: number }[] }
  /** "10% minder E33-meldingen eind 2021", "−2,5 procentpunt rokers in 2025": from the baseline. */
  | { kind: 'relatief'; change: Change; by: string }
  /** "2.500 valincidenten voorkomen in vijf jaar": the sum of the measurements over the period. */
  | { kind: 'cumulatief'; total: number; from: string; to: string }
  /** "urgente wachtlijst naar 0" */
  | { kind: 'nul'; by: string };

export type KpiTargetScope = 'totaal' | 'elke-eenheid';

export interface KpiTarget {
  id: string;
  name: string | null;
  scope: KpiTargetScope;
  form: KpiTargetForm;
}

/** The trajectory start: the baseline value and date (an indicator may have none). */
export interface Baseline {
  value: number;
  date: string;
}

const DAY = 86_400_000;
const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

/** The final value a target asks for (for a cumulative target: the total over its period). */
export function targetEndValue(form: KpiTargetForm, unit: KpiUnit, baseline: Baseline | null): number {
  switch (form.kind) {
    case 'absoluut':
      return form.value;
    case 'nul':
      return 0;
    case 'cumulatief':
      return form.total;
    case 'reeks': {
      const last = [...form.points].sort((a, b) => a.year - b.year).at(-1);
      if (!last) throw invalid('een reeks heeft ten minste één jaarwaarde');
      return last.value;
    }
    case 'relatief':
      if (!baseline) throw invalid('een doel ten opzichte van de nulmeting vraagt een nulmeting');
      return applyChange({ unit, value: baseline.value }, form.change).value;
  }
}

/** The date by which the target must be reached. */
export function targetDueDate(form: KpiTargetForm): string {
  switch (form.kind) {
    case 'reeks': {
      const last = Math.max(...form.points.map((p) => p.year));
      return `${last}-12-31`;
    }
    case 'cumulatief':
      return form.to;
    default:
      return form.by;
  }
}

/**
 * What the target asks for at `date`: the point on the straight line from the baseline to the
 * target (the whole target when there is no baseline, or after the due date); for a series the value
 * of the year the date falls in (the first year's value before it, the last after); for a cumulative
 * target the total pro rata of the days elapsed since its start (the whole total after its end).
 */
export function expectedAt(form: KpiTargetForm, unit: KpiUnit, baseline: Baseline | null, date: string): number {
  if (form.kind === 'reeks') {
    const pts = [...form.points].sort((a, b) => a.year - b.year);
    const year = Number(date.slice(0, 4));
    const hit = [...pts].reverse().find((p) => p.year <= year) ?? pts[0];
    if (!hit) throw invalid('een reeks heeft ten minste één jaarwaarde');
    return hit.value;
  }
  if (form.kind === 'cumulatief') {
    const span = days(form.to) - days(form.from) + 1;
    const done = Math.min(span, Math.max(0, days(date) - days(form.from) + 1));
    return (form.total * done) / span;
  }
  const end = targetEndValue(form, unit, baseline);
  const due = targetDueDate(form);
  if (!baseline || date >= due || baseline.date >= due) return end;
  if (date <= baseline.date) return baseline.value;
  const f = (days(date) - days(baseline.date)) / (days(due) - days(baseline.date));
  return baseline.value + (end - baseline.value) * f;
}

/**
 * The share of the planned change that was reached: (actual − start) / (expected − start), where start
 * is the baseline (0 for a cumulative target). 1 = exactly on the line, above 1 = ahead. When no change
 * was planned (expected = start) or there is no start, it is 1 when the actual is at least as good as
 * expected (by direction) and otherwise the ratio of the two (0 when that cannot be formed).
 */
export function achievement(actual: number, expected: number, start: number | null, direction: KpiDirection): number {
  if (start !== null && expected !== start) return (actual - start) / (expected - start);
  const goodEnough = direction === 'hoger' ? actual >= expected : actual <= expected;
  if (goodEnough) return 1;
  if (direction === 'hoger') return expected > 0 && actual > 0 ? actual / expected : 0;
  return actual > 0 && expected > 0 ? expected / actual : 0;
}

export function validateTarget(form: KpiTargetForm, unit: KpiUnit, baseline: Baseline | null): string[] {
  const errors: string[] = [];
  if (form.kind === 'relatief') {
    if (!baseline) errors.push('een doel ten opzichte van de nulmeting vraagt een nulmeting');
    if (form.change.unit === 'procentpunt' && unit !== 'percent')
      errors.push(`procentpunten passen alleen bij een indicator in procenten (deze is in '${unit}')`);
  }
  if (form.kind === 'reeks' && form.points.length === 0) errors.push('een reeks heeft ten minste één jaarwaarde');
  if (form.kind === 'reeks' && new Set(form.points.map((p) => p.year)).size !== form.points.length)
    errors.push('een jaar staat twee keer in de reeks');
  if (form.kind === 'cumulatief' && form.to < form.from) errors.push('de einddatum ligt voor de begindatum');
  if (form.kind === 'cumulatief' && unit !== 'aantal' && unit !== 'euro') errors.push('een cumulatief doel telt aantallen of bedragen op');
  return errors;
}

function invalid(reason: string): DomainError {
  return new DomainError('VALIDATION_FAILED', `Doel ongeldig: ${reason}.`, [{ field: 'doel', reason }]);
}
