import type { EpisodeInput, EpisodeSink, PlainEpisode } from '../../domain/monitor/episode-input';

/** The columns of a COPY row, in order; the staging table and the COPY statement use this list. */
export const EPISODE_COPY_COLUMNS = [
  'id',
  'episode_key',
  'client',
  'gemeente',
  'aanbieder',
  'product',
  'start',
  'einde',
  'reden_einde',
  'pgb',
  'toewijzing_nummer',
  'bron',
] as const;

const CHUNK_BYTES = 4 << 20;
/** Digits of the id field: any bigint fits, zero-padded (PostgreSQL reads 000…042 as 42). */
const ID_WIDTH = 19;
const NO_ID = '0'.repeat(ID_WIDTH);
const NULL = '\\N';
const SPECIAL = /[\\\t\n\r\0]/;
const SPECIALS = /[\\\t\n\r]/g;
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * Episodes as PostgreSQL COPY text (tab-separated, `\N` for null, one row a line), written as
 * UTF-8 into large buffers while the file is read, so that no object per row stays alive until
 * the load (a million of them cost seconds of garbage collection). The chunks are ready for
 * `COPY … FROM STDIN` (node-postgres) or a blob (PGlite); `takeChunks` hands on the full ones
 * while rows are still being added, so a load can start before the file is read to its end.
 *
 * Each row starts with its id when the ids were reserved before the first row (`firstId`, a
 * load into the empty table): the identity's nextval for every row costs PGlite ~0.5 s a
 * million. Otherwise the id field is zeros, which `numberRows` can still fill in; into the
 * staging table the field stays zero and is not used.
 */
export class EpisodeCopyRows implements EpisodeSink {
  private done: Buffer<ArrayBuffer>[] = [];
  private buf: Buffer<ArrayBuffer> = Buffer.allocUnsafe(CHUNK_BYTES);
  private at = 0;
  private count = 0;
  /** Where each row starts within its chunk; the rows of chunk c are rowsBefore[c] up to rowsBefore[c + 1]. */
  private starts = new Int32Array(1 << 16);
  private readonly rowsBefore: number[] = [0];
  /** Chunks handed on by takeChunks (numberRows can no longer reach them). */
  private taken = 0;
  /** The id field of the next row, as its 19 ASCII digits; counted up per row when `numbered`. */
  private readonly nextId: Buffer;
  private readonly numbered: boolean;

  /** @param firstId the id of the first row, the next rows counting up; null: ids of zeros. */
  constructor(firstId: number | null = null) {
    if (firstId !== null && !Number.isSafeInteger(firstId)) throw new Error(`id ${firstId} is te groot om hier te nummeren`);
    this.nextId = Buffer.from(firstId === null ? NO_ID : String(firstId).padStart(ID_WIDTH, '0'));
    this.numbered = firstId !== null;
  }

  get rows(): number {
    return this.count;
  }

  add(e: EpisodeInput): void {
    const row =
      `${this.nextId.toString('latin1')}\t${copyField(e.key)}\t${copyField(e.client)}\t${copyField(e.gemeente)}\t` +
      `${copyField(e.aanbieder)}\t${copyField(e.product)}\t` +
      `${copyField(e.start)}\t${e.einde === null ? NULL : copyField(e.einde)}\t${e.redenEinde === null ? NULL : copyField(e.redenEinde)}\t` +
      `${e.pgb ? 't' : 'f'}\t${e.toewijzingNummer === null ? NULL : copyField(e.toewijzingNummer)}\t${copyField(e.bron)}\n`;
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    if (this.at + 3 * row.length > this.buf.length) this.startChunk(3 * row.length);
    if (this.count === this.starts.length) this.growStarts();
    this.starts[this.count] = this.at;
    this.at += this.buf.write(row, this.at, 'utf8');
    this.rowAdded();
  }

  /**
   * The same row from the byte ranges of a plain line (printable ASCII without backslash: nothing
   * to escape, no NUL), copied byte by byte: no string per row or field.
   */
  addPlain(p: PlainEpisode): void {
    const src = p.src;
    const most = 2 * (p.clientEnd - p.client + p.aanbiederEnd - p.aanbieder) + 128;
    if (this.at + most > this.buf.length) this.startChunk(most);
    if (this.count === this.starts.length) this.growStarts();
    const b = this.buf;
    this.starts[this.count] = this.at;
    let at = copyBytes(b, this.at, this.nextId, 0, ID_WIDTH);
    at = copyBytes(b, at, KEY_HEAD, 0, KEY_HEAD.length);
    // The key: c|client|gemeente|aanbieder|product|start
    at = copyBytes(b, at, src, p.client, p.clientEnd);
    b[at++] = BAR;
    const gemeente = at;
    at = padded(b, at, src, p.gemeente, p.gemeenteEnd, 4);
    b[at++] = BAR;
    at = copyBytes(b, at, src, p.aanbieder, p.aanbiederEnd);
    b[at++] = BAR;
    b[at++] = p.product.charCodeAt(0);
    b[at++] = p.product.charCodeAt(1);
    b[at++] = BAR;
    at = copyBytes(b, at, src, p.start, p.start + 10);
    b[at++] = TAB;
    // client, gemeente (as written in the key), aanbieder, product, start
    at = copyBytes(b, at, src, p.client, p.clientEnd);
    b[at++] = TAB;
    at = copyBytes(b, at, b, gemeente, gemeente + 4);
    b[at++] = TAB;
    at = copyBytes(b, at, src, p.aanbieder, p.aanbiederEnd);
    b[at++] = TAB;
    b[at++] = p.product.charCodeAt(0);
    b[at++] = p.product.charCodeAt(1);
    b[at++] = TAB;
    at = copyBytes(b, at, src, p.start, p.start + 10);
    b[at++] = TAB;
    at = p.einde === -1 ? copyBytes(b, at, NULL_BYTES, 0, 2) : copyBytes(b, at, src, p.einde, p.einde + 10);
    b[at++] = TAB;
    at = p.reden === p.redenEnd ? copyBytes(b, at, NULL_BYTES, 0, 2) : padded(b, at, src, p.reden, p.redenEnd, 2);
    b[at++] = TAB;
    b[at++] = p.pgb ? 116 : 102; // t, f
    this.at = copyBytes(b, at, ROW_TAIL, 0, ROW_TAIL.length);
    this.rowAdded();
  }

