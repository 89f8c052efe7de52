/* eslint-disable @typescript-eslint/no-non-null-assertion -- hot loops over byte and typed arrays whose indexes are in range by construction */
import { OPEN_END, type EpisodeColumnsBuilder } from '../../domain/monitor/episode-columns';

/**
 * Decodes the episode COPY text that `loadEpisodeColumns` reads (PostgreSQL's text format:
 * tab-separated, one row a line, `\N` for null, backslash escapes in values) straight from the
 * bytes into an EpisodeColumnsBuilder. A million rows as one JS string and a string per field cost
 * more than the COPY itself; here no string is made per row: clients get dense numbers from a hash
 * table over their bytes, and the small dictionaries make a string only for a value not seen before
 * (and unescape only then).
 *
 * Columns, in order: client, gemeente, aanbieder, product ('BW' | 'MO'), start and einde as day
 * numbers (einde may be null), reden_einde (may be null), pgb ('t' | 'f').
 *
 * Bytes may come in chunks of any size (a row, a UTF-8 character or an escape may be split over
 * two chunks): `push` each chunk, then `end`.
 */
export class EpisodeCopyDecoder {
  private readonly clients = new ByteKeys();
  private readonly gemeenten: SmallDictionary;
  private readonly aanbieders: SmallDictionary;
  private readonly reasons: SmallDictionary;
  /** The start of a row whose end has not arrived yet. */
  private rest: Uint8Array | null = null;
  /** Read position within the row being decoded. */
  private at = 0;

  constructor(private readonly builder: EpisodeColumnsBuilder) {
    this.gemeenten = new SmallDictionary((v) => builder.gemeenteCode(v));
    this.aanbieders = new SmallDictionary((v) => builder.aanbiederCode(v));
    this.reasons = new SmallDictionary((v) => builder.reasonCode(v));
  }

  push(bytes: Uint8Array): void {
    // A plain Uint8Array view, also of a Buffer: the hot loops then see one kind of array.
    const chunk = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    let from = 0;
    if (this.rest !== null) {
      const nl = chunk.indexOf(NL);
      if (nl === -1) {
        this.rest = concat(this.rest, chunk, chunk.length);
        return;
      }
      const row = concat(this.rest, chunk, nl + 1);
      this.rest = null;
      this.at = 0;
      this.rows(row, row.length);
      from = nl + 1;
    }
    const last = chunk.lastIndexOf(NL);
    if (last >= from) {
      this.at = from;
      this.rows(chunk, last + 1);
      from = last + 1;
    }
    if (from < chunk.length) this.rest = chunk.slice(from);
  }

  /** The last row may lack its newline. */
  end(): void {
    if (this.rest === null) return;
    const row = concat(this.rest, new Uint8Array([NL]), 1);
    this.rest = null;
    this.at = 0;
    this.rows(row, row.length);
  }

  /** Whole rows from `this.at` up to `to`, which is just past a newline. */
  private rows(buf: Uint8Array, to: number): void {
    const builder = this.builder;
    while (this.at < to) {
      const client = this.key(buf, this.clients);
      const gemeente = this.small(buf, this.gemeenten);
      const aanbieder = this.small(buf, this.aanbieders);
      const product = this.product(buf);
      const start = this.day(buf);
      const einde = this.isNull(buf) ? OPEN_END : this.day(buf);
      const reason = this.isNull(buf) ? -1 : this.small(buf, this.reasons);
      const pgb = buf[this.at] === T ? 1 : 0;
      if (buf[this.at + 1] !== NL) throw badRow(buf, this.at);
      this.at += 2;
      builder.addCoded(client, gemeente, aanbieder, product, start, einde, reason, pgb);
    }
  }

  /**
   * The number in `keys` of the text field at `this.at` (ending at a tab); moves past the tab. The
   * key is the field's bytes as COPY wrote them, escapes and all: PostgreSQL writes each value in
   * exactly one way, so equal bytes mean equal values and the other way round.
   */
  private key(buf: Uint8Array, keys: ByteKeys): number {
    const from = this.at;
    let i = from;
    let h = FNV_BASIS;
    let b = buf[i]!;
    while (b !== TAB && b !== NL) {
      h = Math.imul(h ^ b, FNV_PRIME);
      b = buf[++i]!;
    }
    if (b !== TAB) throw badRow(buf, from);
    this.at = i + 1;
    return keys.code(buf, from, i, h);
  }

