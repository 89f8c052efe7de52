/**
 * Calendar dates as ISO strings (jjjj-mm-dd). They compare correctly as strings, carry no time
 * zone, and are what both database drivers return for a `date` column.
 */
export type IsoDate = string;

export { isIsoDate } from '../shared/deadline';

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Today's date in the Netherlands, from a Clock's instant. */
export { dutchDate } from '../shared/deadline';

export function quarterOf(date: IsoDate): { year: number; quarter: 1 | 2 | 3 | 4 } {
  const month = Number(date.slice(5, 7));
  return { year: Number(date.slice(0, 4)), quarter: (Math.floor((month - 1) / 3) + 1) as 1 | 2 | 3 | 4 };
}

export function quarterBounds(year: number, quarter: 1 | 2 | 3 | 4): { start: IsoDate; end: IsoDate } {
  const startMonth = (quarter - 1) * 3 + 1;
  const start = `${year}-${String(startMonth).padStart(2, '0')}-01`;
  const nextStart = quarter === 4 ? `${year + 1}-01-01` : `${year}-${String(startMonth + 3).padStart(2, '0')}-01`;
  return { start, end: addDays(nextStart, -1) };
}

export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);
