import { productFromCategory } from '../../domain/monitor/reasons';
import { detectSeparator, isEmptyRecord, readRecord } from './csv';
import { parseDutchDate } from './dates';
import { isDigits } from './digits';
import { clientPseudonym } from './pseudonym';
import { hashKey, SeenKeys } from './seen-keys';
import type { EpisodeInput, ImportIssue, ParseOutcome } from './types';

export const EPISODE_COLUMNS = ['client', 'gemeente', 'aanbieder', 'product', 'start', 'einde', 'reden_einde', 'pgb'] as const;

export function isEpisodeHeader(fields: readonly string[]): boolean {
  const names = new Set(fields.map((f) => f.trim().toLowerCase()));
  return EPISODE_COLUMNS.every((c) => names.has(c) || c === 'pgb');
}

// A Map, not an object literal: a value such as 'constructor' must not be found on a prototype.
const PGB = new Map<string, boolean>([
  ['ja', true],
  ['nee', false],
  ['j', true],
  ['n', false],
  ['1', true],
  ['0', false],
  ['true', true],
  ['false', false],
  ['', false],
]);

const NOT_A_DATE = 'is geen datum (jjjj-mm-dd of dd-mm-jjjj)';

/** Column positions in the file, in EPISODE_COLUMNS order (-1: absent, allowed for pgb only). */
type Columns = readonly [number, number, number, number, number, number, number, number];

export interface EpisodeScan {
  /** Episodes handed to the callback: valid, in the monitor, first of their natural key. */
  count: number;
  errors: ImportIssue[];
  /** Rows that are valid but outside the monitor, or repeat an earlier row. */
  skipped: ImportIssue[];
}

/**
 * Care episodes from CSV text, each valid one handed to `onEpisode` as soon as it is read (and
 * not kept here: a million long-lived objects cost more garbage collection than the reading).
 * Every row is checked; the caller stores nothing when `errors` is not empty. A BSN becomes a
 * pseudonym here and goes no further.
 *
 * The loop is flat: a line without a double quote (nearly all of them) is split in place with
 * indexOf into one reused array; a line with a quote goes through the RFC 4180 reader, which may
 * take several lines (quoted line breaks) and says how many, so row numbers stay the file's lines.
 */
export function scanEpisodesCsv(text: string, secret: string | undefined, onEpisode: (e: EpisodeInput) => void): EpisodeScan {
  const errors: ImportIssue[] = [];
  const skipped: ImportIssue[] = [];
  const n = text.length;
  const sep = detectSeparator(text);
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let head: string[] | null = null;
  while (pos < n && head === null) {
    const rec = readRecord(text, pos, sep);
    pos = rec.next;
    line += rec.lines;
    if (!isEmptyRecord(rec.fields)) head = rec.fields;
  }
  if (head === null) return { count: 0, errors: [{ row: 1, field: '(bestand)', reason: 'het bestand is leeg' }], skipped };
  const header = head.map((f) => f.trim().toLowerCase());
  const col = EPISODE_COLUMNS.map((c) => header.indexOf(c));
  EPISODE_COLUMNS.forEach((c, i) => {
    if (col[i] === -1 && c !== 'pgb') errors.push({ row: 1, field: c, reason: 'kolom ontbreekt in de kopregel' });
  });
  if (errors.length > 0) return { count: 0, errors, skipped };
  const cols = col as unknown as Columns;

  // Roughly 55 bytes a row: sizing the key table up front saves most of its growing.
  const seen = new SeenKeys(Math.ceil(n / 55));
  let count = 0;
  /** Check a row; hand it on unless it repeats an earlier key (then skipped, or an error when its facts differ). */
  const take = (f: readonly string[], width: number, row: number, recordStart: number) => {
    const e = checkRow(f, width, row, cols, secret, errors, skipped);
    if (!e) return;
    const [h1, h2] = hashKey(['c', e.client, e.gemeente, e.aanbieder, e.product, e.start], 124); // 124: '|', the key's separator
    for (let slot = seen.first(h1, h2); slot !== -1; slot = seen.next(slot, h1, h2)) {
      const earlier = rowAt(text, seen.recordStart(slot), sep, cols, secret);
      if (earlier?.key !== e.key) continue; // a hash collision, not the same episode
      const prevLine = seen.lineOf(slot);
      if (earlier.einde !== e.einde || earlier.redenEinde !== e.redenEinde || earlier.pgb !== e.pgb) {
        errors.push({ row, field: 'start', reason: `zelfde cliënt, gemeente, aanbieder, product en start als regel ${prevLine}, maar andere gegevens` });
      } else skipped.push({ row, field: '(regel)', reason: `herhaling van regel ${prevLine}` });
      return;
    }
    seen.add(h1, h2, recordStart, row);
    count += 1;
    onEpisode(e);
  };

  const buf: string[] = [];
  // The next quote and the next separator at or after the current position (n: none), cached so
  // that a file without quotes (or a line without separators) is not searched to its end per line.
  let nextQuote = -1;
  let nextSep = -1;
  while (pos < n) {
    const start = pos;
    const row = line;
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = n;
    if (nextQuote < pos) {
      nextQuote = text.indexOf('"', pos);
      if (nextQuote === -1) nextQuote = n;
    }
    if (nextQuote < eol) {
      const rec = readRecord(text, pos, sep);
      pos = rec.next;
      line += rec.lines;
      if (!isEmptyRecord(rec.fields)) take(rec.fields, rec.fields.length, row, start);
      continue;
    }
    pos = eol + 1;
    line += 1;
    let end = eol;
    if (end > start && text.charCodeAt(end - 1) === 13) end -= 1; // CRLF
    if (end === start) continue; // empty line
    let width = 0;
    let a = start;
    for (;;) {
      if (nextSep < a) {
        nextSep = text.indexOf(sep, a);
        if (nextSep === -1) nextSep = n;
      }
      if (nextSep >= end) {
        buf[width++] = text.slice(a, end);
        break;
      }
      buf[width++] = text.slice(a, nextSep);
      a = nextSep + 1;
    }
    take(buf, width, row, start);
  }
  return { count, errors, skipped };
}

