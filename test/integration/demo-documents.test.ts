import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDocuments } from '../../seeds/programmes/index';
import type { Database } from '../../src/db/client';
import type { ProgrammeDocument } from '../../src/domain/programme/document';
import { fixedClock } from '../../src/domain/shared/clock';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { exportProgramme } from '../../src/server/services/programme/export-programme';
import { importProgramme } from '../../src/server/services/programme/import-programme';
import { createTestDatabase, testDriver } from '../support/test-db';

/**
 * The three demo documents go through the real import service into a real database and come
 * back out through the export: structure and facts survive (counts, "geen", deadline wording,
 * municipalities of lokaal activities, CBS codes and unknown inhabitants).
 */
describe(`demo documents import and export (${testDriver})`, () => {
  let database: Database;
  const clock = fixedClock('2026-03-15T10:00:00Z');
  const exported = new Map<string, ProgrammeDocument>();

  beforeAll(async () => {
    database = await createTestDatabase();
    for (const document of demoDocuments) {
      const r = await importProgramme(database.db, SYSTEM_ACTOR, { document }, clock);
      exported.set(r.slug, await exportProgramme(database.db, SYSTEM_ACTOR, { programme: r.slug }));
    }
  });
  afterAll(async () => database.close());

  const doc = (slug: string): ProgrammeDocument => {
    const d = exported.get(slug);
    if (!d) throw new Error(`not imported: ${slug}`);
    return d;
  };

  it('keeps every node, effort and link of each document', () => {
    for (const input of demoDocuments) {
      const out = doc(input.programme.slug);
      // Export writes the tree depth-first; compare node by node, and sibling order per parent.
      const triple = (n: { key: string; parentKey?: string | null; code?: string | null }) => [n.key, n.parentKey ?? null, n.code ?? null];
      const byKey = (a: unknown[], b: unknown[]) => String(a[0]).localeCompare(String(b[0]));
      expect(out.nodes.map(triple).sort(byKey)).toEqual(input.nodes.map(triple).sort(byKey));
      const siblings = (nodes: { key: string; parentKey?: string | null }[]) =>
        Object.fromEntries(
          [...new Set(nodes.map((n) => n.parentKey ?? ''))].map((p) => [
            p,
            nodes.filter((n) => (n.parentKey ?? '') === p).map((n) => n.key),
          ]),
        );
      expect(siblings(out.nodes)).toEqual(siblings(input.nodes));
      expect((out.efforts ?? []).length).toBe((input.efforts ?? []).length);
      expect((out.links ?? []).length).toBe((input.links ?? []).length);
      expect(out.programme.levelLabels).toEqual(input.programme.levelLabels);
    }
  });

  it('keeps Menzis "geen" in the MJP PKP as an explicit effort', () => {
    const none = (doc('mjp-pkp-groningen').efforts ?? []).filter((e) => e.geen === true);
    expect(none.map((e) => [e.partner, e.goals])).toEqual([[{ organisation: 'menzis' }, ['pp-8']]]);
  });

  it('keeps zero, unknown and another fund apart in the budgets', () => {
    const budget = (slug: string, key: string) => doc(slug).nodes.find((n) => n.key === key)?.gapAnalysis?.budget;
    expect(budget('mjp-pkp-groningen', 'pp-1')).toMatchObject({ kind: 'bedrag', cents: 500_000 });
    expect(budget('mjp-pkp-groningen', 'pp-6')).toMatchObject({ kind: 'bedrag', cents: 0 });
    expect(budget('mjp-pkp-groningen', 'sp-4')).toMatchObject({ kind: 'onbekend' });
    expect(budget('mjp-pkp-groningen', 'pp-4')).toMatchObject({ kind: 'ander-fonds', fund: 'subsidie ZonMw met cofinanciering' });
    expect(budget('meedoen-en-wonen-nml', 'a-clientparticipatie-III')).toMatchObject({ kind: 'bedrag', cents: 27_500_000 });
  });

  it('keeps deadline wording and grain, and the municipalities of lokaal activities', () => {
    const nml = doc('meedoen-en-wonen-nml');
    const grijs = nml.nodes.find((n) => n.key === 'a-samenwerking-I');
    expect(grijs?.deadline).toEqual({ grain: 'periode', wording: 'Q3 en Q4 2022', start: '2022-07-01', end: '2022-12-31' });
    expect(grijs?.municipalities).toHaveLength(14);
    const scanner = nml.nodes.find((n) => n.key === 'a-preventie-I');
    expect(scanner?.deadline).toEqual({ grain: 'keuze', wording: 'Q4 van 2022 of Q1 van 2023', start: '2022-10-01', end: '2023-03-31' });
  });

  it('stores gemeenten with their CBS code and inhabitants, unknown where the reference lacks a figure', () => {
    const orgs = demoDocuments.flatMap((d) => exported.get(d.programme.slug)?.organisations ?? []);
    const almere = orgs.find((o) => o.key === 'almere');
    expect(almere?.cbsCode).toBe('0034');
    expect(almere?.population?.map((p) => [p.year, p.inhabitants])).toEqual([[2016, 198_145]]);
    const venray = orgs.find((o) => o.key === 'venray');
    expect(venray?.cbsCode).toBe('0984');
    expect(venray?.population?.map((p) => p.inhabitants)).toEqual([null]);
  });
});
