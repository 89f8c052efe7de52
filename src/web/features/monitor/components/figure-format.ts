import type { Count, Measure, MonitorPeriod } from '../../../../domain/monitor/responses';
import type { Locale } from '../../../lib/i18n';

/** Period labels as the board reads them: `Q3 2022`, `mrt 2024`, `2024`. */
export function periodLabel(period: Pick<MonitorPeriod, 'key'>, locale: Locale): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(period.key);
  if (q) return `Q${q[2]} ${q[1]}`;
  const m = /^(\d{4})-(\d{2})$/.exec(period.key);
  if (m) {
    const month = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
    return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(month);
  }
  return period.key;
}

/** Numbers in Dutch notation in both languages (the interface rule): 1.234 and 12,5. */
export function formatNumber(n: number, decimals = 0): string {
  return new Intl.NumberFormat('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(n);
}

export const isShown = (c: Count): c is number => typeof c === 'number';

export function formatMeasure(m: Measure, decimals: number): string {
  return m === null ? '–' : formatNumber(m, decimals);
}

export function formatPercent(m: Measure): string {
  return m === null ? '–' : `${formatNumber(m * 100, 1)}%`;
}

/** A count as text: the number, or the suppression mark exactly as the API gives it. */
export function formatCount(c: Count | undefined): string {
  if (c === undefined) return '0';
  return typeof c === 'number' ? formatNumber(c) : c;
}

/** dd-mm-jjjj (the interface's date format) → jjjj-mm-dd, or null when it is not a real date. */
export function parseDisplayDate(raw: string): string | null {
  const m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(raw.trim());
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}
