import { createHmac } from 'node:crypto';

/** Elfproef for a BSN: 9 digits, Σ digit·weight (9..2, last −1) divisible by 11, not all zeros. */
export function isValidBsn(s: string): boolean {
  if (!/^\d{9}$/.test(s) || s === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += Number(s[i]) * (9 - i);
  sum -= Number(s[8]);
  return sum % 11 === 0;
}

/** A keyed pseudonym (HMAC-SHA256): the same BSN gives the same pseudonym with the same secret only. */
export function pseudonymise(bsn: string, secret: string): string {
  return `h:${createHmac('sha256', secret).update(bsn).digest('hex').slice(0, 32)}`;
}

export type ClientResult = { ok: true; client: string } | { ok: false; reason: string };

/**
 * What a client value is once its form is taken away:
 * - `bsn`: a BSN (9 digits that pass the elfproef), in its one canonical form;
 * - `refused`: it looks like a BSN but is not a valid one, or its form is ambiguous;
 * - `other`: not a BSN in any form (a pseudonym or client number, kept as written).
 */
export type BsnForm = { kind: 'bsn'; bsn: string } | { kind: 'refused'; reason: string } | { kind: 'other' };

/**
 * Separators a BSN is written with: white space of any kind, dots (and the middle dot), dashes of
 * any kind, invisible format characters (zero-width space, soft hyphen, BOM) and a spreadsheet's
 * leading apostrophe. Within printable ASCII these are exactly space . - and ' (see isPlainPseudonym).
 */
const SEPARATORS = /[\s.\u00b7\p{Pd}\p{Cf}']/gu;
/** A written-out prefix: "BSN", "bsn:", "BSN-nr", "burgerservicenummer" (after the separators are gone). */
const PREFIX = /^(?:bsn|burgerservicenummer)(?:nr|nummer)?[:#=]?/i;
const ALL_DIGITS = /^\p{Nd}+$/u;
const ASCII_DIGITS = /^[0-9]+$/;

const NOT_ELFPROEF = 'lijkt een BSN maar voldoet niet aan de elfproef';

/**
 * Classify a client value. The value is normalised first: Unicode NFKC (full-width and other
 * compatibility digits become 0–9), separators removed, a "BSN" prefix removed, leading zeros
 * beyond nine digits removed (a 10-digit value with a leading zero). Then:
 * - 8 or 9 digits: a BSN (8 digits lost a leading zero in a spreadsheet) when it passes the
 *   elfproef, refused when it does not;
 * - a prefix ("BSN…") with anything but a valid BSN after it: refused;
 * - digits of another script that NFKC does not map: refused when there are 8 or more;
 * - anything else: not a BSN.
 * A value that passes the elfproef after normalisation is therefore always treated as a BSN.
 * No reason ever contains the value.
 */
export function bsnForm(raw: string): BsnForm {
  const compact = raw.normalize('NFKC').replace(SEPARATORS, '');
  const prefix = PREFIX.exec(compact);
  const digits = prefix ? compact.slice(prefix[0].length) : compact;
  if (!ALL_DIGITS.test(digits)) {
    return prefix ? { kind: 'refused', reason: 'begint met "BSN" maar daarna volgt geen BSN van 9 cijfers' } : { kind: 'other' };
  }
  if (!ASCII_DIGITS.test(digits)) {
    return prefix || digits.length >= 8
      ? { kind: 'refused', reason: 'lijkt een BSN maar is in andere cijfers dan 0–9 geschreven' }
      : { kind: 'other' };
  }
  let d = digits;
  while (d.length > 9 && d.startsWith('0')) d = d.slice(1);
  if (d.length === 8 || d.length === 9) {
    const bsn = d.padStart(9, '0');
    return isValidBsn(bsn) ? { kind: 'bsn', bsn } : { kind: 'refused', reason: NOT_ELFPROEF };
  }
  if (prefix) return { kind: 'refused', reason: 'begint met "BSN" maar het getal heeft geen 9 cijfers' };
  return { kind: 'other' };
}

/**
 * True when a client value of printable ASCII bytes (32–126, no quote or backslash: the episode
 * scan's plain lines) is certainly `other` for bsnForm, checked on the bytes: without the ASCII
 * separators (space . - ') it neither starts with "bsn" or "bur" in any case (a possible prefix)
 * nor is all digits with 8 or more of them. It says false for some values bsnForm would keep
 * (e.g. "Burgers1"); those take the general path, which decides. NFKC leaves printable ASCII as it is.
 */
export function isPlainPseudonym(b: Uint8Array, start: number, end: number): boolean {
  let digits = 0;
  let others = 0;
  let head = 0; // the first three non-separator bytes, lower-cased, as a base-256 number
  for (let i = start; i < end; i += 1) {
    const c = b[i] ?? 0;
    if (c === 32 || c === 46 || c === 45 || c === 39) continue;
    if (digits + others < 3) head = head * 256 + (c | 32);
    if (c >= 48 && c <= 57) digits += 1;
    else others += 1;
  }
  if (head === BSN || head === BUR) return false;
  return others > 0 || digits < 8;
}
const BSN = (98 * 256 + 115) * 256 + 110;
const BUR = (98 * 256 + 117) * 256 + 114;

/**
 * A client column holds a pseudonym or a BSN in any form (see bsnForm). A BSN is replaced by its
 * keyed pseudonym at once (the same pseudonym for every form of the same number); a value that
 * looks like a BSN but is not a valid one is refused. The BSN itself is never returned, stored or
 * put in a message.
 */
export function clientPseudonym(raw: string, secret: string | undefined): ClientResult {
  const v = raw.trim();
  if (v === '') return { ok: false, reason: 'cliënt ontbreekt' };
  const form = bsnForm(v);
  if (form.kind === 'refused') return { ok: false, reason: form.reason };
  if (form.kind === 'bsn') {
    if (!secret)
      return { ok: false, reason: 'BSN aangeleverd maar er is geen pseudonimiseringssleutel ingesteld (REGIETAFEL_PSEUDONYM_SECRET)' };
    return { ok: true, client: pseudonymise(form.bsn, secret) };
  }
  if (v.length > 200) return { ok: false, reason: 'pseudoniem is langer dan 200 tekens' };
  return { ok: true, client: v };
}

/**
 * A value for a message, quoted, unless it is a BSN in some form (a column mix-up can put a BSN
 * in any column) or says "BSN": then only that it was left out. (A number that fails the
 * elfproef is no BSN and may be shown, e.g. a wrong date 2024-02-30.)
 */
export function quoted(raw: string): string {
  return bsnForm(raw).kind === 'bsn' || /bsn/i.test(raw.normalize('NFKC')) ? '(waarde niet getoond: lijkt een BSN)' : `'${raw}'`;
}
