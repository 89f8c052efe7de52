import { DomainError } from '../shared/errors';

/**
 * The units an indicator is measured in: a closed list. "percent" is a share (12,5 %), "procentpunt"
 * a difference between two shares (−2,5 procentpunt). They are different units, never converted
 * into each other silently: a change in procentpunten only applies to an indicator in percent, a
 * change in percent applies to any indicator (it scales the baseline).
 */
export const KPI_UNITS = ['aantal', 'percent', 'procentpunt', 'euro', 'dagen', 'score'] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];

export const isKpiUnit = (v: unknown): v is KpiUnit => typeof v === 'string' && (KPI_UNITS as readonly string[]).includes(v);

/** A number with its unit: functions ask for the unit they accept, so the compiler refuses the other. */
export interface Quantity<U extends KpiUnit = KpiUnit> {
  readonly unit: U;
  readonly value: number;
}

export const quantity = <U extends KpiUnit>(unit: U, value: number): Quantity<U> => ({ unit, value });

/** A change as programmes write it: "10% minder" (relative) or "2,5 procentpunt lager" (absolute on a share). */
export type Change = Quantity<'percent'> | Quantity<'procentpunt'>;

/**
 * The level a change reaches from a baseline. `percent`: baseline × (1 + change/100), for any unit.
 * `procentpunt`: baseline + change, only when the baseline is itself a percentage.
 */
export function applyChange(baseline: Quantity, change: Change): Quantity {
  if (change.unit === 'percent') return { unit: baseline.unit, value: baseline.value * (1 + change.value / 100) };
  if (baseline.unit !== 'percent') {
    throw new DomainError(
      'VALIDATION_FAILED',
      `Een verandering in procentpunten past alleen bij een indicator in procenten, niet bij eenheid '${baseline.unit}'.`,
      [{ field: 'eenheid', reason: 'procentpunten alleen bij procenten' }],
    );
  }
  return { unit: 'percent', value: baseline.value + change.value };
}

/** The difference between two percentages is in procentpunten (never in percent). */
export function percentagePointDifference(from: Quantity<'percent'>, to: Quantity<'percent'>): Quantity<'procentpunt'> {
  return { unit: 'procentpunt', value: to.value - from.value };
}

/** Dutch formatting of a value in its unit: "1.234,5", "12,5%", "−2,5 procentpunt", "€ 1.234,56", "12 dagen". */
export function formatQuantity(unit: KpiUnit, value: number | null, decimals?: number): string {
  if (value === null || !Number.isFinite(value)) return 'onbekend';
  const d = decimals ?? (unit === 'euro' ? 2 : unit === 'aantal' && Number.isInteger(value) ? 0 : 1);
  const n = formatDutchNumber(value, d);
  switch (unit) {
    case 'percent':
      return `${n}%`;
    case 'procentpunt':
      return `${value > 0 ? '+' : ''}${n} procentpunt`;
    case 'euro':
      return `€ ${n}`;
    case 'dagen':
      return `${n} dagen`;
    default:
      return n;
  }
}

/** 1234.5 → "1.234,5"; a minus sign as "−" so it is not read as a hyphen. */
export function formatDutchNumber(value: number, decimals: number): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [int = '0', frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const body = frac && /[1-9]/.test(frac) ? `${grouped},${frac}` : grouped;
  const trimmed = frac && /[1-9]/.test(frac) ? body.replace(/,(\d*?)0+$/, (_m, keep: string) => (keep ? `,${keep}` : '')) : body;
  return value < 0 && Number(fixed) !== 0 ? `−${trimmed}` : trimmed;
}
