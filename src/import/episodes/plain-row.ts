import { isIsoDayAt } from './dates';
import { isPlainPseudonym } from './pseudonym';
import type { EpisodeInput, PlainEpisode } from '../../domain/monitor/episode-input';

/**
 * The fast path of the episode scan: a line of printable ASCII without quotes or backslashes
 * (nearly every line of a real file) is checked on its bytes, without a string per field.
 * It only ever says yes for a row the general path (checkRow) would accept as it is; for
 * anything else (an error, a skip, a BSN to pseudonymise, a date in another form) it says no and
 * the line goes through the general path, so every message and every result stays that path's.
 * Whitespace in such a line can only be a space, so trimming means skipping spaces.
 */

/** Field positions of a split line: starts and ends of its first fields (up to the last column read). */
export interface SplitLine {
  starts: Int32Array;
  ends: Int32Array;
  /** How many fields the line has (may be more than were recorded). */
  width: number;
}

/** Column positions in the file, in EPISODE_COLUMNS order (-1: absent). */
type Columns = readonly number[];

const SPACE = 32;

/** Fill `p` from a plain line and say true, or false when the line needs the general path. */
export function readPlainRow(b: Uint8Array, line: SplitLine, cols: Columns, p: PlainEpisode): boolean {
  const [cClient = -1, cGemeente = -1, cAanbieder = -1, cProduct = -1, cStart = -1, cEinde = -1, cReden = -1, cPgb = -1] = cols;
  // client: a pseudonym of 1–200 characters; anything that may be a BSN in some form takes the general path.
  if (!trimmed(b, line, cClient)) return false;
  const client = fieldStart;
  const clientEnd = fieldEnd;
  const clientLength = clientEnd - client;
  if (clientLength === 0 || clientLength > 200 || !isPlainPseudonym(b, client, clientEnd)) return false;
  trimmed(b, line, cGemeente);
  const gemeente = fieldStart;
  const gemeenteEnd = fieldEnd;
  if (gemeenteEnd - gemeente < 1 || gemeenteEnd - gemeente > 4 || !allDigits(b, gemeente, gemeenteEnd)) return false;
  trimmed(b, line, cAanbieder);
  const aanbieder = fieldStart;
  const aanbiederEnd = fieldEnd;
  if (aanbiederEnd === aanbieder) return false;
  trimmed(b, line, cProduct);
  let product: 'BW' | 'MO';
  if (lowerIs(b, fieldStart, fieldEnd, 'bw') || lowerIs(b, fieldStart, fieldEnd, '15')) product = 'BW';
  else if (lowerIs(b, fieldStart, fieldEnd, 'mo') || lowerIs(b, fieldStart, fieldEnd, '16')) product = 'MO';
  else return false;
  trimmed(b, line, cStart);
  const start = fieldStart;
  if (fieldEnd - start !== 10 || !isIsoDayAt(b, start)) return false;
  trimmed(b, line, cEinde);
  let einde = -1;
  if (fieldEnd > fieldStart) {
    einde = fieldStart;
    if (fieldEnd - einde !== 10 || !isIsoDayAt(b, einde) || compare10(b, einde, start) < 0) return false;
  }
  trimmed(b, line, cReden);
  const reden = fieldStart;
  const redenEnd = fieldEnd;
  if (redenEnd - reden > 2 || !allDigits(b, reden, redenEnd) || (einde === -1) !== (redenEnd === reden)) return false;
  trimmed(b, line, cPgb);
  const pgb = pgbValue(b, fieldStart, fieldEnd);
  if (pgb === undefined) return false;
  p.src = b;
  p.client = client;
  p.clientEnd = clientEnd;
  p.gemeente = gemeente;
  p.gemeenteEnd = gemeenteEnd;
  p.aanbieder = aanbieder;
  p.aanbiederEnd = aanbiederEnd;
  p.product = product;
  p.start = start;
  p.einde = einde;
  p.reden = reden;
  p.redenEnd = redenEnd;
  p.pgb = pgb;
  return true;
}

// The range of the last trimmed field (module state, so that a field costs no object).
let fieldStart = 0;
let fieldEnd = 0;

