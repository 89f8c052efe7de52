import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../seeds';
import { loadProgressDemo } from '../../seeds/progress-demo';
import { milestone, periodSnapshot, progressUpdate, reportingPeriod } from '../../src/db/schema';
import { verifyAuditChain } from '../../src/server/audit/record-audit';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

describe(`progress demo data (${testDriver})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ signedInAs: 'beheerder' });
    await loadDemo(t.database.db, t.clock);
  });
  afterAll(async () => t?.close());

  it('gives every demo programme periods, milestones and updates, all labelled as demo; loading twice adds nothing', async () => {
    const db = t.database.db;
    // loadDemo may already have run the progress demo; a second run must add nothing either way.
    await loadProgressDemo(db, t.clock);
    const counts = async () => ({
      updates: (await db.select().from(progressUpdate)).length,
      milestones: (await db.select().from(milestone)).length,
      periods: (await db.select().from(reportingPeriod)).length,
    });
    const first = await counts();
    expect(await loadProgressDemo(db, t.clock)).toEqual({ programmes: 0, updates: 0, milestones: 0 });
    expect(await counts()).toEqual(first);

    const updates = await db.select().from(progressUpdate);
    expect(updates.length).toBeGreaterThan(30);
    expect(updates.every((u) => u.isDemo && (u.results ?? '').startsWith('Demo:'))).toBe(true);
    const milestones = await db.select().from(milestone);
    expect(new Set(milestones.map((m) => m.programmeId)).size).toBe(3);
    expect(milestones.every((m) => m.isDemo)).toBe(true);
    const periods = await db.select().from(reportingPeriod);
    expect(new Set(periods.map((p) => p.programmeId)).size).toBe(3);
    // Locked periods have a snapshot; the last past period of each programme is left open.
    const locked = periods.filter((p) => p.lockedAt !== null);
    expect(locked.length).toBeGreaterThan(0);
    const snapshotPeriods = new Set((await db.select().from(periodSnapshot)).map((s) => s.periodId));
    expect(locked.every((p) => snapshotPeriods.has(p.id))).toBe(true);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('shows a dashboard for each demo programme by slug', async () => {
    for (const slug of ['meedoen-en-wonen-nml', 'zorglandschap-wmo-flevoland', 'mjp-pkp-groningen']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/programmes/${slug}/progress/dashboard` });
      expect(res.statusCode).toBe(200);
      const levels = res.json().levels as { total: number }[];
      expect(levels.reduce((s, l) => s + l.total, 0)).toBeGreaterThan(5);
    }
  });
});
