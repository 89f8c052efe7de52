import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMonitorDemo } from '../../seeds/monitor';
import { DEMO_MUNICIPALITIES, demoEpisodes } from '../../seeds/monitor-demo';
import { computeMonitor } from '../../src/server/services/monitor/compute-monitor';
import { expectedFigures } from '../support/monitor-expected';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

/** The demo episodes, imported as `npm start` does, give exactly the figures recomputed from the generator. */
describe(`monitor demo data (${testDriver})`, () => {
  let t: TestApp;
  const episodes = demoEpisodes();
  beforeAll(async () => {
    t = await buildTestApp();
    expect(await loadMonitorDemo(t.database.db, t.clock)).toEqual({ monitorEpisodes: episodes.length });
  });
  afterAll(async () => t.close());

  it('gives every municipality and region its independently computed raw figures for 2025', async () => {
    const result = await computeMonitor(t.database.db, {
      from: '2025-01-01',
      to: '2025-12-31',
      per: 'jaar',
      by: 'gemeente',
      suppress: false,
    });
    for (const m of DEMO_MUNICIPALITIES) {
      for (const product of ['BW', 'MO', 'totaal'] as const) {
        const row = result.rows.find((r) => r.unit_code === m.gemeente && r.product === product);
        const mine = episodes.filter((e) => e.gemeente === m.gemeente && (product === 'totaal' || e.product === product));
        const exact = expectedFigures(mine, '2025-01-01', '2025-12-31');
        expect(row, `${m.naam} ${product}`).toMatchObject({ unit_name: m.naam, ...exact });
        expect(row?.redenen_einde, `${m.naam} ${product} redenen`).toEqual(exact.redenen_einde);
      }
    }
    const regions = await computeMonitor(t.database.db, {
      from: '2025-01-01',
      to: '2025-12-31',
      per: 'jaar',
      by: 'regio',
      suppress: false,
    });
    for (const regio of ['NML', 'FLE']) {
      const members = new Set(DEMO_MUNICIPALITIES.filter((m) => m.regio === regio).map((m) => m.gemeente));
      const exact = expectedFigures(
        episodes.filter((e) => members.has(e.gemeente)),
        '2025-01-01',
        '2025-12-31',
      );
      expect(regions.rows.find((r) => r.unit_code === regio && r.product === 'totaal')).toMatchObject(exact);
    }
  });

  it('gives every provider an occupancy rate from the demo capacity register, and a second load writes nothing', async () => {
    const result = await computeMonitor(t.database.db, {
      from: '2025-01-01',
      to: '2025-12-31',
      per: 'jaar',
      by: 'aanbieder',
      suppress: false,
    });
    const totals = result.rows.filter((r) => r.product === 'totaal');
    expect(totals).toHaveLength(7);
    for (const r of totals) {
      expect(r.bezettingsgraad, r.unit_code).not.toBeNull();
      expect(r.bezettingsgraad ?? 0).toBeGreaterThan(0.6);
      expect(r.bezettingsgraad ?? 0).toBeLessThan(1.2);
    }
    expect(await loadMonitorDemo(t.database.db, t.clock)).toEqual({ monitorEpisodes: 0 });
  });
});
