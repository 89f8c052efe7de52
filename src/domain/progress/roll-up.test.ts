import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors';
import { rollUp, type RollUpChild } from './roll-up';
import { PROGRESS_STATUSES, type ProgressStatus } from './status';

/*
 * The oracles below are written differently from roll-up.ts on purpose:
 * - worst-of as "problem level" (max) and "phase" (min/max), instead of the if-chain;
 * - majority by sorting and counting runs, instead of a map and a running best;
 * - the weighted average checked by its defining inequality in BigInt, instead of by the formula.
 */
const PROBLEM: Partial<Record<ProgressStatus, number>> = { oranje: 1, rood: 2 };
const PHASE: Partial<Record<ProgressStatus, number>> = { 'niet-gestart': 0, groen: 1, afgerond: 2 };
const WORSE_ORDER: ProgressStatus[] = ['rood', 'oranje', 'groen', 'niet-gestart', 'afgerond'];

function oracleWorst(statuses: (ProgressStatus | null)[]): ProgressStatus | null {
  const counted = statuses.filter((s): s is ProgressStatus => s !== null && s !== 'vervallen');
  if (counted.length === 0) return statuses.length > 0 && statuses.every((s) => s === 'vervallen') ? 'vervallen' : null;
  const problem = Math.max(...counted.map((s) => PROBLEM[s] ?? 0));
  if (problem === 2) return 'rood';
  if (problem === 1) return 'oranje';
  const phases = counted.map((s) => PHASE[s] ?? -1);
  const lo = Math.min(...phases);
  const hi = Math.max(...phases);
  if (lo === hi) return (['niet-gestart', 'groen', 'afgerond'] as const)[lo] ?? null;
  return 'groen';
}

function oracleMajority(statuses: (ProgressStatus | null)[]): ProgressStatus | null {
  const counted = statuses.filter((s): s is ProgressStatus => s !== null && s !== 'vervallen');
  if (counted.length === 0) return statuses.length > 0 && statuses.every((s) => s === 'vervallen') ? 'vervallen' : null;
  const sorted = [...counted].sort((a, b) => WORSE_ORDER.indexOf(a) - WORSE_ORDER.indexOf(b));
  let best: ProgressStatus | null = null;
  let bestRun = 0;
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    // Strictly longer only: among equal runs the first (worse) one stays.
    if (j - i > bestRun) [best, bestRun] = [sorted[i] ?? null, j - i];
    i = j;
  }
  return best;
}

const status = fc.constantFrom<ProgressStatus | null>(...PROGRESS_STATUSES, null);
const child = fc.record({
  status,
  percent: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  hundredths: fc.integer({ min: 0, max: 100_000 }),
});
const children = fc.array(child, { maxLength: 12 }).map((cs) =>
  cs.map((c, i): RollUpChild & { hundredths: number } => ({
    id: `c${i}`,
    status: c.status,
    percent: c.percent,
    weight: c.hundredths / 100,
    hundredths: c.hundredths,
  })),
);

describe('rollUp: status rules against independent oracles', () => {
  it('slechtste equals the problem-level/phase oracle', () => {
    fc.assert(
      fc.property(children, (cs) => {
        expect(rollUp(cs, { status: 'slechtste', percent: 'geen' }).status).toBe(oracleWorst(cs.map((c) => c.status)));
      }),
      { numRuns: 2000 },
    );
  });

  it('meerderheid equals the sort-and-count oracle', () => {
    fc.assert(
      fc.property(children, (cs) => {
        expect(rollUp(cs, { status: 'meerderheid', percent: 'geen' }).status).toBe(oracleMajority(cs.map((c) => c.status)));
      }),
      { numRuns: 2000 },
    );
  });

  it('vervallen children never change the outcome, and order does not matter', () => {
    fc.assert(
      fc.property(children, fc.nat(), fc.constantFrom('slechtste' as const, 'meerderheid' as const), (cs, seed, rule) => {
        const active = cs.filter((c) => c.status !== 'vervallen');
        fc.pre(active.length > 0);
        const withCancelled = [...cs, { id: 'extra', status: 'vervallen' as const, percent: 0, weight: 5 }];
        const rotated = [...withCancelled.slice(seed % withCancelled.length), ...withCancelled.slice(0, seed % withCancelled.length)];
        const base = rollUp(active, { status: rule, percent: 'gemiddelde' });
        const other = rollUp(rotated, { status: rule, percent: 'gemiddelde' });
        expect(other.status).toBe(base.status);
        expect(other.percent).toBe(base.percent);
        expect(other.explanation.excludedVervallen).toContain('extra');
      }),
      { numRuns: 1000 },
    );
  });

  it('one red child makes the parent red under slechtste', () => {
    fc.assert(
      fc.property(children, (cs) => {
        const r = rollUp([...cs, { id: 'rood', status: 'rood', percent: null, weight: 1 }], { status: 'slechtste', percent: 'geen' });
        expect(r.status).toBe('rood');
        expect(r.explanation.decisive).toContain('rood');
      }),
    );
  });
});

