import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client';
import { fixedClock } from '../../src/domain/shared/clock';
import type { MonitorRow } from '../../src/domain/monitor/responses';
import type { MonitorPer, MonitorUnitKind } from '../../src/domain/monitor/figures';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { computeMonitor } from '../../src/server/services/monitor/compute-monitor';
import { importMonitorFile } from '../../src/server/services/monitor/import-monitor-file';
import { createTestDatabase } from '../support/test-db';
import { oracleFigures, toCsv, type OracleCapacity, type OracleEpisode } from '../support/monitor-oracle';

const clock = fixedClock('2026-03-15T10:00:00Z');
const REGIONS: Record<string, string> = { '0001': 'R1', '0002': 'R1', '0003': 'R2' };
const REGION_CSV = 'gemeente,gemeente_naam,regio,regio_naam\n0001,Een,R1,Regio 1\n0002,Twee,R1,Regio 1\n0003,Drie,R2,Regio 2\n';

const isoDay = (offset: number) => new Date(Date.UTC(2023, 9, 1) + offset * 86_400_000).toISOString().slice(0, 10);

/** Episodes between 2023-10 and 2025-02; some open, some paused (20), some the same client twice. */
const episodeArb = fc
  .record({
    client: fc.constantFrom('k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8', 'k9'),
    gemeente: fc.constantFrom('0001', '0002', '0003', '0004'),
    aanbieder: fc.constantFrom('A1', 'A2', 'A3'),
    product: fc.constantFrom<'BW' | 'MO'>('BW', 'MO'),
    startOffset: fc.integer({ min: 0, max: 480 }),
    length: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null, freq: 3 }),
    reden: fc.constantFrom('19', '20', '21', '02', '38'),
    pgb: fc.boolean(),
  })
  .map((r): OracleEpisode => ({
    client: r.client,
    gemeente: r.gemeente,
    aanbieder: r.aanbieder,
    product: r.product,
    start: isoDay(r.startOffset),
    einde: r.length === null ? null : isoDay(r.startOffset + r.length),
    reden: r.length === null ? null : r.reden,
    pgb: r.pgb,
  }));

const episodesArb = fc.uniqueArray(episodeArb, {
  minLength: 1,
  maxLength: 40,
  selector: (e) => `${e.client}|${e.gemeente}|${e.aanbieder}|${e.product}|${e.start}`,
});

const CAPACITY: OracleCapacity[] = [
  { aanbieder: 'A1', product: '', van: '2024-01-01', tot: '2024-06-30', plaatsen: 3 },
  { aanbieder: 'A1', product: '', van: '2024-07-01', tot: null, plaatsen: 5 },
  { aanbieder: 'A2', product: 'BW', van: '2024-02-15', tot: '2024-12-31', plaatsen: 2 },
];
const CAPACITY_CSV =
  `aanbieder,locatie,product,van,tot,plaatsen\n` +
  `${CAPACITY.map((c) => [c.aanbieder, '', c.product, c.van, c.tot ?? '', c.plaatsen].join(',')).join('\n')}\n`;

function unitOf(e: OracleEpisode, by: MonitorUnitKind): string | null {
  if (by === 'gemeente') return e.gemeente;
  if (by === 'aanbieder') return e.aanbieder;
  return REGIONS[e.gemeente] ?? null;
}

