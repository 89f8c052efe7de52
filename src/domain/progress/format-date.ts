import type { IsoDate } from './dates';

/** dd-mm-jjjj, the way dates are written to Dutch readers. */
export function formatDutchDate(date: IsoDate): string {
  return `${date.slice(8, 10)}-${date.slice(5, 7)}-${date.slice(0, 4)}`;
}
