/**
 * The natural keys met so far in a file, to find repeated rows. A Map of a million key strings
 * costs seconds of garbage collection (every key is a long-lived heap object), so this keeps only
 * a 64-bit hash of each key with where its record starts and its line: one Int32Array, four
 * numbers a slot so that a probe touches one cache line (open addressing, linear probing).
 * Equal hashes are candidates only: the caller reads the earlier record again and compares the
 * real keys, so a hash collision never merges two episodes.
 */
export class SeenKeys {
  /** Per slot: hash 1, hash 2, record start + 1 (0: empty; a string offset fits 31 bits), line. */
  private slots = new Int32Array(0);
  private size = 0;
  private mask = 0;

  constructor(expected = 1024) {
    this.allocate(Math.max(1024, 2 ** Math.ceil(Math.log2(expected * 2))));
  }

  /** The first slot holding this hash, or -1; continue with `next`. */
  first(h1: number, h2: number): number {
    return this.scan(h1 & this.mask, h1, h2);
  }

  next(slot: number, h1: number, h2: number): number {
    return this.scan((slot + 1) & this.mask, h1, h2);
  }

  recordStart(slot: number): number {
    return (this.slots[slot * 4 + 2] ?? 1) - 1;
  }

  lineOf(slot: number): number {
    return this.slots[slot * 4 + 3] ?? 0;
  }

  add(h1: number, h2: number, recordStart: number, line: number): void {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    this.put(h1, h2, recordStart + 1, line);
    this.size += 1;
  }

  private scan(from: number, h1: number, h2: number): number {
    const t = this.slots;
    for (let s = from; ; s = (s + 1) & this.mask) {
      const i = s * 4;
      if (t[i + 2] === 0) return -1;
      if (t[i] === h1 && t[i + 1] === h2) return s;
    }
  }

  private put(h1: number, h2: number, at: number, line: number): void {
    const t = this.slots;
    let s = h1 & this.mask;
    while (t[s * 4 + 2] !== 0) s = (s + 1) & this.mask;
    const i = s * 4;
    t[i] = h1;
    t[i + 1] = h2;
    t[i + 2] = at;
    t[i + 3] = line;
  }

  private allocate(capacity: number): void {
    this.slots = new Int32Array(capacity * 4);
    this.mask = capacity - 1;
  }

  private grow(): void {
    const old = this.slots;
    this.allocate((this.mask + 1) * 2);
    for (let i = 0; i < old.length; i += 4) {
      const at = old[i + 2] ?? 0;
      if (at !== 0) this.put(old[i] ?? 0, old[i + 1] ?? 0, at, old[i + 3] ?? 0);
    }
  }
}

/**
 * A 64-bit fingerprint of a string as two independent 32-bit hashes (FNV-1a and a
 * multiply-xorshift). Given as parts: the hash of `parts.join(sep)`, without building that string.
 */
export function hashKey(parts: readonly string[], sep: number): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let p = 0; p < parts.length; p += 1) {
    if (p > 0) {
      a = Math.imul(a ^ sep, 0x01000193);
      b = Math.imul(b ^ sep, 0x5bd1e995);
      b ^= b >>> 15;
    }
    const s = parts[p] ?? '';
    for (let i = 0; i < s.length; i += 1) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
  }
  return [a, b];
}
