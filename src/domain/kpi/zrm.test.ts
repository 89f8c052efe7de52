import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateZrm, pairAssessments, ZRM_DOMAINS, ZRM_TOTAL, type ZrmAssessment, type ZrmPair } from './zrm';

const scores = (v: number | null) => ZRM_DOMAINS.map(() => v);

describe('ZRM: paired assessments → % improved / stable / declined', () => {
  it('pairs the first start with the last follow-up after it, per client and provider', () => {
    const a: ZrmAssessment[] = [
      { client: 'c1', provider: 'p', kind: 'start', date: '2023-01-10', scores: scores(2) },
      { client: 'c1', provider: 'p', kind: 'vervolg', date: '2023-07-10', scores: scores(3) },
      { client: 'c1', provider: 'p', kind: 'vervolg', date: '2024-01-10', scores: scores(4) },
      { client: 'c2', provider: 'p', kind: 'start', date: '2023-01-10', scores: scores(2) },
      { client: 'c3', provider: 'p', kind: 'vervolg', date: '2023-01-10', scores: scores(2) },
    ];
    const pairs = pairAssessments(a);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]?.followUp[0]).toBe(4);
  });

  it('counts a domain only where both scores are known', () => {
    const start = scores(3);
    const follow = scores(3).map((s, i) => (i === 0 ? 4 : i === 1 ? null : i === 2 ? 2 : s));
    const rows = aggregateZrm([{ client: 'c', provider: 'p', start, followUp: follow }], ['p'], null);
    const get = (d: string) => rows.find((r) => r.unit === 'totaal' && r.domain === d);
    expect(get('Financiën')).toMatchObject({ n: 1, verbeterd: 1, pctVerbeterd: 100 });
    expect(get('Werk & opleiding')).toMatchObject({ n: 0, verbeterd: 0, pctVerbeterd: null });
    expect(get('Tijdsbesteding')).toMatchObject({ n: 1, verslechterd: 1 });
    // total over the 12 domains scored twice: 36 → 36 (one up, one down)
    expect(get(ZRM_TOTAL)).toMatchObject({ n: 1, gelijk: 1 });
  });

  it('property: raw counts equal an independent tally; suppressed output shows no count from 1 to 4', () => {
    const score = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 5 });
    const pairArb = fc.record({
      provider: fc.constantFrom('a', 'b', 'c'),
      start: fc.array(score, { minLength: 13, maxLength: 13 }),
      followUp: fc.array(score, { minLength: 13, maxLength: 13 }),
    });
    fc.assert(
      fc.property(fc.array(pairArb, { maxLength: 60 }), (list) => {
        const pairs: ZrmPair[] = list.map((p, i) => ({ client: `c${i}`, ...p }));
        const raw = aggregateZrm(pairs, ['a', 'b', 'c'], null);
        for (const unit of ['a', 'b', 'c', 'totaal']) {
          for (let d = 0; d < 13; d++) {
            let up = 0;
            let same = 0;
            let down = 0;
            for (const p of pairs) {
              if (unit !== 'totaal' && p.provider !== unit) continue;
              const s = p.start[d];
              const f = p.followUp[d];
              if (s == null || f == null) continue;
              if (f > s) up++;
              else if (f < s) down++;
              else same++;
            }
            const row = raw.find((r) => r.unit === unit && r.domain === ZRM_DOMAINS[d]);
            if (!row || row.verbeterd !== up || row.gelijk !== same || row.verslechterd !== down || row.n !== up + same + down)
              return false;
            const pct = up + same + down === 0 ? null : Math.round((up / (up + same + down)) * 1000) / 10;
            if (row.pctVerbeterd !== pct) return false;
          }
        }
        const published = aggregateZrm(pairs, ['a', 'b', 'c'], 5);
        return published.every(
          (r) =>
            [r.n, r.verbeterd, r.gelijk, r.verslechterd].every((c) => typeof c === 'string' || c === 0 || c >= 5) &&
            [
              [r.verbeterd, r.pctVerbeterd],
              [r.gelijk, r.pctGelijk],
              [r.verslechterd, r.pctVerslechterd],
            ].every(([c, p]) => typeof c !== 'string' || p === null),
        );
      }),
      { numRuns: 60 },
    );
  });
});
