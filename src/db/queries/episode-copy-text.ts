import type { EpisodeInput } from '../../import/episodes/types';

/** The columns of a COPY row, in order; the staging table and the COPY statement use this list. */
export const EPISODE_COPY_COLUMNS = ['id', 'episode_key', 'client', 'gemeente', 'aanbieder', 'product', 'start', 'einde', 'reden_einde', 'pgb', 'toewijzing_nummer', 'bron'] as const;

const CHUNK_BYTES = 4 << 20;
/** Digits of the id field: any bigint fits, zero-padded (PostgreSQL reads 000…042 as 42). */
const ID_WIDTH = 19;
const NO_ID = '0'.repeat(ID_WIDTH);
const NULL = '\\N';
const SPECIAL = /[\\\t\n\r]/;
const SPECIALS = /[\\\t\n\r]/g;
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * Episodes as PostgreSQL COPY text (tab-separated, `\N` for null, one row a line), written as
 * UTF-8 into large buffers while the file is read, so that no object per row stays alive until
 * the load (a million of them cost seconds of garbage collection). The chunks are ready for
 * `COPY … FROM STDIN` (node-postgres) or a blob (PGlite).
 *
 * Each row starts with an id field of zeros that `numberRows` fills in once the ids are reserved
 * (a load into the empty table): the identity's nextval for every row costs PGlite ~0.5 s a
 * million. Into the staging table the field stays zero and is not used.
 */
export class EpisodeCopyRows {
  private readonly done: Buffer<ArrayBuffer>[] = [];
  private buf: Buffer<ArrayBuffer> = Buffer.allocUnsafe(CHUNK_BYTES);
  private at = 0;
  private count = 0;
  /** Where each row starts within its chunk; the rows of chunk c are rowsBefore[c] up to rowsBefore[c + 1]. */
  private starts = new Int32Array(1 << 16);
  private readonly rowsBefore: number[] = [0];

  get rows(): number {
    return this.count;
  }

  add(e: EpisodeInput): void {
    const row =
      `${NO_ID}\t${copyField(e.key)}\t${copyField(e.client)}\t${copyField(e.gemeente)}\t${copyField(e.aanbieder)}\t${copyField(e.product)}\t` +
      `${copyField(e.start)}\t${e.einde === null ? NULL : copyField(e.einde)}\t${e.redenEinde === null ? NULL : copyField(e.redenEinde)}\t` +
      `${e.pgb ? 't' : 'f'}\t${e.toewijzingNummer === null ? NULL : copyField(e.toewijzingNummer)}\t${copyField(e.bron)}\n`;
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    if (this.at + 3 * row.length > this.buf.length) this.startChunk(3 * row.length);
    if (this.count === this.starts.length) {
      const more = new Int32Array(this.starts.length * 2);
      more.set(this.starts);
      this.starts = more;
    }
    this.starts[this.count] = this.at;
    this.at += this.buf.write(row, this.at, 'utf8');
    this.count += 1;
  }

  /** Give the rows the ids first, first + 1, …, in the order they were added. */
  numberRows(first: number): void {
    if (!Number.isSafeInteger(first + this.count)) throw new Error(`id ${first} is te groot om hier te nummeren`);
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

  /** All rows as byte chunks, each ending with a whole line. */
  chunks(): Buffer<ArrayBuffer>[] {
    return this.at === 0 ? this.done : [...this.done, this.buf.subarray(0, this.at)];
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

/**
 * A value in COPY text format: backslash, tab, newline and carriage return are escaped (the
 * format's own separators, and `\N` would otherwise read as null); everything else stands for itself.
 */
export function copyField(s: string): string {
  return SPECIAL.test(s) ? s.replace(SPECIALS, (c) => ESCAPES[c] ?? c) : s;
}