function expectAgrees(row: MonitorRow, eps: OracleEpisode[], by: MonitorUnitKind): void {
  const mine = eps.filter((e) => unitOf(e, by) === row.unit_code && (row.product === 'totaal' || e.product === row.product));
  const cap =
    by === 'aanbieder'
      ? CAPACITY.filter((c) => c.aanbieder === row.unit_code && (c.product === '' ? row.product === 'totaal' : c.product === row.product))
      : null;
  const o = oracleFigures(mine, row.period.start, row.period.end, cap && cap.length > 0 ? cap : null);
  const where = `${row.period.key} ${row.unit_kind} ${row.unit_code} ${row.product}`;
  expect({
    where,
    in_zorg: row.in_zorg,
    instroom: row.instroom,
    uitstroom: row.uitstroom,
    zorgdagen: row.zorgdagen,
    pgb: row.pgb,
    redenen: row.redenen_einde,
  }).toEqual({
    where,
    in_zorg: o.in_zorg,
    instroom: o.instroom,
    uitstroom: o.uitstroom,
    zorgdagen: o.zorgdagen,
    pgb: o.pgb,
    redenen: o.redenen_einde,
  });
  expect(row.gemiddelde_bezetting, where).toBe(o.gemiddelde_bezetting);
  expect(row.bezettingsgraad, where).toBe(o.bezettingsgraad);
  for (const [got, want] of [
    [row.doorlooptijd_mediaan, o.doorlooptijd_mediaan],
    [row.doorlooptijd_gemiddeld, o.doorlooptijd_gemiddeld],
  ] as const) {
    if (want === null) expect(got, where).toBeNull();
    else expect(Math.abs((got ?? Number.NaN) - want), where).toBeLessThanOrEqual(0.0500001);
  }
}

/** Every (period, unit, product) with at least one overlapping episode, by the oracle's own walk. */
function expectedKeys(eps: OracleEpisode[], by: MonitorUnitKind, periods: { key: string; start: string; end: string }[]): string[] {
  const keys = new Set<string>();
  for (const p of periods) {
    for (const e of eps) {
      const u = unitOf(e, by);
      if (u === null || e.start > p.end || (e.einde !== null && e.einde < p.start)) continue;
      keys.add(`${p.key}|${u}|${e.product}`);
      keys.add(`${p.key}|${u}|totaal`);
    }
  }
  return [...keys].sort();
}

describe('monitor definitions agree with an independent day-by-day computation', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    await importMonitorFile(database.db, SYSTEM_ACTOR, REGION_CSV, { fileName: 'regio.csv', pseudonymSecret: undefined, clock });
    await importMonitorFile(database.db, SYSTEM_ACTOR, CAPACITY_CSV, { fileName: 'capaciteit.csv', pseudonymSecret: undefined, clock });
  });
  afterAll(async () => database.close());

  it('for every unit kind, period kind and product', async () => {
    await fc.assert(
      fc.asyncProperty(episodesArb, fc.constantFrom<MonitorPer>('maand', 'kwartaal', 'jaar'), async (eps, per) => {
        await database.db.execute(sql`delete from monitor_episode`);
        const report = await importMonitorFile(database.db, SYSTEM_ACTOR, toCsv(eps), {
          fileName: 'episodes.csv',
          pseudonymSecret: undefined,
          clock,
        });
        expect(report.rejected).toBe(0);
        expect(report.imported).toBe(eps.length);
        for (const by of ['gemeente', 'aanbieder', 'regio'] as const) {
          const result = await computeMonitor(database.db, { from: '2024-01-01', to: '2024-12-31', per, by, suppress: false });
          const periods = [...new Map(result.rows.map((r) => [r.period.key, r.period])).values()];
          const allPeriods = per === 'jaar' ? [{ key: '2024', start: '2024-01-01', end: '2024-12-31' }] : periods;
          expect(result.rows.map((r) => `${r.period.key}|${r.unit_code}|${r.product}`).sort()).toEqual(
            expectedKeys(eps, by, per === 'jaar' ? allPeriods : allPeriodsOf(per)),
          );
          for (const row of result.rows) expectAgrees(row, eps, by);
        }
      }),
      { numRuns: 12 },
    );
  }, 240_000);
});

function allPeriodsOf(per: MonitorPer): { key: string; start: string; end: string }[] {
  const out: { key: string; start: string; end: string }[] = [];
  const step = per === 'maand' ? 1 : 3;
  for (let m = 1; m <= 12; m += step) {
    const last = new Date(Date.UTC(2024, m - 1 + step, 0)).toISOString().slice(0, 10);
    const key = per === 'maand' ? `2024-${String(m).padStart(2, '0')}` : `2024-Q${(m + 2) / 3}`;
    out.push({ key, start: `2024-${String(m).padStart(2, '0')}-01`, end: last });
  }
  return out;
}
