import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDocuments } from '../../seeds/programmes/index';
import { loadProgressDemo } from '../../seeds/progress-demo';
import { demoReferenceData } from '../../seeds/reference-data';
import type { Database } from '../../src/db/client';
import { nodeByProgrammeSlugAndKey } from '../../src/db/queries/node';
import type { ProgrammeDocument } from '../../src/domain/programme/document';
import { fixedClock } from '../../src/domain/shared/clock';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { ensureReferenceData } from '../../src/server/services/organisation/ensure-reference-data';
import { exportProgramme } from '../../src/server/services/programme/export-programme';
import { importProgramme } from '../../src/server/services/programme/import-programme';
import { listMilestones, listUpdates } from '../../src/db/queries/progress';
import { correctUpdate, withdrawUpdate } from '../../src/server/services/progress/correct-update';
import { setLifecycle } from '../../src/server/services/progress/set-lifecycle';
import { saveMilestone } from '../../src/server/services/progress/save-milestone';
import { setOverride, withdrawOverride } from '../../src/server/services/progress/set-override';
import { setRollUpRule } from '../../src/server/services/progress/set-rollup-rule';
import { createTestDatabase, testDriver } from '../support/test-db';

/**
 * export programme → import programme as a copy → export again gives the same document, for
 * every demo programme with its progress: milestones (done dates), updates, overrides (also a
 * withdrawn one), roll-up rule and weights, reporting periods with locks and frozen states,
 * links, municipalities. With and without personal data.
 */