  /** The builder's code for the text field at `this.at`: a string only for a value not seen before. */
  private small(buf: Uint8Array, dictionary: SmallDictionary): number {
    const from = this.at;
    const known = dictionary.keys.size;
    const k = this.key(buf, dictionary.keys);
    if (k === known) dictionary.codes.push(dictionary.codeOf(this.text(buf, from, this.at - 1)));
    return dictionary.codes[k]!;
  }

  /** The field's value as a string, unescaped (see `unescape`). */
  private text(buf: Uint8Array, from: number, to: number): string {
    const field = buf.subarray(from, to);
    return utf8.decode(field.includes(BACKSLASH) ? unescape(field) : field);
  }

  /** `\N` (null) at `this.at`, followed by a tab: moves past it. */
  private isNull(buf: Uint8Array): boolean {
    const i = this.at;
    if (buf[i] !== BACKSLASH || buf[i + 1] !== N || buf[i + 2] !== TAB) return false;
    this.at = i + 3;
    return true;
  }

  /** 1 for 'MO', 0 for anything else ('BW'). */
  private product(buf: Uint8Array): number {
    const from = this.at;
    let i = from;
    let b = buf[i]!;
    while (b !== TAB && b !== NL) b = buf[++i]!;
    if (b !== TAB) throw badRow(buf, from);
    this.at = i + 1;
    return i === from + 2 && buf[from] === M && buf[from + 1] === O ? 1 : 0;
  }

  /** A whole number of days (may be negative), ending at a tab. */
  private day(buf: Uint8Array): number {
    const from = this.at;
    let i = from;
    const negative = buf[i] === MINUS;
    if (negative) i++;
    let v = 0;
    let b = buf[i]!;
    if (b === TAB) throw badRow(buf, from);
    while (b !== TAB) {
      const d = b - ZERO;
      if (!(d >= 0 && d <= 9)) throw badRow(buf, from);
      v = v * 10 + d;
      b = buf[++i]!;
    }
    this.at = i + 1;
    return negative ? -v : v;
  }
}

/** COPY text escapes as PostgreSQL writes them: \b \f \n \r \t \v \\, and \x for any other x. */
function unescape(field: Uint8Array): Uint8Array {
  const out = new Uint8Array(field.length);
  let o = 0;
  for (let i = 0; i < field.length; i++) {
    let b = field[i]!;
    if (b === BACKSLASH && i + 1 < field.length) {
      b = field[++i]!;
      b = b === B ? 8 : b === F ? 12 : b === N_LOWER ? 10 : b === R ? 13 : b === T ? 9 : b === V ? 11 : b;
    }
    out[o++] = b;
  }
  return out.subarray(0, o);
}

/** A small dictionary (gemeenten, aanbieders, reasons): byte keys → the builder's code. */
class SmallDictionary {
  readonly keys = new ByteKeys();
  /** The builder's code per key number. */
  readonly codes: number[] = [];
  constructor(readonly codeOf: (value: string) => number) {}
}

/**
 * Dense numbers (0, 1, 2, … in the order first seen) for byte strings: an open-addressing hash
 * table whose keys are copied into one byte arena, so that no JS string is made per key. Each slot
 * holds the key's hash beside its number, so a probe past another key touches no other memory.
 */
export class ByteKeys {
  private count = 0;
  private bits = 10;
  /** Two ints per slot: the hash, and the key number + 1 (0 is a free slot). */
  private slots = new Int32Array(2 << this.bits);
  private hashes = new Int32Array(1 << (this.bits - 1));
  /** Key k is arena[bounds[k] .. bounds[k + 1]). */
  private bounds = new Int32Array((1 << (this.bits - 1)) + 1);
  private arena = new Uint8Array(1 << 14);
  /** The key found last: the episodes of one client mostly come one after another. */
  private last = -1;
  private lastHash = 0;

