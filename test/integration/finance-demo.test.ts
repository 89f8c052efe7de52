import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFinanceDemo } from '../../seeds/finance-demo';
import { demoDocuments } from '../../seeds/programmes/index';
import { financeLines2023 } from '../../seeds/programmes/meedoen-en-wonen/finance';
import { demoReferenceData } from '../../seeds/reference-data';
import type { Database } from '../../src/db/client';
import { fixedClock } from '../../src/domain/shared/clock';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { getFinance } from '../../src/server/services/finance/finance-overview';
import { ensureReferenceData } from '../../src/server/services/organisation/ensure-reference-data';
import { importProgramme } from '../../src/server/services/programme/import-programme';
import { createTestDatabase, testDriver } from '../support/test-db';

/** The demo's finance facts, checked against the seed data they come from (not against the implementation). */
describe(`finance demo (${testDriver})`, () => {
  let database: Database;
  const clock = fixedClock('2026-03-15T10:00:00Z');

  beforeAll(async () => {
    database = await createTestDatabase();
    await ensureReferenceData(database.db, SYSTEM_ACTOR, demoReferenceData(), clock);
    for (const document of demoDocuments) await importProgramme(database.db, SYSTEM_ACTOR, { document }, clock);
    await loadFinanceDemo(database.db, clock);
  });
  afterAll(async () => database.close());

  it('Meedoen en Wonen: the four extra costs of 2023, requested, paid by the MGR, € 550.000 together', async () => {
    const f = await getFinance(database.db, { programme: 'meedoen-en-wonen-nml' });
    expect(f.lines).toHaveLength(4);
    expect(f.lines.map((l) => l.requestedCents).sort()).toEqual([2_500_000, 10_000_000, 15_000_000, 27_500_000].sort());
    expect(new Set(f.lines.map((l) => l.payerName))).toEqual(new Set(['MGR Noord- en Midden-Limburg']));
    expect(f.total.aangevraagd).toEqual({ cents: 55_000_000, unknown: 0 });
    expect(f.total.aangevraagd.cents).toBe(financeLines2023.reduce((s, l) => s + l.cents, 0));
    // The gap analyses name the same amounts: their column totals to the same sum.
    expect(f.gapBudgetTotal.cents).toBe(55_000_000);
    expect(f.byYearStream).toEqual([
      {
        year: 2023,
        moneyStream: 'Begrotingswijziging MGR',
        amounts: expect.objectContaining({ aangevraagd: { cents: 55_000_000, unknown: 0 } }),
      },
    ]);
  });

  it('MJP: € 5.000 for "Bespreekbaar maken" and ZonMw grants and co-financing whose amounts are unknown, not zero', async () => {
    const f = await getFinance(database.db, { programme: 'mjp-pkp-groningen' });
    expect(f.total.aangevraagd).toEqual({ cents: 500_000, unknown: 4 });
    expect(f.lines.filter((l) => l.moneyStream === 'subsidie-zonmw-vws').every((l) => l.requestedCents === null)).toBe(true);
    const primary = f.nodes.find((n) => n.title === 'Primaire preventie');
    expect(primary?.subtree.aangevraagd).toEqual({ cents: 500_000, unknown: 4 });
  });

  it('is idempotent', async () => {
    expect(await loadFinanceDemo(database.db, clock)).toBe(0);
  });
});
