import { productFromCategory } from '../../domain/monitor/reasons';
import { isEmptyRecord, readRecord } from './csv';
import { parseDutchDate } from './dates';
import { isDigits } from './digits';
import { hashPlainKey, plainToEpisode, readPlainRow, type SplitLine } from './plain-row';
import { clientPseudonym, quoted } from './pseudonym';
import { hashKey, SeenKeys } from './seen-keys';
import type { EpisodeInput, EpisodeSink, ParseOutcome, PlainEpisode } from '../../domain/monitor/episode-input';
import type { ImportIssue } from '../../domain/monitor/responses';

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
/** The database cannot store a NUL (byte 0) in text; the other fields reject it by their own checks. */
const NUL_CHARACTER = 'bevat een NUL-teken (byte 0), dat niet kan worden opgeslagen';

/** Column positions in the file, in EPISODE_COLUMNS order (-1: absent, allowed for pgb only). */
type Columns = readonly [number, number, number, number, number, number, number, number];

export interface EpisodeScan {
  /** Episodes handed to the sink: valid, in the monitor, first of their natural key. */
  count: number;
  errors: ImportIssue[];
  /** Rows that are valid but outside the monitor, or repeat an earlier row. */
  skipped: ImportIssue[];
}

/** A sink for callers that want every episode as an object. */
function callbackSink(onEpisode: (e: EpisodeInput) => void): EpisodeSink {
  return { add: onEpisode, addPlain: (p) => onEpisode(plainToEpisode(p)) };
}

/**
 * Care episodes from CSV (UTF-8 bytes, or text), each valid one handed to the sink as soon as it
 * is read (and not kept here: a million long-lived objects cost more garbage collection than the
 * reading). Every row is checked; the caller stores nothing when `errors` is not empty. A BSN
 * becomes a pseudonym here and goes no further. See EpisodeCsvScan.
 */
export function scanEpisodesCsv(
  input: string | Uint8Array,
  secret: string | undefined,
  sink: EpisodeSink | ((e: EpisodeInput) => void),
): EpisodeScan {
  const scan = new EpisodeCsvScan(typeof input === 'string' ? Buffer.from(input, 'utf8') : input, secret);
  scan.step(Infinity, typeof sink === 'function' ? callbackSink(sink) : sink);
  return scan.result();
}

