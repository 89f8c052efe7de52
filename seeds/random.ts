/**
 * A small seeded random generator (sfc32) so demo and benchmark data are the same on every run
 * and every machine. Not for anything secret.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One item, chosen with the given weights (same length as items, all ≥ 0, not all 0). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** One item, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** A log-normally distributed number with the given median and spread (sigma of the log). */
  logNormal(median: number, sigma: number): number;
}

export function seededRandom(seed: number): Random {
  let a = 0x9e3779b9 ^ seed;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed | 0;
  const raw = (): number => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) raw();
  const pickAt = <T>(items: readonly T[], i: number): T => {
    const item = items[Math.min(i, items.length - 1)];
    if (item === undefined) throw new Error('kiezen uit een lege lijst');
    return item;
  };
  return {
    next: raw,
    int: (min, max) => min + Math.floor(raw() * (max - min + 1)),
    chance: (p) => raw() < p,
    pick: (items) => pickAt(items, Math.floor(raw() * items.length)),
    weighted(items, weights) {
      let total = 0;
      for (const w of weights) total += w;
      let r = raw() * total;
      for (let i = 0; i < items.length; i++) {
        r -= weights[i] ?? 0;
        if (r < 0) return pickAt(items, i);
      }
      return pickAt(items, items.length - 1);
    },
    logNormal(median, sigma) {
      // Box–Muller; 1 - raw() avoids log(0).
      const z = Math.sqrt(-2 * Math.log(1 - raw())) * Math.cos(2 * Math.PI * raw());
      return median * Math.exp(sigma * z);
    },
  };
}
