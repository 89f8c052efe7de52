/**
 * The nominal frequency a body's wording names, as meetings per year (min–max). Only plain
 * wordings are read; anything else gives null, and the wording stays as written (never guessed).
 *   "elke 4 maanden, 2 uur" → 3 · "4–10 keer per jaar" → 4–10 · "maandelijks" → 12 ·
 *   "wekelijks" → 52 · "twee keer per jaar" → 2 · "per kwartaal" → 4 · "tweemaandelijks" → 6
 */
export interface NominalFrequency {
  minPerYear: number;
  maxPerYear: number;
}

const NUMBER_WORDS: Record<string, number> = {
  een: 1,
  één: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
};
const NUM = `(\\d+|${Object.keys(NUMBER_WORDS).join('|')})`;

function toNumber(word: string): number | null {
  const n = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word];
  return n !== undefined && n > 0 ? n : null;
}

const range = (min: number, max = min): NominalFrequency => ({ minPerYear: min, maxPerYear: max });

export function parseFrequency(text: string | null | undefined): NominalFrequency | null {
  if (!text) return null;
  const s = text.toLowerCase().replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();
  let m = new RegExp(`${NUM} ?(?:-|tot|à) ?${NUM} (?:keer|maal|x) per jaar`).exec(s);
  if (m?.[1] && m[2]) {
    const a = toNumber(m[1]);
    const b = toNumber(m[2]);
    if (a !== null && b !== null) return range(Math.min(a, b), Math.max(a, b));
  }
  m = new RegExp(`${NUM} ?(?:keer|maal|x) per jaar`).exec(s);
  if (m?.[1]) {
    const a = toNumber(m[1]);
    if (a !== null) return range(a);
  }
  if (/\bjaarlijks\b|\b(?:een|één|1) ?keer per jaar\b/.test(s)) return range(1);
  m = new RegExp(`(?:elke|iedere|om de) ${NUM} maanden`).exec(s);
  if (m?.[1]) {
    const a = toNumber(m[1]);
    if (a !== null && 12 % a === 0) return range(12 / a);
  }
  m = new RegExp(`(?:elke|iedere|om de) ${NUM} weken`).exec(s);
  if (m?.[1]) {
    const a = toNumber(m[1]);
    if (a !== null) return range(Math.round(52 / a));
  }
  if (/\b(?:tweemaandelijks|twee-maandelijks)\b/.test(s)) return range(6);
  if (/\b(?:driemaandelijks|per kwartaal|elk kwartaal|ieder kwartaal|kwartaallijks)\b/.test(s)) return range(4);
  if (/\b(?:halfjaarlijks|elk half jaar|ieder half jaar)\b/.test(s)) return range(2);
  if (/\b(?:maandelijks|elke maand|iedere maand)\b/.test(s)) return range(12);
  if (/\b(?:tweewekelijks|om de week)\b/.test(s)) return range(26);
  if (/\b(?:wekelijks|elke week|iedere week)\b/.test(s)) return range(52);
  return null;
}

/** "3 keer per jaar" / "4–10 keer per jaar" for a nominal frequency. */
export function describeFrequency(f: NominalFrequency): string {
  return f.minPerYear === f.maxPerYear ? `${f.minPerYear} keer per jaar` : `${f.minPerYear}–${f.maxPerYear} keer per jaar`;
}

/**
 * The date a body's wording says it starts meeting ("wekelijks, vanaf 1-7-2022", "vanaf 2023"),
 * as an ISO date (a bare year: 1 January), or null.
 */
export function parseStart(text: string | null | undefined): string | null {
  const m = /vanaf (?:(\d{1,2})-(\d{1,2})-)?(\d{4})\b/.exec(text?.toLowerCase() ?? '');
  if (!m?.[3]) return null;
  const pad = (v: string | undefined) => (v ?? '1').padStart(2, '0');
  return `${m[3]}-${pad(m[2])}-${pad(m[1])}`;
}