  /** How many keys there are. */
  get size(): number {
    return this.count;
  }

  /**
   * The number of bytes[from, to); a key not seen before gets the next number. `hash` is any 32-bit
   * hash of the bytes (equal bytes, equal hash); the table spreads it with a Fibonacci multiply.
   */
  code(bytes: Uint8Array, from: number, to: number, hash: number): number {
    const len = to - from;
    if (hash === this.lastHash && this.last >= 0 && this.equal(this.last, bytes, from, len)) return this.last;
    const slots = this.slots;
    const mask = (1 << this.bits) - 1;
    let s = Math.imul(hash, GOLDEN) >>> (32 - this.bits);
    for (;;) {
      const k = slots[2 * s + 1]! - 1;
      if (k < 0) break;
      if (slots[2 * s] === hash && this.equal(k, bytes, from, len)) {
        this.last = k;
        this.lastHash = hash;
        return k;
      }
      s = (s + 1) & mask;
    }
    const k = this.insert(s, bytes, from, len, hash);
    this.last = k;
    this.lastHash = hash;
    return k;
  }

  private equal(k: number, bytes: Uint8Array, from: number, len: number): boolean {
    const at = this.bounds[k]!;
    if (this.bounds[k + 1]! - at !== len) return false;
    const arena = this.arena;
    for (let j = 0; j < len; j++) if (arena[at + j] !== bytes[from + j]) return false;
    return true;
  }

  private insert(slot: number, bytes: Uint8Array, from: number, len: number, hash: number): number {
    const k = this.count++;
    if (k === this.hashes.length) {
      this.hashes = growInt32(this.hashes, 2 * k);
      this.bounds = growInt32(this.bounds, 2 * k + 1);
    }
    const at = this.bounds[k]!;
    if (at + len > this.arena.length) {
      const more = new Uint8Array(2 * (at + len));
      more.set(this.arena);
      this.arena = more;
    }
    const arena = this.arena;
    for (let j = 0; j < len; j++) arena[at + j] = bytes[from + j]!;
    this.bounds[k + 1] = at + len;
    this.hashes[k] = hash;
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = k + 1;
    if (2 * this.count > 1 << this.bits) this.rehash();
    return k;
  }

  /** Twice the slots: the load stays at most one half. */
  private rehash(): void {
    this.bits += 1;
    const slots = new Int32Array(2 << this.bits);
    const shift = 32 - this.bits;
    const mask = (1 << this.bits) - 1;
    for (let k = 0; k < this.count; k++) {
      const hash = this.hashes[k]!;
      let s = Math.imul(hash, GOLDEN) >>> shift;
      while (slots[2 * s + 1] !== 0) s = (s + 1) & mask;
      slots[2 * s] = hash;
      slots[2 * s + 1] = k + 1;
    }
    this.slots = slots;
  }
}

function growInt32(a: Int32Array, n: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(n);
  b.set(a);
  return b;
}

function concat(a: Uint8Array, b: Uint8Array, bLength: number): Uint8Array {
  const out = new Uint8Array(a.length + bLength);
  out.set(a);
  out.set(b.subarray(0, bLength), a.length);
  return out;
}

function badRow(buf: Uint8Array, at: number): Error {
  const from = buf.lastIndexOf(NL, at - 1) + 1;
  const nl = buf.indexOf(NL, at);
  const line = utf8.decode(buf.subarray(from, nl === -1 ? buf.length : nl)).slice(0, 200);
  return new Error(`Onverwachte COPY-regel voor de monitorkolommen: ${JSON.stringify(line)}`);
}

const utf8 = new TextDecoder();
const FNV_BASIS = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const GOLDEN = 0x9e3779b1 | 0;
const TAB = 9;
const NL = 10;
const BACKSLASH = 92;
const MINUS = 45;
const ZERO = 48;
const B = 98;
const F = 102;
const M = 77;
const N = 78;
const N_LOWER = 110;
const O = 79;
const R = 114;
const T = 116;
const V = 118;
