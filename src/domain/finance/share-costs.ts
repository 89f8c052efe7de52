/**
 * Sharing a regional cost among municipalities (verdeelsleutel), in whole cents that add up
 * exactly to the total. Method: largest remainder (Hamilton).
 *
 * 1. Each party gets floor(total × weight / Σweights) cents.
 * 2. The cents left over (fewer than the number of parties) go one each to the parties with the
 *    largest remainder of that division.
 * 3. Ties in the remainder are broken by the larger weight, then by the party's key in ascending
 *    code-point order. The result therefore depends only on the set of parties, never on the order
 *    they were given in.
 *
 * All arithmetic is on BigInt, so weights such as inhabitants × 10^6 never lose precision.
 * Each share lies within one cent of its exact proportion (below it by less than one cent, or
 * above it by less than one cent for the parties that received a left-over cent).
 */

export interface Party {
  /** Stable key that breaks ties (e.g. the CBS gemeentecode or the organisation id). */
  key: string;
  /** A non-negative whole number (inhabitants, 1 for equal parts, a scaled weight). */
  weight: bigint;
}

export interface Share {
  key: string;
  weight: bigint;
  cents: number;
}

export class ShareError extends Error {}

export function shareCosts(totalCents: number, parties: readonly Party[]): Share[] {
  if (!Number.isSafeInteger(totalCents) || totalCents < 0)
    throw new ShareError('het bedrag moet een geheel, niet-negatief aantal centen zijn');
  if (parties.length === 0) throw new ShareError('er is geen enkele gemeente om over te verdelen');
  const keys = new Set(parties.map((p) => p.key));
  if (keys.size !== parties.length) throw new ShareError('een gemeente staat twee keer in de verdeling');
  if (parties.some((p) => p.weight < 0n)) throw new ShareError('een gewicht kan niet negatief zijn');
  const sum = parties.reduce((s, p) => s + p.weight, 0n);
  if (sum === 0n) throw new ShareError('de gewichten tellen op tot nul: er valt niets naar te verdelen');

  const total = BigInt(totalCents);
  const base = parties.map((p) => ({ key: p.key, weight: p.weight, cents: (total * p.weight) / sum, remainder: (total * p.weight) % sum }));
  let left = total - base.reduce((s, b) => s + b.cents, 0n);
  const order = [...base].sort((a, b) => cmpBig(b.remainder, a.remainder) || cmpBig(b.weight, a.weight) || cmpKey(a.key, b.key));
  for (const b of order) {
    if (left === 0n) break;
    b.cents += 1n;
    left -= 1n;
  }
  return base.map((b) => ({ key: b.key, weight: b.weight, cents: Number(b.cents) }));
}

const cmpBig = (a: bigint, b: bigint) => (a < b ? -1 : a > b ? 1 : 0);
const cmpKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A decimal weight or percentage as people type it ("12,5", "33.3", "40") → a whole number at a
 * fixed scale of 10^6, so fixed weights and percentages share the exact BigInt arithmetic above.
 * Returns null for anything that is not a plain non-negative decimal with at most six decimals.
 */
export function scaledWeight(text: string): bigint | null {
  const m = /^(\d{1,12})(?:[.,](\d{1,6}))?$/.exec(text.trim().replace(/%$/, '').trim());
  if (!m) return null;
  return BigInt(m[1] ?? '0') * 1_000_000n + BigInt((m[2] ?? '').padEnd(6, '0'));
}

export const WEIGHT_SCALE = 1_000_000n;
