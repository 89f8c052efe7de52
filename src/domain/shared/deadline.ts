/**
 * Deadlines at the grain a programme gave them: an exact date, a month, a quarter, a half year,
 * a year, a span ("Q3 en Q4 2022"), a choice ("Q4 2022 of Q1 2023"), "doorlopend", or none.
 * We keep the grain and the original wording and compute "due" and "overdue" from the END of
 * the grain: "Q3 2022" is overdue from 1-10-2022, never from an invented day inside the quarter.
 * Dates are ISO calendar dates (jjjj-mm-dd) without time zone.
 */
export const DEADLINE_GRAINS = ['datum', 'maand', 'kwartaal', 'halfjaar', 'jaar', 'periode', 'keuze', 'doorlopend', 'geen'] as const;
export type DeadlineGrain = (typeof DEADLINE_GRAINS)[number];

export interface Deadline {
  grain: DeadlineGrain;
  /** The words the document used ("Q3 en Q4 2022"); null when entered as structured data. */
  wording: string | null;
  /** First day of the grain (or of the earliest option); null for doorlopend / geen. */
  start: string | null;
  /** Last day of the grain (or of the latest option); null for doorlopend / geen. */
  end: string | null;
}

export type DeadlineState = 'geen' | 'doorlopend' | 'nog-niet-begonnen' | 'lopend' | 'verlopen';

export const NO_DEADLINE: Deadline = { grain: 'geen', wording: null, start: null, end: null };

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthSpan = (y: number, m1: number, m2: number): Span => ({ start: iso(y, m1, 1), end: iso(y, m2, daysInMonth(y, m2)) });

interface Span {
  start: string;
  end: string;
}
interface Part extends Span {
  grain: 'datum' | 'maand' | 'kwartaal' | 'halfjaar' | 'jaar';
}

export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  maart: 3,
  mrt: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augustus: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const MONTH_NAMES = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
const ORDINAL: Record<string, number> = { '1e': 1, '2e': 2, '3e': 3, '4e': 4, eerste: 1, tweede: 2, derde: 3, vierde: 4 };

/** One simple term ("Q3 2022", "september 2022", "30-09-2022", "2023", "H1 2023") → its span. */
function parseTerm(raw: string): Part | null {
  // "begin", "medio", "eind" qualify a term without making it more precise: "begin Q3 2022" is due
  // at the end of Q3 2022 like "Q3 2022" itself (no invented day inside the quarter).
  const t = raw
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^(uiterlijk|voor|eind|einde|begin|medio|half|halverwege|in|per|vanaf) /, '');
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t))) {
    const s = t;
    return isIsoDate(s) ? { grain: 'datum', start: s, end: s } : null;
  }
  if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t))) {
    const s = iso(Number(m[3]), Number(m[2]), Number(m[1]));
    return isIsoDate(s) ? { grain: 'datum', start: s, end: s } : null;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(t))) {
    const mo = Number(m[2]);
    return mo >= 1 && mo <= 12 ? { grain: 'maand', ...monthSpan(Number(m[1]), mo, mo) } : null;
  }
  if ((m = /^([a-z]+)\.? (\d{4})$/.exec(t)) && m[1] !== undefined && MONTHS[m[1]] !== undefined) {
    const mo = MONTHS[m[1]] ?? 0;
    return { grain: 'maand', ...monthSpan(Number(m[2]), mo, mo) };
  }
  if ((m = /^q([1-4])[ -]?(\d{4})$/.exec(t))) {
    const q = Number(m[1]);
    return { grain: 'kwartaal', ...monthSpan(Number(m[2]), q * 3 - 2, q * 3) };
  }
  if ((m = /^(\d{4})[ -]?q([1-4])$/.exec(t))) {
    const q = Number(m[2]);
    return { grain: 'kwartaal', ...monthSpan(Number(m[1]), q * 3 - 2, q * 3) };
  }
  if ((m = /^(1e|2e|3e|4e|eerste|tweede|derde|vierde) kwartaal (\d{4})$/.exec(t)) && m[1] !== undefined) {
    const q = ORDINAL[m[1]] ?? 0;
    return { grain: 'kwartaal', ...monthSpan(Number(m[2]), q * 3 - 2, q * 3) };
  }
  if ((m = /^h([12])[ -]?(\d{4})$/.exec(t))) {
    const h = Number(m[1]);
    return { grain: 'halfjaar', ...monthSpan(Number(m[2]), h * 6 - 5, h * 6) };
  }
  if ((m = /^(1e|2e|eerste|tweede) (helft|halfjaar) (\d{4})$/.exec(t)) && m[1] !== undefined) {
    const h = ORDINAL[m[1]] ?? 0;
    return { grain: 'halfjaar', ...monthSpan(Number(m[3]), h * 6 - 5, h * 6) };
  }
  if ((m = /^(\d{4})$/.exec(t))) return { grain: 'jaar', ...monthSpan(Number(m[1]), 1, 12) };
  return null;
}

