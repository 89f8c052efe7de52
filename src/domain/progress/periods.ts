import { DomainError, type ErrorDetail } from '../shared/errors';
import { addDays, isIsoDate, maxDate, quarterBounds, type IsoDate } from './dates';

/** A programme reports per quarter, before each board meeting, or on dates of its own. */
export const PERIOD_KINDS = ['kwartaal', 'bestuurlijk-overleg', 'overig'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface PeriodInput {
  label: string;
  kind: PeriodKind;
  startDate: IsoDate;
  endDate: IsoDate;
  /** The date by which owners must have posted their update. */
  dueDate: IsoDate;
  /**
   * The cycle the period belongs to: a body's (its id), or the programme's own (null/absent).
   * Cycles run side by side: periods of different cycles may overlap, within one cycle they may not.
   */
  bodyId?: string | null;
}

/** The cycle key of a period: its body, or the programme's own cycle. */
export const cycleOf = (p: { bodyId?: string | null }): string => p.bodyId ?? '';

/**
 * Periods of one programme must be well-formed and must not overlap within their cycle (periods of
 * different cycles may). Errors name the row (1-based).
 */
export function assertValidPeriods(periods: readonly PeriodInput[]): void {
  const details: ErrorDetail[] = [];
  periods.forEach((p, i) => {
    const row = i + 1;
    if (!p.label.trim()) details.push({ row, field: 'label', reason: 'Geef de periode een naam.' });
    for (const field of ['startDate', 'endDate', 'dueDate'] as const) {
      if (!isIsoDate(p[field])) details.push({ row, field, reason: `'${p[field]}' is geen geldige datum (jjjj-mm-dd).` });
    }
    if (p.startDate > p.endDate) details.push({ row, field: 'endDate', reason: 'De einddatum ligt vóór de begindatum.' });
    if (p.dueDate < p.startDate) details.push({ row, field: 'dueDate', reason: 'De inleverdatum ligt vóór het begin van de periode.' });
  });
  for (const cycle of new Set(periods.map(cycleOf))) {
    const sorted = periods
      .map((p, i) => ({ p, row: i + 1 }))
      .filter((x) => cycleOf(x.p) === cycle)
      .sort((a, b) => (a.p.startDate < b.p.startDate ? -1 : 1));
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1];
      const cur = sorted[i];
      if (prev && cur && cur.p.startDate <= prev.p.endDate) {
        details.push({ row: cur.row, field: 'startDate', reason: `Overlapt met periode '${prev.p.label}'.` });
      }
    }
  }
  details.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  if (details.length > 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `De rapportageperiodes kloppen niet: ${details.map((d) => `rij ${d.row}: ${d.reason}`).join(' ')}`,
      details,
    );
  }
}

/** Four quarters of `year`; updates are due `dueDaysAfterEnd` days after each quarter ends. */
export function quarterPeriods(year: number, dueDaysAfterEnd = 10): PeriodInput[] {
  return ([1, 2, 3, 4] as const).map((q) => {
    const { start, end } = quarterBounds(year, q);
    return { label: `Q${q} ${year}`, kind: 'kwartaal', startDate: start, endDate: end, dueDate: addDays(end, dueDaysAfterEnd) };
  });
}

/**
 * One period per board meeting: it runs from the day after the previous meeting (or `firstStart`)
 * up to the meeting, and updates are due `dueDaysBefore` days before the meeting.
 */
export function boardMeetingPeriods(
  meetingDates: readonly IsoDate[],
  firstStart: IsoDate,
  dueDaysBefore = 14,
  labelPrefix = 'Bestuurlijk overleg',
): PeriodInput[] {
  const sorted = [...meetingDates].sort();
  let start = firstStart;
  return sorted.map((meeting) => {
    const period: PeriodInput = {
      label: `${labelPrefix} ${meeting.slice(8, 10)}-${meeting.slice(5, 7)}-${meeting.slice(0, 4)}`,
      kind: 'bestuurlijk-overleg',
      startDate: start,
      endDate: meeting,
      dueDate: maxDate(start, addDays(meeting, -dueDaysBefore)),
    };
    start = addDays(meeting, 1);
    return period;
  });
}

/** The last day an update counts for a period: its end, or the due date when that comes later. */
export function reportingEnd(p: { endDate: IsoDate; dueDate: IsoDate }): IsoDate {
  return maxDate(p.endDate, p.dueDate);
}

/**
 * The dates whose updates count for each period: from the day after the previous period's
 * reporting end in the same cycle (or the period's start, if later) up to its own reporting end.
 * Within a cycle windows never overlap, so one update never counts for two of its periods (an
 * update on 5 July answers a Q2 that is due 10 July, not Q3); across cycles an update counts for
 * each cycle's current period (the board table's and the administrative table's).
 */
export function reportingWindows<P extends { id: string; startDate: IsoDate; endDate: IsoDate; dueDate: IsoDate; bodyId?: string | null }>(
  periods: readonly P[],
): Map<string, { from: IsoDate; to: IsoDate }> {
  const out = new Map<string, { from: IsoDate; to: IsoDate }>();
  const prevEnd = new Map<string, IsoDate>();
  for (const p of [...periods].sort((a, b) => (a.startDate < b.startDate ? -1 : 1))) {
    const before = prevEnd.get(cycleOf(p));
    const from = before === undefined ? p.startDate : maxDate(p.startDate, addDays(before, 1));
    out.set(p.id, { from, to: reportingEnd(p) });
    prevEnd.set(cycleOf(p), reportingEnd(p));
  }
  return out;
}

/** The period before `p` in time (by start date) in the same cycle, if any. */
export function previousPeriod<P extends { startDate: IsoDate; bodyId?: string | null }>(periods: readonly P[], p: P): P | null {
  const earlier = periods
    .filter((x) => cycleOf(x) === cycleOf(p) && x.startDate < p.startDate)
    .sort((a, b) => (a.startDate < b.startDate ? 1 : -1));
  return earlier[0] ?? null;
}
