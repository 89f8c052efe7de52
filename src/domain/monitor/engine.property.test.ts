import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oracleFigures, type OracleEpisode } from '../../../test/support/monitor-oracle';
import { computeCells, median } from './engine';
import { EpisodeColumnsBuilder } from './episode-columns';
import type { MonitorPer, MonitorUnitKind } from './figures';
import { splitPeriods } from './periods';

const REGIONS = new Map([
  ['0001', 'R1'],
  ['0002', 'R1'],
  ['0003', 'R2'],
]);
const isoDay = (offset: number) => new Date(Date.UTC(2023, 10, 1) + offset * 86_400_000).toISOString().slice(0, 10);

const episodeArb = fc
  .record({
    client: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    gemeente: fc.constantFrom('0001', '0002', '0003', '0004'),
    aanbieder: fc.constantFrom('X', 'Y'),
    product: fc.constantFrom<'BW' | 'MO'>('BW', 'MO'),
    startOffset: fc.integer({ min: 0, max: 500 }),
    length: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null, freq: 3 }),
    reden: fc.constantFrom('19', '20', '22', '38'),
    pgb: fc.boolean(),
  })
  .map((r): OracleEpisode => ({
    ...r,
    start: isoDay(r.startOffset),
    einde: r.length === null ? null : isoDay(r.startOffset + r.length),
    reden: r.length === null ? null : r.reden,
  }));

function unitOf(e: OracleEpisode, by: MonitorUnitKind): string | undefined {
  return by === 'gemeente' ? e.gemeente : by === 'aanbieder' ? e.aanbieder : REGIONS.get(e.gemeente);
}

describe('monitor engine (columns, one pass)', () => {
  it('agrees with the day-by-day oracle on every cell, for every unit kind, period length and product', () => {
    fc.assert(
      fc.property(
        fc.array(episodeArb, { maxLength: 30 }),
        fc.constantFrom<MonitorPer>('maand', 'kwartaal', 'jaar'),
        fc.subarray<MonitorUnitKind>(['gemeente', 'regio', 'aanbieder'], { minLength: 1 }),
        (eps, per, levels) => {
          const b = new EpisodeColumnsBuilder();
          for (const e of eps) b.add(e);
          const periods = splitPeriods('2024-01-01', '2024-12-31', per);
          const cells = computeCells({ columns: b.build(), periods, levels, regionOf: REGIONS });
          let expected = 0;
          for (const p of periods) {
            for (const by of levels) {
              const units = new Set(eps.map((e) => unitOf(e, by)).filter((u): u is string => u !== undefined));
              for (const unit of units) {
                for (const product of ['BW', 'MO', 'totaal'] as const) {
                  const mine = eps.filter((e) => unitOf(e, by) === unit && (product === 'totaal' || e.product === product));
                  const o = oracleFigures(mine, p.start, p.end, null);
                  const cell = cells.find((c) => c.period === p.key && c.unit_kind === by && c.unit_code === unit && c.product === product);
                  if (o.in_zorg === 0) {
                    expect(cell).toBeUndefined();
                    continue;
                  }
                  expected += 1;
                  expect(cell, `${p.key} ${by} ${unit} ${product}`).toMatchObject({
                    in_zorg: o.in_zorg,
                    instroom: o.instroom,
                    uitstroom: o.uitstroom,
                    zorgdagen: o.zorgdagen,
                    pgb: o.pgb,
                    redenen_einde: o.redenen_einde,
                  });
                  if (o.doorlooptijd_mediaan === null) expect(cell?.doorlooptijd_n).toBe(0);
                  else {
                    expect(cell?.doorlooptijd_mediaan).toBeCloseTo(o.doorlooptijd_mediaan, 9);
                    expect(cell?.doorlooptijd_gemiddeld).toBeCloseTo(o.doorlooptijd_gemiddeld ?? Number.NaN, 9);
                  }
                }
              }
            }
          }
          expect(cells).toHaveLength(expected);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('counts a client once per cell even with several episodes in it', () => {
    const b = new EpisodeColumnsBuilder();
    const e = { client: 'k', gemeente: '0001', aanbieder: 'X', product: 'BW' as const, pgb: true };
    b.add({ ...e, start: '2024-01-05', einde: '2024-01-10', reden: '20' });
    b.add({ ...e, client: 'other', start: '2024-01-01', einde: null, reden: null });
    b.add({ ...e, start: '2024-01-20', einde: '2024-02-10', reden: '19' });
    const [cell] = computeCells({
      columns: b.build(),
      periods: splitPeriods('2024-01-01', '2024-01-31', 'maand'),
      levels: ['gemeente'],
      regionOf: REGIONS,
    });
    expect(cell).toMatchObject({ in_zorg: 2, instroom: 2, uitstroom: 0, pgb: 2, zorgdagen: 6 + 31 + 12, redenen_einde: { '20': 1 } });
  });

  it('takes the mean of the two middle values for an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, 1, 3])).toBe(3);
  });
});