/** All valid episodes of a file at once: for small files and tests; imports use EpisodeCsvScan. */
export function parseEpisodesCsv(text: string, secret: string | undefined): ParseOutcome<EpisodeInput> {
  const items: EpisodeInput[] = [];
  const { errors, skipped } = scanEpisodesCsv(text, secret, (e) => items.push(e));
  return { items, errors, skipped };
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const BACKSLASH = 92;

/**
 * The check of one episode file, in steps, so that a caller can hand on what is ready (e.g. COPY
 * chunks to a database server) while the rest is still being read. The header is read by the
 * constructor: when it is missing or lacks a column, `errors` says so and there are no steps.
 *
 * The loop is flat and works on the file's bytes. A line of printable ASCII without quotes or
 * backslashes (nearly all of them) is split in place and checked on its bytes (readPlainRow); a
 * valid one goes to the sink as byte ranges. Every other line, and every plain line that is not
 * plainly valid, is decoded and goes through the general path: the RFC 4180 reader for a line
 * with a quote (it may take several lines and says how many, so row numbers stay the file's
 * lines), a split for the rest, then checkRow. Lines end at a line feed, which is never part of a
 * longer UTF-8 sequence, so decoding a line gives what decoding the whole file would.
 */
export class EpisodeCsvScan {
  readonly errors: ImportIssue[] = [];
  readonly skipped: ImportIssue[] = [];
  /** Episodes handed to the sink so far. */
  count = 0;
  private readonly buf: Buffer;
  private readonly n: number;
  private readonly sep: number;
  private readonly cols: Columns = [-1, -1, -1, -1, -1, -1, -1, -1];
  private pos: number;
  private line = 1;
  private readonly seen: SeenKeys;
  private readonly split: SplitLine;
  private readonly plain: PlainEpisode = {
    src: new Uint8Array(0),
    client: 0,
    clientEnd: 0,
    gemeente: 0,
    gemeenteEnd: 0,
    aanbieder: 0,
    aanbiederEnd: 0,
    product: 'BW',
    start: 0,
    einde: -1,
    reden: 0,
    redenEnd: 0,
    pgb: false,
  };
  // The next quote at or after the current position (n: none), cached so that a file without quotes is not searched to its end per line.
  private nextQuote = -1;

  private sink: EpisodeSink = { add: () => undefined, addPlain: () => undefined };

  constructor(
    input: Uint8Array,
    private readonly secret: string | undefined,
  ) {
    this.buf = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    // Offsets are kept in 31 bits (SeenKeys); a file this large could not be read as text either.
    if (this.buf.length >= 2 ** 31) throw new Error('het bestand is te groot (2 GB of meer)');
    const b = this.buf;
    this.n = b.length;
    this.pos = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
    this.sep = separatorOf(b);
    this.seen = new SeenKeys(0);
    this.split = { starts: new Int32Array(0), ends: new Int32Array(0), width: 0 };
    let head: string[] | null = null;
    while (this.pos < this.n && head === null) {
      const rec = this.recordAt(this.pos);
      this.pos = rec.next;
      this.line += rec.lines;
      if (!isEmptyRecord(rec.fields)) head = rec.fields;
    }
    if (head === null) {
      this.errors.push({ row: 1, field: '(bestand)', reason: 'het bestand is leeg' });
      this.pos = this.n;
      return;
    }
    const header = head.map((f) => f.trim().toLowerCase());
    const col = EPISODE_COLUMNS.map((c) => header.indexOf(c));
    EPISODE_COLUMNS.forEach((c, i) => {
      if (col[i] === -1 && c !== 'pgb') this.errors.push({ row: 1, field: c, reason: 'kolom ontbreekt in de kopregel' });
    });
    if (this.errors.length > 0) {
      this.pos = this.n;
      return;
    }
    this.cols = col as unknown as Columns;
    const recorded = Math.max(...col) + 1;
    this.split = { starts: new Int32Array(recorded), ends: new Int32Array(recorded), width: 0 };
    // Roughly 55 bytes a row: sizing the key table up front saves most of its growing.
    this.seen = new SeenKeys(Math.ceil(this.n / 55));
  }

  /** True when every row has been read (or the header ended the scan). */
  get done(): boolean {
    return this.pos >= this.n;
  }

  /** How many bytes of the file are left to read. */
  get bytesLeft(): number {
    return Math.max(0, this.n - this.pos);
  }

  /** The result so far; after the last step, the file's. */
  result(): EpisodeScan {
    return { count: this.count, errors: this.errors, skipped: this.skipped };
  }

  /** At most how many episodes the rest of the file holds: its lines. */
  rowsAtMost(): number {
    let lines = 0;
    for (let i = this.buf.indexOf(LF, this.pos); i !== -1; i = this.buf.indexOf(LF, i + 1)) lines += 1;
    return this.done ? 0 : lines + 1;
  }

  /** Check the rows of (at least) the next `bytes` bytes of the file, or up to its end; valid episodes go to the sink. */
  step(bytes: number, sink: EpisodeSink): void {
    this.sink = sink;
    const b = this.buf;
    const n = this.n;
    const sep = this.sep;
    const split = this.split;
    const starts = split.starts;
    const ends = split.ends;
    const recorded = starts.length;
    const until = Math.min(n, this.pos + bytes);
    let pos = this.pos;
    while (pos < until) {
      const start = pos;
      const row = this.line;
      let eol = b.indexOf(LF, pos);
      if (eol === -1) eol = n;
      if (this.nextQuote < pos) {
        this.nextQuote = b.indexOf(QUOTE, pos);
        if (this.nextQuote === -1) this.nextQuote = n;
      }
      if (this.nextQuote < eol) {
        const rec = this.recordAt(pos);
        pos = rec.next;
        this.line += rec.lines;
        if (!isEmptyRecord(rec.fields)) this.take(rec.fields, rec.fields.length, row, start);
        continue;
      }
      pos = eol + 1;
      this.line += 1;
      let end = eol;
      if (end > start && b[end - 1] === CR) end -= 1;
      if (end === start) continue; // empty line
      // Split at the separators; the line is plain when every byte is printable ASCII but a backslash.
      let width = 0;
      let a = start;
      let plain = true;
      for (let i = start; i < end; i += 1) {
        const c = b[i] ?? 0;
        if (c === sep) {
          if (width < recorded) {
            starts[width] = a;
            ends[width] = i;
          }
          width += 1;
          a = i + 1;
        } else if (c < 32 || c > 126 || c === BACKSLASH) plain = false;
      }
      if (width < recorded) {
        starts[width] = a;
        ends[width] = end;
      }
      split.width = width + 1;
      if (plain && readPlainRow(b, split, this.cols, this.plain)) {
        const [h1, h2] = hashPlainKey(this.plain);
        if (this.seen.first(h1, h2) === -1) {
          this.seen.add(h1, h2, start, row);
          this.count += 1;
          this.sink.addPlain(this.plain);
          continue;
        }
        // A key seen before (or a hash collision): the general path compares the rows.
      }
      const fields = b.toString('utf8', start, end).split(String.fromCharCode(sep));
      this.take(fields, fields.length, row, start);
    }
    this.pos = pos;
  }

  /** Check a row; hand it on unless it repeats an earlier key (then skipped, or an error when its facts differ). */
  private take(f: readonly string[], width: number, row: number, recordStart: number): void {
    const e = checkRow(f, width, row, this.cols, this.secret, this.errors, this.skipped);
    if (!e) return;
    const [h1, h2] = hashKey(['c', e.client, e.gemeente, e.aanbieder, e.product, e.start], 124); // 124: '|', the key's separator
    for (let slot = this.seen.first(h1, h2); slot !== -1; slot = this.seen.next(slot, h1, h2)) {
      const { fields } = this.recordAt(this.seen.recordStart(slot));
      const earlier = checkRow(fields, fields.length, 0, this.cols, this.secret, [], []);
      if (earlier?.key !== e.key) continue; // a hash collision, not the same episode
      const prevLine = this.seen.lineOf(slot);
      if (earlier.einde !== e.einde || earlier.redenEinde !== e.redenEinde || earlier.pgb !== e.pgb) {
        this.errors.push({
          row,
          field: 'start',
          reason: `zelfde cliënt, gemeente, aanbieder, product en start als regel ${prevLine}, maar andere gegevens`,
        });
      } else this.skipped.push({ row, field: '(regel)', reason: `herhaling van regel ${prevLine}` });
      return;
    }
    this.seen.add(h1, h2, recordStart, row);
    this.count += 1;
    this.sink.add(e);
  }

  /**
   * The record that starts at byte `from`, read by the RFC 4180 reader: first its end is found
   * on the bytes (the reader's own steps: quotes, separators and line feeds are single bytes in
   * UTF-8), then that stretch is decoded and read.
   */
  private recordAt(from: number): { fields: string[]; next: number; lines: number } {
    const next = recordEnd(this.buf, from, this.sep);
    const { fields, lines } = readRecord(this.buf.toString('utf8', from, Math.min(next, this.n)), 0, String.fromCharCode(this.sep));
    return { fields, next, lines };
  }
}

/** ';' when the first line has more semicolons than commas (detectSeparator, on bytes). */
function separatorOf(b: Uint8Array): number {
  let semicolons = 0;
  let commas = 0;
  for (let i = 0; i < b.length && b[i] !== LF; i += 1) {
    if (b[i] === 59) semicolons += 1;
    else if (b[i] === 44) commas += 1;
  }
  return semicolons > commas ? 59 : 44;
}

/** Where readRecord(text, from, sep) would continue (its `next`), found on the bytes. */
function recordEnd(b: Uint8Array, from: number, sep: number): number {
  const n = b.length;
  let i = from;
  for (;;) {
    if (b[i] === QUOTE) {
      i += 1;
      for (;;) {
        const q = b.indexOf(QUOTE, i);
        if (q === -1) {
          i = n;
          break;
        }
        i = q + 1;
        if (b[i] === QUOTE) i += 1;
        else break;
      }
    }
    while (i < n && b[i] !== sep && b[i] !== LF) i += 1;
    if (i >= n || b[i] === LF) return i + 1;
    i += 1; // separator
  }
}

/** Field c of a row of `width` fields, trimmed; '' when the row is shorter. */
function field(f: readonly string[], width: number, c: number): string {
  return c >= 0 && c < width ? (f[c] ?? '').trim() : '';
}

/** The episode of one row, or null after adding why not to errors or skipped. */
function checkRow(
  f: readonly string[],
  width: number,
  row: number,
  cols: Columns,
  secret: string | undefined,
  errors: ImportIssue[],
  skipped: ImportIssue[],
): EpisodeInput | null {
  const [cClient, cGemeente, cAanbieder, cProduct, cStart, cEinde, cReden, cPgb] = cols;
  const before = errors.length;
  const client = clientPseudonym(field(f, width, cClient), secret);
  if (!client.ok) errors.push({ row, field: 'client', reason: client.reason });
  else if (client.client.includes('\0')) errors.push({ row, field: 'client', reason: NUL_CHARACTER });
  const gemeenteRaw = field(f, width, cGemeente);
  const gemeente = isDigits(gemeenteRaw, 1, 4) ? gemeenteRaw.padStart(4, '0') : null;
  if (!gemeente) errors.push({ row, field: 'gemeente', reason: `${quoted(gemeenteRaw)} is geen CBS-gemeentecode van 4 cijfers` });
  const aanbieder = field(f, width, cAanbieder);
  if (!aanbieder) errors.push({ row, field: 'aanbieder', reason: 'aanbieder ontbreekt' });
  else if (aanbieder.includes('\0')) errors.push({ row, field: 'aanbieder', reason: NUL_CHARACTER });
  const productRaw = field(f, width, cProduct);
  const product = productRaw === 'BW' || productRaw === 'MO' ? productRaw : productFromCategory(productRaw);
  // A category outside the monitor is skipped, not wrong: that is decided once the row is valid.
  if (!product && !isDigits(productRaw, 1, 2))
    errors.push({ row, field: 'product', reason: `${quoted(productRaw)} is geen BW, MO of iWmo-productcategorie` });
  const startRaw = field(f, width, cStart);
  const start = parseDutchDate(startRaw);
  if (!start) errors.push({ row, field: 'start', reason: `${quoted(startRaw)} ${NOT_A_DATE}` });
  const eindeRaw = field(f, width, cEinde);
  const einde = eindeRaw === '' ? null : parseDutchDate(eindeRaw);
  if (eindeRaw !== '' && !einde) errors.push({ row, field: 'einde', reason: `${quoted(eindeRaw)} ${NOT_A_DATE}` });
  if (start && einde && einde < start) errors.push({ row, field: 'einde', reason: 'einde ligt voor start' });
  const redenRaw = field(f, width, cReden);
  const reden = redenRaw === '' ? null : isDigits(redenRaw, 1, 2) ? redenRaw.padStart(2, '0') : undefined;
  if (reden === undefined) errors.push({ row, field: 'reden_einde', reason: `${quoted(redenRaw)} is geen iWmo-reden (twee cijfers)` });
  if (einde && reden === null) errors.push({ row, field: 'reden_einde', reason: 'reden_einde ontbreekt terwijl er een einde is' });
  if (eindeRaw === '' && reden) errors.push({ row, field: 'reden_einde', reason: 'reden_einde zonder einde' });
  const pgbRaw = field(f, width, cPgb);
  const pgb = PGB.get(pgbRaw) ?? PGB.get(pgbRaw.toLowerCase());
  if (pgb === undefined) errors.push({ row, field: 'pgb', reason: `${quoted(pgbRaw)} is geen ja of nee` });
  if (errors.length > before || !client.ok || !gemeente || !start || pgb === undefined || reden === undefined) return null;
  if (!product) {
    skipped.push({
      row,
      field: 'product',
      reason: `productcategorie ${productRaw} valt buiten de monitor (alleen 15 beschermd wonen en 16 opvang)`,
    });
    return null;
  }
  const key = `c|${client.client}|${gemeente}|${aanbieder}|${product}|${start}`;
  return {
    key,
    client: client.client,
    gemeente,
    aanbieder,
    product,
    start,
    einde,
    redenEinde: reden,
    pgb,
    toewijzingNummer: null,
    bron: 'csv',
  };
}
