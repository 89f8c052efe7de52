import { DomainError } from '../shared/errors';
import type { MonitorPeriod } from './responses';
import type { MonitorPer } from './figures';

/** Calendar dates as jjjj-mm-dd strings; arithmetic in UTC days so no time zone can shift a day. */
const DAY_MS = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function dayNumber(iso: string): number {
  const m = ISO.exec(iso);
  if (!m)
    throw new DomainError('VALIDATION_FAILED', `'${iso}' is geen datum (jjjj-mm-dd).`, [{ field: 'datum', reason: 'geen geldige datum' }]);
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(t).toISOString().slice(0, 10) !== iso) {
    throw new DomainError('VALIDATION_FAILED', `'${iso}' bestaat niet als datum.`, [{ field: 'datum', reason: 'bestaat niet' }]);
  }
  return t / DAY_MS;
}

export function isoFromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

function lastDayOfMonth(year: number, month1: number): number {
  return new Date(Date.UTC(year, month1, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Whole calendar periods (maand, kwartaal, jaar) that start within [from, to]. A period is
 * never cut: the monitor compares like with like.
 */
export function splitPeriods(from: string, to: string, per: MonitorPer): MonitorPeriod[] {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (b < a)
    throw new DomainError('VALIDATION_FAILED', 'De einddatum ligt voor de begindatum.', [{ field: 'to', reason: 'ligt voor from' }]);
  const step = per === 'maand' ? 1 : per === 'kwartaal' ? 3 : 12;
  const fromDate = new Date(a * DAY_MS);
  let year = fromDate.getUTCFullYear();
  let month = fromDate.getUTCMonth() + 1;
  // Start at the first period boundary on or after `from`.
  const firstDayIsBoundary = fromDate.getUTCDate() === 1 && (month - 1) % step === 0;
  if (!firstDayIsBoundary) month = Math.floor((month - 1) / step) * step + 1 + step;
  while (month > 12) {
    month -= 12;
    year += 1;
  }
  const out: MonitorPeriod[] = [];
  for (;;) {
    const start = `${year}-${pad(month)}-01`;
    if (dayNumber(start) > b) break;
    const endMonth = month + step - 1;
    const end = `${year}-${pad(endMonth)}-${pad(lastDayOfMonth(year, endMonth))}`;
    const key = per === 'maand' ? `${year}-${pad(month)}` : per === 'kwartaal' ? `${year}-Q${(month + 2) / 3}` : `${year}`;
    out.push({ key, start, end, days: dayNumber(end) - dayNumber(start) + 1 });
    month += step;
    if (month > 12) {
      month -= 12;
      year += 1;
    }
    if (out.length > 1200)
      throw new DomainError('VALIDATION_FAILED', 'Te veel perioden gevraagd (meer dan 1200).', [
        { field: 'per', reason: 'te veel perioden' },
      ]);
  }
  if (out.length === 0) {
    throw new DomainError('VALIDATION_FAILED', `Er begint geen hele ${per} tussen ${from} en ${to}.`, [
      { field: 'from', reason: 'geen hele periode' },
    ]);
  }
  return out;
}