const NONE_WORDS = new Set([
  '',
  '-',
  'geen',
  'nvt',
  'n.v.t.',
  'n.t.b.',
  'ntb',
  'nnb',
  'n.n.b.',
  'p.m.',
  'pm',
  'nader te bepalen',
  'onbekend',
]);

/** The forms a refusal names, so the writer sees what would be accepted. */
export const ACCEPTED_DEADLINE_FORMS =
  '30-09-2022, okt 2022, Q3 2022, begin Q3 2022, eind Q3 2022, eind Q3 / begin Q4 2022, H2 2023, H2 2023 – 2024, 2023, ' +
  'Q3 en Q4 2022, Q4 2022 of Q1 2023, doorlopend of p.m.';
const unknown = (text: string) => `onbekende termijn '${text}'; schrijf bijvoorbeeld ${ACCEPTED_DEADLINE_FORMS}`;
const ONGOING_WORDS = new Set(['doorlopend', 'continu', 'structureel', 'permanent', 'lopend']);

export type ParseDeadlineResult = { ok: true; deadline: Deadline } | { ok: false; reason: string };

/**
 * Read a deadline from a document's own words. Parts joined by "en", ",", "t/m", " - " form a
 * span; parts joined by "of" or "/" are alternatives (due at the end of the latest). A part
 * without a year takes the year of the next part ("Q3 en Q4 2022"). Unknown words are refused
 * rather than guessed.
 */
export function parseDeadline(wording: string): ParseDeadlineResult {
  const text = wording.trim();
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  if (NONE_WORDS.has(lower)) return { ok: true, deadline: { ...NO_DEADLINE, wording: text === '' ? null : text } };
  if (ONGOING_WORDS.has(lower)) return { ok: true, deadline: { grain: 'doorlopend', wording: text, start: null, end: null } };

  const single = parseTerm(lower);
  if (single) return { ok: true, deadline: { grain: single.grain, wording: text, start: single.start, end: single.end } };

  // "2022-2023" and "2022/2023": a span of years; "eind Q3 / begin Q4 2022": the turn of one term
  // into the next, a span; otherwise " / " between terms means "of".
  const years = /^(\d{4}) ?[-–/] ?(\d{4})$/.exec(lower);
  const turn = /^((?:eind|einde) .+?) ?\/ ?(begin .+)$/.exec(lower);
  const normalised = years
    ? `${years[1]} t/m ${years[2]}`
    : turn
      ? `${turn[1]} t/m ${turn[2]}`
      : lower.replace(/(?<!\bt)\s*\/\s*(?=[a-z]|\d{4}\b)/g, ' of ');
  // With a capture group, split gives [term, word|undefined, term, …]; undefined means "," or " - ".
  const pieces = normalised.split(/\s*,\s*|\s+(en|t\/m|tot en met|tot|of)\s+|\s+[-–]\s+|\s*–\s*/);
  const terms = pieces.filter((_, i) => i % 2 === 0).map((p) => p ?? '');
  const joins = pieces.filter((_, i) => i % 2 === 1).map((p) => p ?? 'en');
  if (terms.length < 2 || terms.some((t) => t.trim() === '')) return { ok: false, reason: unknown(text) };
  const choice = joins.includes('of');
  if (choice && joins.some((j) => j !== 'of')) {
    return { ok: false, reason: `termijn '${text}' mengt 'of' met 'en'; schrijf het als losse termijnen` };
  }
  const d = combine(text, terms, choice ? 'keuze' : 'periode');
  return d ? { ok: true, deadline: d } : { ok: false, reason: unknown(text) };
}