/** All valid episodes of a file at once: for small files and tests; imports use scanEpisodesCsv. */
export function parseEpisodesCsv(text: string, secret: string | undefined): ParseOutcome<EpisodeInput> {
  const items: EpisodeInput[] = [];
  const { errors, skipped } = scanEpisodesCsv(text, secret, (e) => items.push(e));
  return { items, errors, skipped };
}

/** The episode of an earlier, valid record, read again from where it starts. */
function rowAt(text: string, recordStart: number, sep: string, cols: Columns, secret: string | undefined): EpisodeInput | null {
  const { fields } = readRecord(text, recordStart, sep);
  return checkRow(fields, fields.length, 0, cols, secret, [], []);
}

/** Field c of a row of `width` fields, trimmed; '' when the row is shorter. */
function field(f: readonly string[], width: number, c: number): string {
  return c >= 0 && c < width ? (f[c] ?? '').trim() : '';
}

/** The episode of one row, or null after adding why not to errors or skipped. */
function checkRow(f: readonly string[], width: number, row: number, cols: Columns, secret: string | undefined, errors: ImportIssue[], skipped: ImportIssue[]): EpisodeInput | null {
  const [cClient, cGemeente, cAanbieder, cProduct, cStart, cEinde, cReden, cPgb] = cols;
  const before = errors.length;
  const client = clientPseudonym(field(f, width, cClient), secret);
  if (!client.ok) errors.push({ row, field: 'client', reason: client.reason });
  const gemeenteRaw = field(f, width, cGemeente);
  const gemeente = isDigits(gemeenteRaw, 1, 4) ? gemeenteRaw.padStart(4, '0') : null;
  if (!gemeente) errors.push({ row, field: 'gemeente', reason: `'${gemeenteRaw}' is geen CBS-gemeentecode van 4 cijfers` });
  const aanbieder = field(f, width, cAanbieder);
  if (!aanbieder) errors.push({ row, field: 'aanbieder', reason: 'aanbieder ontbreekt' });
  const productRaw = field(f, width, cProduct);
  const product = productRaw === 'BW' || productRaw === 'MO' ? productRaw : productFromCategory(productRaw);
  const startRaw = field(f, width, cStart);
  const start = parseDutchDate(startRaw);
  if (!start) errors.push({ row, field: 'start', reason: `'${startRaw}' ${NOT_A_DATE}` });
  const eindeRaw = field(f, width, cEinde);
  const einde = eindeRaw === '' ? null : parseDutchDate(eindeRaw);
  if (eindeRaw !== '' && !einde) errors.push({ row, field: 'einde', reason: `'${eindeRaw}' ${NOT_A_DATE}` });
  if (start && einde && einde < start) errors.push({ row, field: 'einde', reason: 'einde ligt voor start' });
  const redenRaw = field(f, width, cReden);
  const reden = redenRaw === '' ? null : isDigits(redenRaw, 1, 2) ? redenRaw.padStart(2, '0') : undefined;
  if (reden === undefined) errors.push({ row, field: 'reden_einde', reason: `'${redenRaw}' is geen iWmo-reden (twee cijfers)` });
  if (einde && reden === null) errors.push({ row, field: 'reden_einde', reason: 'reden_einde ontbreekt terwijl er een einde is' });
  if (eindeRaw === '' && reden) errors.push({ row, field: 'reden_einde', reason: 'reden_einde zonder einde' });
  const pgbRaw = field(f, width, cPgb);
  const pgb = PGB.get(pgbRaw) ?? PGB.get(pgbRaw.toLowerCase());
  if (pgb === undefined) errors.push({ row, field: 'pgb', reason: `'${pgbRaw}' is geen ja of nee` });
  if (errors.length > before || !client.ok || !gemeente || !start || pgb === undefined || reden === undefined) return null;
  if (!product) {
    if (isDigits(productRaw, 1, 2)) skipped.push({ row, field: 'product', reason: `productcategorie ${productRaw} valt buiten de monitor (alleen 15 beschermd wonen en 16 opvang)` });
    else errors.push({ row, field: 'product', reason: `'${productRaw}' is geen BW, MO of iWmo-productcategorie` });
    return null;
  }
  const key = `c|${client.client}|${gemeente}|${aanbieder}|${product}|${start}`;
  return { key, client: client.client, gemeente, aanbieder, product, start, einde, redenEinde: reden, pgb, toewijzingNummer: null, bron: 'csv' };
}
