import { quarterBounds, type IsoDate } from '../progress/dates';
import { DomainError } from '../shared/errors';

export interface PeriodCandidate {
  id: string;
  label: string;
  startDate: IsoDate;
  endDate: IsoDate;
  lockedAt: unknown;
}

const QUARTER = /^(\d{4})-?Q([1-4])$/i;
const QUARTER_LABEL = /^Q([1-4])\s+(\d{4})$/i;

/**
 * The reporting period a report names: its id, its label ("Q2 2022"), or a quarter written
 * "2022-Q2", which matches the period that covers exactly that quarter. Null without a reference.
 * An unknown reference is an error that lists the periods there are.
 */
export function resolvePeriodRef<P extends PeriodCandidate>(periods: readonly P[], ref: string | null | undefined): P | null {
  const wanted = ref?.trim();
  if (!wanted) return null;
  const byId = periods.find((p) => p.id === wanted || p.label.toLowerCase() === wanted.toLowerCase());
  if (byId) return byId;
  const quarter = parseQuarter(wanted);
  if (quarter) {
    const { start, end } = quarterBounds(quarter.year, quarter.quarter);
    const match = periods.find((p) => p.startDate === start && p.endDate === end);
    if (match) return match;
  }
  const known = periods.map((p) => p.label).join(', ') || 'geen';
  throw new DomainError('NOT_FOUND', `Rapportageperiode '${wanted}' bestaat niet in dit programma. Bekende periodes: ${known}.`, [
    { field: 'period', reason: `onbekende periode '${wanted}'` },
  ]);
}

/**
 * The period a report covers when none is named: the latest locked period if one has ended
 * by today, else the latest period that has started, else none.
 */
export function defaultReportPeriod<P extends PeriodCandidate>(periods: readonly P[], today: IsoDate): P | null {
  const sorted = [...periods].sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
  const started = sorted.filter((p) => p.startDate <= today);
  const locked = started.filter((p) => p.lockedAt);
  return locked[locked.length - 1] ?? started[started.length - 1] ?? null;
}

/** "2022-Q2", "2022Q2" or "Q2 2022" as a year and quarter; null for anything else. */
export function parseQuarter(text: string): { year: number; quarter: 1 | 2 | 3 | 4 } | null {
  const a = QUARTER.exec(text.trim());
  if (a) return { year: Number(a[1]), quarter: Number(a[2]) as 1 | 2 | 3 | 4 };
  const b = QUARTER_LABEL.exec(text.trim());
  if (b) return { year: Number(b[2]), quarter: Number(b[1]) as 1 | 2 | 3 | 4 };
  return null;
}