describe(`the programme document is lossless (${testDriver})`, () => {
  let database: Database;
  const clock = fixedClock('2026-03-15T10:00:00Z');

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    await ensureReferenceData(db, SYSTEM_ACTOR, demoReferenceData(), clock);
    for (const document of demoDocuments) await importProgramme(db, SYSTEM_ACTOR, { document }, clock);
    await loadProgressDemo(db, clock);
    // What the demo does not have yet: a rule with weights, a withdrawn override, a milestone done.
    const slug = demoDocuments[0]?.programme.slug ?? '';
    const first = await exportProgramme(db, SYSTEM_ACTOR, { programme: slug });
    const parent = first.nodes.find((n) => first.nodes.some((c) => c.parentKey === n.key));
    const children = first.nodes.filter((c) => c.parentKey === parent?.key);
    const id = async (key: string) => (await nodeByProgrammeSlugAndKey(db, slug, key))?.id ?? '';
    const programmeId = (await nodeByProgrammeSlugAndKey(db, slug, parent?.key ?? ''))?.programmeId ?? '';
    const weights = Object.fromEntries(await Promise.all(children.map(async (c, i) => [await id(c.key), i + 0.5] as const)));
    await setRollUpRule(db, SYSTEM_ACTOR, { programmeId, rule: { status: 'meerderheid', percent: 'gewogen-gemiddelde' }, weights }, clock);
    const parentId = await id(parent?.key ?? '');
    await setOverride(
      db,
      SYSTEM_ACTOR,
      { programmeId, nodeId: parentId, status: 'rood', percent: null, reason: 'Eerst zo, later ingetrokken' },
      clock,
    );
    await withdrawOverride(db, SYSTEM_ACTOR, { programmeId, nodeId: parentId }, clock);
    await setOverride(
      db,
      SYSTEM_ACTOR,
      { programmeId, nodeId: parentId, status: 'oranje', percent: 40, reason: 'Bestuurlijk bijgesteld' },
      clock,
    );
    const [m] = await listMilestones(db, programmeId);
    if (m)
      await saveMilestone(
        db,
        SYSTEM_ACTOR,
        {
          programmeId,
          milestoneId: m.id,
          nodeId: m.nodeId,
          title: m.title,
          dueText: m.deadlineWording,
          doneDate: '2026-02-01',
          version: m.version,
        },
        clock,
      );
    // Corrections with history and life-cycle statuses (issue 18) travel too.
    const updates = await listUpdates(db, programmeId);
    const [wrong, gone] = updates;
    if (wrong)
      await correctUpdate(
        db,
        SYSTEM_ACTOR,
        { programmeId, updateId: wrong.id, reason: 'Verkeerde status ingevuld', status: 'groen', percent: 60, results: 'Hersteld' },
        clock,
      );
    if (gone) await withdrawUpdate(db, SYSTEM_ACTOR, { programmeId, updateId: gone.id, reason: 'Dubbel ingevoerd' }, clock);
    await setLifecycle(db, SYSTEM_ACTOR, { programmeId, nodeId: parentId, status: 'voorbereiding', since: '2025-01-01' }, clock);
    await setLifecycle(
      db,
      SYSTEM_ACTOR,
      { programmeId, nodeId: parentId, status: 'gepauzeerd', since: '2026-02-01', reason: 'Wacht op middelen' },
      clock,
    );
  }, 300_000);
  afterAll(async () => database?.close());

  const withoutName = (d: ProgrammeDocument) => ({ ...d, programme: { ...d.programme, slug: '', title: '' } });

  for (const personalData of [false, true]) {
    it(`export → import as a copy → export gives the same document for every demo programme (${personalData ? 'with' : 'without'} personal data)`, async () => {
      const db = database.db;
      const parts = {
        milestones: 0,
        done: 0,
        updates: 0,
        overrides: 0,
        withdrawn: 0,
        periods: 0,
        locked: 0,
        snapshot: 0,
        weights: 0,
        rules: 0,
        links: 0,
        municipalities: 0,
        corrections: 0,
        withdrawnUpdates: 0,
        lifecycle: 0,
      };
      for (const source of demoDocuments) {
        const doc = await exportProgramme(db, SYSTEM_ACTOR, { programme: source.programme.slug, personalData });
        const slug = `${source.programme.slug}-kopie-${personalData ? 'p' : 'a'}`;
        await importProgramme(db, SYSTEM_ACTOR, { document: doc, slug, title: `${doc.programme.title} (kopie)` }, clock);
        const again = await exportProgramme(db, SYSTEM_ACTOR, { programme: slug, personalData });
        expect(again.programme.slug).toBe(slug);
        expect(withoutName(again)).toEqual(withoutName(doc));
        const pr = doc.progress ?? {};
        parts.milestones += pr.milestones?.length ?? 0;
        parts.done += pr.milestones?.filter((x) => x.doneDate).length ?? 0;
        parts.updates += pr.updates?.length ?? 0;
        parts.overrides += pr.overrides?.length ?? 0;
        parts.withdrawn += pr.overrides?.filter((x) => x.withdrawnAt).length ?? 0;
        parts.periods += pr.periods?.length ?? 0;
        parts.locked += pr.periods?.filter((x) => x.locked).length ?? 0;
        parts.snapshot += pr.periods?.reduce((a, x) => a + (x.locked?.snapshot.length ?? 0), 0) ?? 0;
        parts.weights += pr.weights?.length ?? 0;
        parts.rules += pr.rule ? 1 : 0;
        parts.links += doc.links?.length ?? 0;
        parts.corrections += pr.updates?.filter((x) => x.corrects !== undefined && x.corrects !== null).length ?? 0;
        parts.withdrawnUpdates += pr.updates?.filter((x) => x.withdrawnAt).length ?? 0;
        parts.lifecycle += pr.lifecycle?.length ?? 0;
        parts.municipalities += doc.nodes.reduce((a, n) => a + (n.municipalities?.length ?? 0), 0);
      }
      // Every part is really there, so a part the export silently dropped would show.
      for (const [part, count] of Object.entries(parts)) expect(count, part).toBeGreaterThan(0);
    }, 300_000);
  }

  it('keeps personal data out unless asked: authors become organisations, no e-mail or phone', async () => {
    const db = database.db;
    for (const source of demoDocuments) {
      const plain = await exportProgramme(db, SYSTEM_ACTOR, { programme: source.programme.slug });
      const full = await exportProgramme(db, SYSTEM_ACTOR, { programme: source.programme.slug, personalData: true });
      const orgNames = new Set((plain.organisations ?? []).map((o) => o.name));
      for (const u of plain.progress?.updates ?? [])
        expect(u.organisation ? orgNames.has(u.author) : u.author === 'programmabeheer', u.author).toBe(true);
      for (const o of plain.progress?.overrides ?? []) expect([o.author, o.withdrawnBy ?? null]).toEqual(['programmabeheer', null]);
      for (const u of plain.progress?.updates ?? []) expect(u.withdrawnBy ?? null).toBeNull();
      for (const l of plain.progress?.lifecycle ?? []) expect(l.author).toBe('programmabeheer');
      for (const x of plain.persons ?? []) expect([x.email, x.phone]).toEqual([null, null]);
      for (const p of plain.progress?.periods ?? []) expect(p.locked?.by ?? null).toBeNull();
      // The full export names the authors as they were recorded.
      expect((full.progress?.updates ?? []).map((u) => u.author)).not.toEqual((plain.progress?.updates ?? []).map((u) => u.author));
    }
  });
});