function combine(text: string, terms: string[], grain: 'periode' | 'keuze'): Deadline | null {
  const parts: Part[] = [];
  for (let i = terms.length - 1; i >= 0; i--) {
    const term = terms[i] ?? '';
    let part = parseTerm(term);
    const next = parts[0];
    if (!part && next) part = parseTerm(`${term} ${next.start.slice(0, 4)}`);
    if (!part) return null;
    parts.unshift(part);
  }
  const start = parts.map((p) => p.start).sort()[0] ?? null;
  const end =
    parts
      .map((p) => p.end)
      .sort()
      .at(-1) ?? null;
  return { grain, wording: text, start, end };
}

/** Check a structured deadline: dates valid, aligned with the grain, start not after end. */
export function validateDeadline(d: Deadline): string | null {
  if (d.grain === 'geen' || d.grain === 'doorlopend') {
    return d.start === null && d.end === null ? null : `een termijn '${d.grain}' heeft geen begin- of einddatum`;
  }
  if (d.start === null || d.end === null) return `een termijn '${d.grain}' heeft een begin- en einddatum nodig`;
  if (!isIsoDate(d.start) || !isIsoDate(d.end)) return 'begin- en einddatum moeten jjjj-mm-dd zijn';
  if (d.start > d.end) return 'de begindatum ligt na de einddatum';
  const [y, m] = [Number(d.start.slice(0, 4)), Number(d.start.slice(5, 7))];
  const expect = (s: Span) => (s.start === d.start && s.end === d.end ? null : `begin en einde passen niet bij een ${d.grain}`);
  switch (d.grain) {
    case 'datum':
      return d.start === d.end ? null : 'een datum begint en eindigt op dezelfde dag';
    case 'maand':
      return expect(monthSpan(y, m, m));
    case 'kwartaal':
      return m % 3 === 1 ? expect(monthSpan(y, m, m + 2)) : 'een kwartaal begint op 1 januari, april, juli of oktober';
    case 'halfjaar':
      return m === 1 || m === 7 ? expect(monthSpan(y, m, m + 5)) : 'een halfjaar begint op 1 januari of 1 juli';
    case 'jaar':
      return expect(monthSpan(y, 1, 12));
    default:
      return null;
  }
}

/** Where a deadline stands on `today` (jjjj-mm-dd): overdue only after the last day of its grain. */
export function deadlineState(d: Deadline, today: string): DeadlineState {
  if (d.grain === 'geen' || d.end === null) return d.grain === 'doorlopend' ? 'doorlopend' : 'geen';
  if (today > d.end) return 'verlopen';
  if (d.start !== null && today < d.start) return 'nog-niet-begonnen';
  return 'lopend';
}

/** True when the deadline has passed: the day after the end of its grain or later. */
export function isOverdue(d: Deadline, today: string): boolean {
  return deadlineState(d, today) === 'verlopen';
}

/** Made once: building an Intl.DateTimeFormat costs more than serving a cached answer (its key calls dutchDate per request). */
const DUTCH_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date (jjjj-mm-dd) of a Date in the Netherlands, for comparing with deadlines. */
export function dutchDate(at: Date): string {
  return DUTCH_DATE.format(at);
}

/** A short Dutch label: the original wording when there is one, otherwise built from the grain. */
export function formatDeadline(d: Deadline): string {
  if (d.wording) return d.wording;
  const nl = (s: string) => `${s.slice(8, 10)}-${s.slice(5, 7)}-${s.slice(0, 4)}`;
  const { start, end } = d;
  if (start === null || end === null) return d.grain === 'doorlopend' ? 'doorlopend' : '';
  const y = start.slice(0, 4);
  const m = Number(start.slice(5, 7));
  switch (d.grain) {
    case 'datum':
      return nl(start);
    case 'maand':
      return `${MONTH_NAMES[m - 1] ?? m} ${y}`;
    case 'kwartaal':
      return `Q${(m + 2) / 3} ${y}`;
    case 'halfjaar':
      return `H${m === 1 ? 1 : 2} ${y}`;
    case 'jaar':
      return y;
    default:
      return d.grain === 'keuze' ? `${nl(start)} of ${nl(end)}` : `${nl(start)} – ${nl(end)}`;
  }
}
