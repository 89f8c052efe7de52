import type { IsoDate } from '../progress/dates';
import { describeFrequency, parseStart, type NominalFrequency } from './frequency';

export interface CalendarBody {
  id: string;
  name: string;
  frequencyText: string | null;
  nominal: NominalFrequency | null;
}

export interface CalendarMeeting {
  id: string;
  bodyId: string;
  date: IsoDate;
  status: string;
}

export type CalendarDeviationKind = 'te-weinig' | 'te-veel' | 'lange-pauze';

export interface CalendarDeviation {
  kind: CalendarDeviationKind;
  /** Dutch, for people: "2 vergaderingen in 2024; nominaal 3 keer per jaar." */
  message: string;
}

export interface CalendarRow {
  bodyId: string;
  /** Twelve months, January first; each with the real meeting dates in it. */
  months: { month: number; meetings: { id: string; date: IsoDate; status: string }[] }[];
  count: number;
  nominal: NominalFrequency | null;
  frequencyText: string | null;
  deviations: CalendarDeviation[];
}

const dutch = (d: IsoDate) => `${d.slice(8, 10)}-${d.slice(5, 7)}-${d.slice(0, 4)}`;

function monthsBetween(a: IsoDate, b: IsoDate): number {
  const ma = Number(a.slice(0, 4)) * 12 + Number(a.slice(5, 7));
  const mb = Number(b.slice(0, 4)) * 12 + Number(b.slice(5, 7));
  return mb - ma;
}

/**
 * The meeting calendar of a year: per body (in the order given) the months with their real dates,
 * and where the dates differ from the nominal frequency the wording names:
 * - fewer meetings in the year than the nominal minimum (te-weinig) or more than the maximum (te-veel);
 * - two consecutive meetings (this year's, and the last one before it) further apart than twice
 *   the nominal interval (lange-pauze), e.g. seven months for a body that meets every four.
 * Bodies without a nominal frequency get no deviations: there is nothing to compare with. A body
 * whose wording names a start ("vanaf 1-7-2022") is not judged before it, and in its first year
 * against the share of the year it ran (rounded down).
 */
export function meetingCalendar(bodies: readonly CalendarBody[], meetings: readonly CalendarMeeting[], year: number): CalendarRow[] {
  const prefix = String(year);
  return bodies.map((b) => {
    const own = meetings.filter((m) => m.bodyId === b.id).sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
    const inYear = own.filter((m) => m.date.startsWith(prefix));
    const months = Array.from({ length: 12 }, (_, i) => ({
      month: i + 1,
      meetings: inYear.filter((m) => Number(m.date.slice(5, 7)) === i + 1).map((m) => ({ id: m.id, date: m.date, status: m.status })),
    }));
    const deviations: CalendarDeviation[] = [];
    const n = b.nominal;
    const start = parseStart(b.frequencyText);
    if (n && !(start !== null && start > `${prefix}-12-31`)) {
      const count = inYear.length;
      const share = start !== null && start > `${prefix}-01-01` ? (13 - Number(start.slice(5, 7))) / 12 : 1;
      const expectedMin = Math.floor(n.minPerYear * share);
      const what =
        `${count} ${count === 1 ? 'vergadering' : 'vergaderingen'} in ${year}; nominaal ` +
        `${describeFrequency(n)}${share < 1 ? `, vanaf ${dutch(start ?? '')}` : ''}`;
      if (count < expectedMin) deviations.push({ kind: 'te-weinig', message: `${what}.` });
      if (count > n.maxPerYear) deviations.push({ kind: 'te-veel', message: `${what}.` });
      if (n.minPerYear <= 12) {
        const interval = 12 / n.minPerYear;
        const before = own.filter((m) => m.date < `${prefix}-01-01`).pop();
        const chain = before ? [before, ...inYear] : inYear;
        for (let i = 1; i < chain.length; i++) {
          const a = chain[i - 1];
          const c = chain[i];
          if (!a || !c) continue;
          const gap = monthsBetween(a.date, c.date);
          if (gap > 2 * interval) {
            deviations.push({
              kind: 'lange-pauze',
              message:
                `Tussen ${dutch(a.date)} en ${dutch(c.date)} ${gap} maanden zonder vergadering; nominaal ` +
                `ongeveer ${interval === 1 ? 'elke maand' : `elke ${Math.round(interval * 10) / 10} maanden`}.`,
            });
          }
        }
      }
    }
    return { bodyId: b.id, months, count: inYear.length, nominal: n, frequencyText: b.frequencyText, deviations };
  });
}
