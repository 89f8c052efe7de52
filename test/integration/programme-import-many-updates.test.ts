import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { programmeDocument } from '../../bench/generate-programmes';
import { demoReferenceData } from '../../seeds/reference-data';
import type { Database } from '../../src/db/client';
import { progressUpdate } from '../../src/db/schema';
import { fixedClock } from '../../src/domain/shared/clock';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { ensureReferenceData } from '../../src/server/services/organisation/ensure-reference-data';
import { importProgramme } from '../../src/server/services/programme/import-programme';
import { createTestDatabase, testDriver } from '../support/test-db';

/**
 * A programme document with more updates than one statement can carry (16 parameters a row,
 * 65,535 a statement: 4,096 rows) imports whole, and a correction still points at the update it names.
 */
describe(`programme import with many updates (${testDriver})`, () => {
  let database: Database;
  const clock = fixedClock('2026-01-15T12:00:00Z');

  beforeAll(async () => {
    database = await createTestDatabase();
    await ensureReferenceData(database.db, SYSTEM_ACTOR, demoReferenceData(), clock);
  });
  afterAll(async () => database.close());

  it('stores every update of a 4,500-update document in order, corrections included', async () => {
    const { document } = programmeDocument(0, 40);
    const base = document.progress?.updates ?? [];
    const first = base[0];
    if (!first) throw new Error('geen updates in het document');
    const updates = Array.from({ length: 4_500 }, (_, i) => ({
      ...first,
      results: `Resultaat ${i}`,
      reportDate: `2025-${String(1 + (i % 12)).padStart(2, '0')}-10`,
      createdAt: `2025-${String(1 + (i % 12)).padStart(2, '0')}-10T10:00:00Z`,
    }));
    // The last update corrects one past the first slice of 1,000 rows.
    updates[4_499] = { ...updates[4_499], corrects: 4_200, correctionReason: 'verkeerde datum' } as (typeof updates)[number];
    const r = await importProgramme(
      database.db,
      SYSTEM_ACTOR,
      { document: { ...document, progress: { ...document.progress, updates } } },
      clock,
    );
    const rows = await database.db.select().from(progressUpdate).where(eq(progressUpdate.programmeId, r.id));
    expect(rows).toHaveLength(4_500);
    const byResult = new Map(rows.map((u) => [u.results, u]));
    const corrected = byResult.get('Resultaat 4200');
    expect(byResult.get('Resultaat 4499')?.correctsId).toBe(corrected?.id);
    // Every update once: 4,500 distinct texts.
    expect(byResult.size).toBe(4_500);
  }, 120_000);
});
