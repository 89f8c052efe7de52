import { DomainError } from '../shared/errors';

/** The period a measurement is about: a whole month, quarter, half year or year. */
export const KPI_GRAINS = ['maand', 'kwartaal', 'halfjaar', 'jaar'] as const;
export type KpiGrain = (typeof KPI_GRAINS)[number];
export const isKpiGrain = (v: unknown): v is KpiGrain => typeof v === 'string' && (KPI_GRAINS as readonly string[]).includes(v);

export interface KpiPeriod {
  grain: KpiGrain;
  /** First day, jjjj-mm-dd. */
  start: string;
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MONTHS_SHORT = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');
const monthsOf = (g: KpiGrain) => (g === 'maand' ? 1 : g === 'kwartaal' ? 3 : g === 'halfjaar' ? 6 : 12);

export function periodOf(grain: KpiGrain, year: number, index1: number): KpiPeriod {
  const month = (index1 - 1) * monthsOf(grain) + 1;
  return { grain, start: `${year}-${pad(month)}-01` };
}

function ym(p: KpiPeriod): { year: number; month: number } {
  return { year: Number(p.start.slice(0, 4)), month: Number(p.start.slice(5, 7)) };
}

/** Last day of the period, jjjj-mm-dd. */
export function periodEnd(p: KpiPeriod): string {
  const { year, month } = ym(p);
  const endMonth = month + monthsOf(p.grain) - 1;
  const last = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
  return `${year}-${pad(endMonth)}-${pad(last)}`;
}

/** "mrt 2022", "Q3 2022", "H1 2022", "2022": how the period is written in tables and files. */
export function periodLabel(p: KpiPeriod): string {
  const { year, month } = ym(p);
  switch (p.grain) {
    case 'maand':
      return `${MONTHS_SHORT[month - 1] ?? month} ${year}`;
    case 'kwartaal':
      return `Q${Math.floor((month - 1) / 3) + 1} ${year}`;
    case 'halfjaar':
      return `H${month <= 6 ? 1 : 2} ${year}`;
    default:
      return String(year);
  }
}

export const periodKey = (p: KpiPeriod): string => `${p.grain}:${p.start}`;

/** The period of this grain that contains the date. */
export function periodContaining(grain: KpiGrain, isoDate: string): KpiPeriod {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const n = monthsOf(grain);
  return periodOf(grain, year, Math.floor((month - 1) / n) + 1);
}

/** The period before (the last complete one when given the current period). */
export function previousPeriod(p: KpiPeriod): KpiPeriod {
  const { year, month } = ym(p);
  const m0 = year * 12 + (month - 1) - monthsOf(p.grain);
  return { grain: p.grain, start: `${Math.floor(m0 / 12)}-${pad((m0 % 12) + 1)}-01` };
}

/**
 * A period as people write it: "2022", "Q3 2022", "2022-Q3", "2022 K3", "H1 2022", "1e halfjaar 2022",
 * "2022-03", "mrt 2022", "maart 2022". Null when it is none of these.
 */
export function parsePeriod(text: string): KpiPeriod | null {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  let m = /^(\d{4})$/.exec(s);
  if (m) return periodOf('jaar', Number(m[1]), 1);
  m = /^(?:q|k|kw)\s?([1-4]) ?-? ?(\d{4})$/.exec(s) ?? null;
  if (m) return periodOf('kwartaal', Number(m[2]), Number(m[1]));
  m = /^(\d{4}) ?-? ?(?:q|k|kw)\s?([1-4])$/.exec(s);
  if (m) return periodOf('kwartaal', Number(m[1]), Number(m[2]));
  m = /^(?:h|hj)\s?([12]) ?-? ?(\d{4})$/.exec(s) ?? /^([12])e halfjaar (\d{4})$/.exec(s);
  if (m) return periodOf('halfjaar', Number(m[2]), Number(m[1]));
  m = /^(\d{4}) ?-? ?(?:h|hj)([12])$/.exec(s);
  if (m) return periodOf('halfjaar', Number(m[1]), Number(m[2]));
  m = /^(\d{4})-(\d{1,2})$/.exec(s);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return periodOf('maand', Number(m[1]), Number(m[2]));
  m = /^([a-z]+)\.? (\d{4})$/.exec(s);
  if (m?.[1]) {
    const name = m[1];
    const i = MONTHS.findIndex((full, k) => full === name || MONTHS_SHORT[k] === name || (name.length >= 3 && full.startsWith(name)));
    if (i >= 0) return periodOf('maand', Number(m[2]), i + 1);
  }
  return null;
}

export function assertPeriod(p: KpiPeriod): KpiPeriod {
  const { month } = ym(p);
  const ok = /^\d{4}-\d{2}-01$/.test(p.start) && (month - 1) % monthsOf(p.grain) === 0;
  if (!ok)
    throw new DomainError('VALIDATION_FAILED', `'${p.start}' is niet het begin van een ${p.grain}.`, [
      { field: 'periode', reason: 'geen begin van de periode' },
    ]);
  return p;
}
