import fc from 'fast-check';

/**
 * BSNs and the forms people write them in (issue 25): with dots, spaces or dashes, with a leading
 * zero (10 digits), without it (8 digits), in full-width or other compatibility digits, with a
 * "BSN" prefix, with invisible or unusual separators. Written independently of the parser.
 */

/** The elfproef, written out again for the tests. */
export function elfproef(nine: string): boolean {
  if (!/^[0-9]{9}$/.test(nine) || nine === '000000000') return false;
  const d = [...nine].map(Number);
  const sum = d.slice(0, 8).reduce((s, x, i) => s + x * (9 - i), 0) - (d[8] ?? 0);
  return sum % 11 === 0;
}

/** A valid BSN: eight digits and the one check digit that makes the sum divisible by 11. */
export const validBsn = (opts: { leadingZero?: boolean } = {}) =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
    .map((d) => {
      if (opts.leadingZero === true) d[0] = 0;
      if (opts.leadingZero === false && d[0] === 0) d[0] = 1;
      const sum = d.reduce((s, x, i) => s + x * (9 - i), 0);
      return `${d.join('')}${sum % 11}`;
    })
    .filter((s) => s.length === 9 && elfproef(s));

/** Nine digits that fail the elfproef (and are not all zeros). */
export const invalidBsn = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 })
  .map((d) => d.join(''))
  .filter((s) => s !== '000000000' && !s.startsWith('0') && !elfproef(s));

const SEPARATORS = ['.', ' ', '-', '\u00a0', '\u2009', '\u202f', '\u2013', '\u2011', '\u200b', '\u00ad', '\u3000', '\uff0e', '\uff0d'];
const PREFIXES = ['BSN', 'bsn', 'BSN ', 'BSN: ', 'bsn:', 'BSN-nr ', 'Bsn#', 'burgerservicenummer ', 'ＢＳＮ'];
const GROUPINGS: number[][] = [[9], [3, 3, 3], [4, 2, 3], [2, 3, 4], [3, 2, 2, 2], [1, 8], [4, 5]];
/** Digit sets that Unicode NFKC maps to 0–9: full-width, mathematical bold, double-struck, monospace, circled digits are not (skipped). */
const DIGIT_ZEROS = [0x30, 0xff10, 0x1d7ce, 0x1d7d8, 0x1d7f6];

export interface BsnWriting {
  grouping: number[];
  separator: string;
  prefix: string;
  zeros: number;
  digits: number;
  padding: [string, string];
}

export const bsnWriting: fc.Arbitrary<BsnWriting> = fc.record({
  grouping: fc.constantFrom(...GROUPINGS),
  separator: fc.constantFrom(...SEPARATORS),
  prefix: fc.oneof(fc.constant(''), fc.constantFrom(...PREFIXES)),
  zeros: fc.constantFrom(0, 0, 1),
  digits: fc.constantFrom(...DIGIT_ZEROS),
  padding: fc.tuple(fc.constantFrom('', ' ', '  '), fc.constantFrom('', ' ', '\t')),
});

/** Write a 9-digit number in a form: a leading zero (10 digits), other digits, groups with a separator, a prefix. */
export function writeBsn(nine: string, w: BsnWriting): string {
  const value = '0'.repeat(w.zeros) + nine;
  const groups: string[] = [];
  let at = 0;
  // The grouping is for 9 digits; a 10th (leading zero) joins the first group.
  w.grouping.forEach((len, i) => {
    const take = i === 0 ? len + (value.length - 9) : len;
    groups.push(value.slice(at, at + take));
    at += take;
  });
  const written = groups.map((g) => [...g].map((ch) => String.fromCodePoint(w.digits + Number(ch))).join('')).join(w.separator);
  return `${w.padding[0]}${w.prefix}${written}${w.padding[1]}`;
}

/** A valid BSN with a random form: [the BSN, how it is written]. */
export const writtenBsn = fc.tuple(validBsn({ leadingZero: false }), bsnWriting).map(([bsn, w]) => ({ bsn, written: writeBsn(bsn, w) }));
/** An 8-digit form: a BSN whose leading zero a spreadsheet dropped. */
export const eightDigitBsn = validBsn({ leadingZero: true }).map((bsn) => ({ bsn, written: bsn.slice(1) }));
/** A number that looks like a BSN but fails the elfproef, in a random form. */
export const writtenInvalidBsn = fc.tuple(invalidBsn, bsnWriting).map(([bsn, w]) => ({ bsn, written: writeBsn(bsn, w) }));

/** True when `text` holds the BSN: its nine digits, or the written form, also after NFKC. */
export function containsBsn(text: string, bsn: string, written?: string): boolean {
  const n = text.normalize('NFKC');
  if (text.includes(bsn) || n.includes(bsn)) return true;
  if (written !== undefined && written.trim().length > 0 && (text.includes(written.trim()) || n.includes(written.trim().normalize('NFKC'))))
    return true;
  return false;
}
