import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../seeds';
import { loadKpiDemo } from '../../seeds/kpi-demo';
import { kpiIndicator, kpiMeasurement } from '../../src/db/schema';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

describe(`KPI demo data (${testDriver})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ signedInAs: 'beheerder' });
    await loadDemo(t.database.db, t.clock);
  }, 240_000);
  afterAll(async () => t?.close());

  it('has the seeds’ KPIs with their real targets, demo figures labelled as demo, and loads once', async () => {
    const db = t.database.db;
    expect(await loadKpiDemo(db, t.clock)).toEqual({ indicators: 0, measurements: 0, zrm: 0 });
    const indicators = await db.select().from(kpiIndicator);
    expect(indicators.map((i) => i.code)).toEqual(
      expect.arrayContaining(['E33', 'VAL', 'WERK', 'ROKEN', 'HAP', 'BW-ZRM', 'BW-UITSTROOM', 'BW-TEVREDENHEID']),
    );
    const measurements = await db.select().from(kpiMeasurement);
    expect(measurements.every((m) => m.isDemo && m.source?.startsWith('Demo'))).toBe(true);

    const overview = await t.app.inject({ method: 'GET', url: '/api/programmes/mjp-pkp-groningen/kpi' });
    const items = overview.json().items as {
      code: string;
      targets: { description: string }[];
      nodes: { title: string }[];
      isDemo: boolean;
    }[];
    const e33 = items.find((i) => i.code === 'E33');
    expect(e33?.targets[0]?.description).toBe('−10% ten opzichte van de nulmeting, uiterlijk 31-12-2021');
    expect(e33?.nodes.map((n) => n.title)).toEqual(['Betere toeleiding Vroegsignalering']);
    expect(items.find((i) => i.code === 'ROKEN')?.targets[0]?.description).toBe(
      '−2,5 procentpunt ten opzichte van de nulmeting, uiterlijk 31-12-2025',
    );
    expect(items.find((i) => i.code === 'WERK')?.targets[0]?.description).toBe('2021: 50 · 2022: 100 · 2023: 100');
    expect(items.find((i) => i.code === 'VAL')?.targets[0]?.description).toBe('samen 2.500 van 01-01-2021 tot en met 31-12-2025');
    expect(items.every((i) => i.isDemo)).toBe(true);

    const zrm = await t.app.inject({ method: 'GET', url: '/api/programmes/meedoen-en-wonen-nml/kpi/zrm' });
    const z = zrm.json() as { pairs: number; rows: { unitName: string; domain: string; n: number | string }[] };
    expect(z.pairs).toBe(46 + 31 + 24 + 3);
    // The provider with 3 clients is suppressed, not shown.
    expect(z.rows.filter((r) => r.unitName === 'Demo-aanbieder Kempen Onderdak').every((r) => typeof r.n === 'string' || r.n === 0)).toBe(
      true,
    );
  });
});
