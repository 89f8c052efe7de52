import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { poolFigures, type KpiFigure } from './pooling';

const Q1 = { grain: 'kwartaal' as const, start: '2024-01-01' };
const ratio = { unit: 'percent' as const, ratio: { numerator: 'uitgestroomd', denominator: 'in zorg' } };
const fig = (unitKey: string, numerator: number | null, denominator: number | null): KpiFigure => ({
  period: Q1,
  unitKey,
  value: null,
  numerator,
  denominator,
});

describe('pooling ratios: Σ teller / Σ noemer, never the mean of percentages', () => {
  it('pools 1/2 and 30/100 to 31/102, not to the mean of 50% and 30%', () => {
    const p = poolFigures(ratio, [fig('a', 1, 2), fig('b', 30, 100)], ['a', 'b']);
    expect(p.value).toBeCloseTo((31 / 102) * 100, 12);
    expect(p.value).not.toBeCloseTo(40, 1);
    expect(p.basis).toBe('gepoold');
  });

  it('leaves unknown units out and names them; unknown is not 0', () => {
    const p = poolFigures(ratio, [fig('a', 5, 10), fig('b', null, 40)], ['a', 'b', 'c']);
    expect(p.value).toBe(50);
    expect(p.missing.sort()).toEqual(['b', 'c']);
    const none = poolFigures(ratio, [fig('a', null, null)], ['a']);
    expect(none.value).toBeNull();
  });

  it('a reported total wins over the pooled parts', () => {
    const p = poolFigures(ratio, [fig('a', 1, 2), fig('totaal', 3, 12)], ['a']);
    expect(p.value).toBe(25);
    expect(p.basis).toBe('gerapporteerd');
  });

  it('adds counts, and refuses to combine days or scores that come without teller and noemer', () => {
    const count = { unit: 'aantal' as const, ratio: null };
    expect(
      poolFigures(
        count,
        [
          { period: Q1, unitKey: 'a', value: 4, numerator: null, denominator: null },
          { period: Q1, unitKey: 'b', value: 6, numerator: null, denominator: null },
        ],
        ['a', 'b'],
      ).value,
    ).toBe(10);
    const days = { unit: 'dagen' as const, ratio: null };
    expect(poolFigures(days, [{ period: Q1, unitKey: 'a', value: 40, numerator: null, denominator: null }], ['a']).value).toBeNull();
  });

  it('property: the pooled share equals 100 × Σ teller / Σ noemer over the known units', () => {
    const unitArb = fc.record({ num: fc.integer({ min: 0, max: 5000 }), extra: fc.integer({ min: 1, max: 5000 }), known: fc.boolean() });
    fc.assert(
      fc.property(fc.array(unitArb, { minLength: 1, maxLength: 20 }), (units) => {
        const figures = units.map((u, i) => fig(`u${i}`, u.known ? u.num : null, u.num + u.extra));
        const known = units.filter((u) => u.known);
        let num = 0n;
        let den = 0n;
        for (const u of known) {
          num += BigInt(u.num);
          den += BigInt(u.num + u.extra);
        }
        const p = poolFigures(
          ratio,
          figures,
          units.map((_, i) => `u${i}`),
        );
        if (known.length === 0 || den === 0n) return p.value === null;
        return Math.abs((p.value ?? NaN) - Number(num * 100n) / Number(den)) < 1e-9 && p.missing.length === units.length - known.length;
      }),
    );
  });
});