  private rowAdded(): void {
    this.count += 1;
    if (!this.numbered) return;
    // Count the id's digits up by one, carrying from the last.
    const d = this.nextId;
    let k = ID_WIDTH - 1;
    while (k >= 0 && d[k] === 57) d[k--] = 48;
    if (k < 0) throw new Error('id te groot');
    d[k] = (d[k] ?? 48) + 1;
  }

  /** Give the rows the ids first, first + 1, …, in the order they were added. */
  numberRows(first: number): void {
    if (!Number.isSafeInteger(first + this.count)) throw new Error(`id ${first} is te groot om hier te nummeren`);
    if (this.taken > 0 || this.numbered) throw new Error('numberRows: de rijen zijn al genummerd of deels doorgegeven');
    [...this.done, this.buf].forEach((chunk, c) => {
      const end = this.rowsBefore[c + 1] ?? this.count;
      for (let row = this.rowsBefore[c] ?? 0; row < end; row += 1) {
        const at = this.starts[row] ?? 0;
        let v = first + row;
        for (let k = ID_WIDTH - 1; k >= 0; k -= 1) {
          chunk[at + k] = 48 + (v % 10);
          v = Math.floor(v / 10);
        }
      }
    });
  }

  /** All rows as byte chunks, each ending with a whole line (none taken yet). */
  chunks(): Buffer<ArrayBuffer>[] {
    if (this.taken > 0) throw new Error('chunks: een deel is al doorgegeven met takeChunks');
    return this.at === 0 ? this.done : [...this.done, this.buf.subarray(0, this.at)];
  }

  /**
   * The chunks filled since the last call, no longer kept here; with `all`, also the rows of the
   * chunk being filled (then the rows are done: add no more).
   */
  takeChunks(all = false): Buffer<ArrayBuffer>[] {
    if (all && this.at > 0) {
      this.done.push(this.buf.subarray(0, this.at));
      this.rowsBefore.push(this.count);
      this.buf = Buffer.allocUnsafe(0);
      this.at = 0;
    }
    const out = this.done;
    this.taken += out.length;
    this.done = [];
    return out;
  }

  private growStarts(): void {
    const more = new Int32Array(this.starts.length * 2);
    more.set(this.starts);
    this.starts = more;
  }

  private startChunk(atLeast: number): void {
    if (this.at > 0) {
      this.done.push(this.buf.subarray(0, this.at));
      this.rowsBefore.push(this.count);
    }
    this.buf = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, atLeast));
    this.at = 0;
  }
}

const TAB = 9;
const BAR = 124;
const NULL_BYTES = Buffer.from(NULL);
/** What follows the id of every CSV row (the key's first part) and what it ends with (toewijzing_nummer null, bron csv). */
const KEY_HEAD = Buffer.from('\tc|');
const ROW_TAIL = Buffer.from(`\t${NULL}\tcsv\n`);

/** Copy src[s, e) to dst at `at`; returns where it ends. A loop: the fields are a few bytes, shorter than a native copy's call. */
function copyBytes(dst: Uint8Array, at: number, src: Uint8Array, s: number, e: number): number {
  let o = at;
  for (let i = s; i < e; i += 1) dst[o++] = src[i] ?? 0;
  return o;
}

/** Digits src[s, e) written with leading zeros to `width` bytes. */
function padded(dst: Uint8Array, at: number, src: Uint8Array, s: number, e: number, width: number): number {
  let o = at;
  for (let k = e - s; k < width; k += 1) dst[o++] = 48;
  return copyBytes(dst, o, src, s, e);
}

/**
 * A value in COPY text format: backslash, tab, newline and carriage return are escaped (the
 * format's own separators, and `\N` would otherwise read as null); everything else stands for itself,
 * but a NUL, which PostgreSQL cannot store in text: that throws (the parser rejects it first, as a row error).
 */
export function copyField(s: string): string {
  if (!SPECIAL.test(s)) return s;
  if (s.includes('\0')) throw new RangeError('COPY-tekst: een waarde bevat een NUL-teken (byte 0), dat PostgreSQL niet kan opslaan');
  return s.replace(SPECIALS, (c) => ESCAPES[c] ?? c);
}
