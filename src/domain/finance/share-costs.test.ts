import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scaledWeight, shareCosts, type Party } from './share-costs';

const partiesArb = fc
  .uniqueArray(fc.record({ key: fc.string({ minLength: 1, maxLength: 6 }), weight: fc.bigInt({ min: 0n, max: 10n ** 12n }) }), {
    minLength: 1,
    maxLength: 25,
    selector: (p) => p.key,
  })
  .filter((ps) => ps.some((p) => p.weight > 0n));
const totalArb = fc.integer({ min: 0, max: 1_000_000_000_00 });

describe('shareCosts (largest remainder)', () => {
  it('sums exactly to the total', () => {
    fc.assert(
      fc.property(totalArb, partiesArb, (total, parties) => {
        const shares = shareCosts(total, parties);
        expect(shares.reduce((s, x) => s + x.cents, 0)).toBe(total);
      }),
    );
  });

  it('keeps each share within one cent of its exact proportion', () => {
    fc.assert(
      fc.property(totalArb, partiesArb, (total, parties) => {
        const sum = parties.reduce((s, p) => s + p.weight, 0n);
        for (const s of shareCosts(total, parties)) {
          // |share − total·w/Σw| < 1  ⇔  |share·Σw − total·w| < Σw (exact, in BigInt)
          const diff = BigInt(s.cents) * sum - BigInt(total) * s.weight;
          expect(diff < sum && -diff < sum).toBe(true);
        }
      }),
    );
  });

  it('is deterministic and independent of input order', () => {
    fc.assert(
      fc.property(totalArb, partiesArb, fc.integer(), (total, parties, seed) => {
        const shuffled = [...parties].sort((a, b) => hash(a.key, seed) - hash(b.key, seed));
        const byKey = (xs: { key: string; cents: number }[]) => Object.fromEntries(xs.map((x) => [x.key, x.cents]));
        expect(byKey(shareCosts(total, shuffled))).toEqual(byKey(shareCosts(total, parties)));
      }),
    );
  });

  it('gives the left-over cents to the largest remainders, ties by weight then key', () => {
    // 100 cents over three equal parties: 33,33,33 and one cent left; all remainders equal,
    // all weights equal, so the smallest key ("a") gets it.
    expect(shareCosts(100, [p('c', 1n), p('a', 1n), p('b', 1n)]).map((s) => [s.key, s.cents])).toEqual([
      ['c', 33],
      ['a', 34],
      ['b', 33],
    ]);
    // 10 cents over weights 1 and 2: exact 3.33 and 6.67 → 3 and 7 (larger remainder wins).
    expect(shareCosts(10, [p('x', 1n), p('y', 2n)]).map((s) => s.cents)).toEqual([3, 7]);
  });

  it('refuses what cannot be shared', () => {
    expect(() => shareCosts(100, [])).toThrow(/geen enkele gemeente/);
    expect(() => shareCosts(100, [p('a', 0n)])).toThrow(/nul/);
    expect(() => shareCosts(1.5, [p('a', 1n)])).toThrow(/geheel/);
    expect(() => shareCosts(100, [p('a', 1n), p('a', 2n)])).toThrow(/twee keer/);
  });
});

describe('scaledWeight', () => {
  it.each([
    ['40', 40_000_000n],
    ['12,5', 12_500_000n],
    ['33.333333', 33_333_333n],
    ['12,5%', 12_500_000n],
  ])('%s', (text, expected) => expect(scaledWeight(text)).toBe(expected));
  it.each(['', '-1', '1,2345678', 'abc', '1.000,5'])('%s is refused', (text) => expect(scaledWeight(text)).toBeNull());
});

const p = (key: string, weight: bigint): Party => ({ key, weight });
function hash(s: string, seed: number): number {
  let h = seed | 0;
  for (const c of s) h = Math.imul(h ^ c.charCodeAt(0), 2654435761);
  return h;
}