/** Set fieldStart/fieldEnd to column c of the line without surrounding spaces (empty when absent); false when empty. */
function trimmed(b: Uint8Array, line: SplitLine, c: number): boolean {
  if (c < 0 || c >= line.width) {
    fieldStart = fieldEnd = 0;
    return false;
  }
  let s = line.starts[c] ?? 0;
  let e = line.ends[c] ?? 0;
  while (s < e && b[s] === SPACE) s += 1;
  while (e > s && b[e - 1] === SPACE) e -= 1;
  fieldStart = s;
  fieldEnd = e;
  return e > s;
}

function allDigits(b: Uint8Array, s: number, e: number): boolean {
  for (let i = s; i < e; i += 1) {
    const c = b[i] ?? 0;
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** -1, 0 or 1 as the 10 bytes at x compare with those at y. */
function compare10(b: Uint8Array, x: number, y: number): number {
  for (let i = 0; i < 10; i += 1) {
    const d = (b[x + i] ?? 0) - (b[y + i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** The pgb values of checkRow (ja/nee, j/n, 1/0, true/false in any case, empty: nee); undefined for anything else. */
function pgbValue(b: Uint8Array, s: number, e: number): boolean | undefined {
  if (e === s) return false;
  if (lowerIs(b, s, e, 'ja') || lowerIs(b, s, e, 'j') || lowerIs(b, s, e, '1') || lowerIs(b, s, e, 'true')) return true;
  if (lowerIs(b, s, e, 'nee') || lowerIs(b, s, e, 'n') || lowerIs(b, s, e, '0') || lowerIs(b, s, e, 'false')) return false;
  return undefined;
}

/**
 * True when the bytes are `word` (lower-case letters and digits) in any case. Setting bit 32
 * lower-cases a letter and keeps a digit; of printable ASCII only the two cases of a letter
 * end up as that letter, so nothing else matches.
 */
function lowerIs(b: Uint8Array, s: number, e: number, word: string): boolean {
  if (e - s !== word.length) return false;
  for (let i = 0; i < word.length; i += 1) if (((b[s + i] ?? 0) | 32) !== word.charCodeAt(i)) return false;
  return true;
}

/**
 * The hash of the episode's natural key `c|client|gemeente|aanbieder|product|start`, equal to
 * hashKey over the same parts (see seen-keys.ts), computed on the bytes.
 */
export function hashPlainKey(p: PlainEpisode): [number, number] {
  const b = p.src;
  ha = 0x811c9dc5;
  hb = 0x9e3779b9;
  mix(99); // 'c'
  mix(124); // '|'
  mixRange(b, p.client, p.clientEnd);
  mix(124);
  for (let k = p.gemeenteEnd - p.gemeente; k < 4; k += 1) mix(48); // leading zeros
  mixRange(b, p.gemeente, p.gemeenteEnd);
  mix(124);
  mixRange(b, p.aanbieder, p.aanbiederEnd);
  mix(124);
  mix(p.product.charCodeAt(0));
  mix(p.product.charCodeAt(1));
  mix(124);
  mixRange(b, p.start, p.start + 10);
  return [ha, hb];
}

// The two halves of the hash being computed (module state: an inner function would be a closure per call).
let ha = 0;
let hb = 0;

/** One character more, the steps of hashKey. */
function mix(c: number): void {
  ha = Math.imul(ha ^ c, 0x01000193);
  hb = Math.imul(hb ^ c, 0x5bd1e995);
  hb ^= hb >>> 15;
}

function mixRange(b: Uint8Array, s: number, e: number): void {
  for (let i = s; i < e; i += 1) mix(b[i] ?? 0);
}

/** The episode of a plain row as strings: for callers that want EpisodeInput objects (tests, small files). */
export function plainToEpisode(p: PlainEpisode): EpisodeInput {
  const text = (s: number, e: number) => String.fromCharCode(...p.src.subarray(s, e));
  const client = text(p.client, p.clientEnd);
  const gemeente = text(p.gemeente, p.gemeenteEnd).padStart(4, '0');
  const aanbieder = text(p.aanbieder, p.aanbiederEnd);
  const start = text(p.start, p.start + 10);
  return {
    key: `c|${client}|${gemeente}|${aanbieder}|${p.product}|${start}`,
    client,
    gemeente,
    aanbieder,
    product: p.product,
    start,
    einde: p.einde === -1 ? null : text(p.einde, p.einde + 10),
    redenEinde: p.reden === p.redenEnd ? null : text(p.reden, p.redenEnd).padStart(2, '0'),
    pgb: p.pgb,
    toewijzingNummer: null,
    bron: 'csv',
  };
}
