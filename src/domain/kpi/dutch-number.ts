/** A spreadsheet cell as the table readers give it (same shape as import/table's Cell). */
type Cell = string | number;

export type ParsedNumber =
  | { kind: 'empty' }
  /** "onbekend", "?", "n.b.": stored as unknown, never as 0. */
  | { kind: 'unknown' }
  | { kind: 'number'; value: number; percent: boolean }
  | { kind: 'invalid'; reason: string };

const THOUSANDS = /^-?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/; // 1.234 · 1.234,5
const PLAIN = /^-?\d+(?:,\d+)?$/; // 1234 · 12,5
const POINT_DECIMAL = /^-?\d+\.\d+$/; // 2.5: ambiguous in Dutch, refused

/**
 * A number as Dutch spreadsheets write it: "1.234,5", "12,5%", "€ 1.234,56", "−2,5". A dot groups
 * thousands and a comma starts the decimals; "2.5" (dot, not three digits) is refused rather than
 * guessed. A cell typed as a number in XLSX is taken as it is.
 */
export function parseDutchNumber(cell: Cell | undefined): ParsedNumber {
  if (cell === undefined) return { kind: 'empty' };
  if (typeof cell === 'number')
    return Number.isFinite(cell) ? { kind: 'number', value: cell, percent: false } : { kind: 'invalid', reason: 'geen getal' };
  const raw = cell.trim();
  if (raw === '') return { kind: 'empty' };
  const folded = raw.toLowerCase().replace(/[\s.]/g, '');
  if (['onbekend', '?', 'nb', 'onb', 'x'].includes(folded)) return { kind: 'unknown' };
  let s = raw
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/[−–]/g, '-')
    .replace(/^€|€$/g, '')
    .replace(/^\+/, '');
  const percent = s.endsWith('%');
  if (percent) s = s.slice(0, -1);
  if (THOUSANDS.test(s)) return { kind: 'number', value: Number(s.replace(/\./g, '').replace(',', '.')), percent };
  if (PLAIN.test(s)) return { kind: 'number', value: Number(s.replace(',', '.')), percent };
  if (POINT_DECIMAL.test(s))
    return {
      kind: 'invalid',
      reason: `'${raw}' is dubbelzinnig: schrijf decimalen met een komma (${s.replace('.', ',')}) en duizendtallen met een punt (1.234)`,
    };
  return { kind: 'invalid', reason: `'${raw}' is geen getal` };
}