describe('rollUp: weighted average', () => {
  it('is the whole percent r with r − ½ ≤ Σwp/Σw < r + ½ (checked in BigInt), over non-vervallen children with a percent', () => {
    fc.assert(
      fc.property(children, (cs) => {
        const active = cs.filter((c) => c.status !== 'vervallen');
        fc.pre(active.some((c) => c.hundredths > 0));
        const r = rollUp(cs, { status: 'slechtste', percent: 'gewogen-gemiddelde' });
        const used = active.filter((c) => c.percent !== null);
        let num = 0n;
        let den = 0n;
        for (const c of used) {
          num += BigInt(c.hundredths) * BigInt(c.percent ?? 0);
          den += BigInt(c.hundredths);
        }
        if (den === 0n) {
          expect(r.percent).toBeNull();
          return;
        }
        expect(r.percent).not.toBeNull();
        const p = BigInt(r.percent ?? -1);
        expect((2n * p - 1n) * den <= 2n * num).toBe(true);
        expect(2n * num < (2n * p + 1n) * den).toBe(true);
        expect(r.explanation.percentBasis.map((b) => b.id)).toEqual(used.map((c) => c.id));
      }),
      { numRuns: 2000 },
    );
  });

  it('gemiddelde lies between the lowest and highest counted percent', () => {
    fc.assert(
      fc.property(children, (cs) => {
        const ps = cs.filter((c) => c.status !== 'vervallen' && c.percent !== null).map((c) => c.percent ?? 0);
        const r = rollUp(cs, { status: 'slechtste', percent: 'gemiddelde' });
        if (ps.length === 0) expect(r.percent).toBeNull();
        else {
          expect(r.percent).toBeGreaterThanOrEqual(Math.min(...ps));
          expect(r.percent).toBeLessThanOrEqual(Math.max(...ps));
        }
      }),
    );
  });

  it('worked example: weights 3 and 1, percents 40 and 90 give 52.5 → 53', () => {
    const r = rollUp(
      [
        { id: 'a', status: 'groen', percent: 40, weight: 3 },
        { id: 'b', status: 'oranje', percent: 90, weight: 1 },
        { id: 'c', status: 'vervallen', percent: 0, weight: 10 },
      ],
      { status: 'slechtste', percent: 'gewogen-gemiddelde' },
    );
    expect(r).toMatchObject({ status: 'oranje', percent: 53 });
    expect(r.explanation).toMatchObject({ decisive: ['b'], excludedVervallen: ['c'], counted: ['a', 'b'] });
  });

  it('refuses invalid weights with a Dutch error naming the child', () => {
    const bad = (weight: number) => () =>
      rollUp([{ id: 'x', status: 'groen', percent: 10, weight }], { status: 'slechtste', percent: 'gewogen-gemiddelde' });
    for (const w of [-1, Number.NaN, Number.POSITIVE_INFINITY, 0.125]) {
      expect(bad(w)).toThrow(DomainError);
      expect(bad(w)).toThrow(/gewicht.*'x'/);
    }
    expect(bad(0)).toThrow(/samen 0/);
    // A zero weight is fine when another counted child carries weight.
    expect(
      rollUp(
        [
          { id: 'x', status: 'groen', percent: 10, weight: 0 },
          { id: 'y', status: 'groen', percent: 30, weight: 0.5 },
        ],
        { status: 'slechtste', percent: 'gewogen-gemiddelde' },
      ).percent,
    ).toBe(30);
  });

  it('derives nothing without children, and vervallen when every child is vervallen', () => {
    expect(rollUp([], { status: 'slechtste', percent: 'gemiddelde' })).toMatchObject({ status: null, percent: null });
    expect(
      rollUp([{ id: 'a', status: 'vervallen', percent: 50, weight: 1 }], { status: 'meerderheid', percent: 'gemiddelde' }),
    ).toMatchObject({
      status: 'vervallen',
      percent: null,
    });
  });
});
