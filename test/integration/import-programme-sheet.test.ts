import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/database';
import { DomainError } from '../../src/domain/shared/errors';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { importTable } from '../../src/server/services/import/import-table';
import { exportProgramme } from '../../src/server/services/programme/export-programme';
import { uploadOf } from '../support/multipart';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url));

describe(`programme-sheet import and damaged files (${testDriver})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ signedInAs: 'beheerder' });
  });
  afterAll(async () => t.close());

  async function counts() {
    const [row] = await queryRows<{ programmes: number; nodes: number; audits: number }>(
      t.database.db,
      sql`select (select count(*)::int from programme) as programmes, (select count(*)::int from node) as nodes, (select
        count(*)::int from audit_log) as audits`,
    );
    return row;
  }

  it('imports a programme sheet as a tree with its level names and deadlines at their grain', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/imports?kind=programme-sheet&programmeTitle=${encodeURIComponent('Meedoen en Wonen')}`,
      ...uploadOf(fixture('sheet-dotted-codes.tsv'), 'sheet-dotted-codes.tsv'),
    });
    expect(res.statusCode).toBe(201);
    const doc = await exportProgramme(t.database.db, SYSTEM_ACTOR, { programme: res.json().programme.slug });
    expect(doc.programme.levelLabels).toEqual(['Pijler', 'Ambitie', 'Activiteit']);
    const byKey = new Map(doc.nodes.map((n) => [n.key, n]));
    const shape = doc.nodes.map((n) => {
      const parent = n.parentKey ? byKey.get(n.parentKey) : undefined;
      return [n.code, n.title, parent?.code ?? null];
    });
    expect(shape).toEqual([
      ['1', 'Wonen', null],
      ['1.1', 'Voldoende woningen', '1'],
      ['1.1.1', 'Afspraken met corporaties', '1.1'],
      ['1.1.2', 'Skaeve huse', '1.1'],
      ['2', 'Meedoen', null],
      ['2.3.1', 'Dagbesteding dichtbij', '2'],
      ['2.4', 'Werk', '2'],
    ]);
    const afspraken = doc.nodes.find((n) => n.code === '1.1.1');
    expect(afspraken?.deadline).toEqual({ grain: 'periode', wording: 'Q3 en Q4 2022', start: '2022-07-01', end: '2022-12-31' });
    expect(afspraken?.sections).toEqual([
      { title: 'Eigenaar', body: 'Woningcorporatie' },
      { title: 'Startdatum', body: '15-03-2022' },
      { title: 'Status bij import', body: 'afgerond: afgerond' },
    ]);
  });

  it('stores life-cycle words of the status column as the life-cycle status, not as a section', async () => {
    const text = ['Code\tTitel\tStatus', '1\tThema\t', '1.1\tProject\tOn hold', '1.2\tAnder project\tvoorgesteld te stoppen'].join('\n');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/imports?kind=programme-sheet&programmeTitle=Levensfasen',
      ...uploadOf(text, 'levensfasen.tsv'),
    });
    expect(res.statusCode).toBe(201);
    const doc = await exportProgramme(t.database.db, SYSTEM_ACTOR, { programme: res.json().programme.slug });
    const code = new Map(doc.nodes.map((n) => [n.key, n.code]));
    expect((doc.progress?.lifecycle ?? []).map((l) => [code.get(l.node), l.status, l.since])).toEqual([
      ['1.1', 'gepauzeerd', '2026-03-15'],
      ['1.2', 'voorgesteld-te-stoppen', '2026-03-15'],
    ]);
    expect(doc.nodes.flatMap((n) => n.sections ?? []).map((x) => x.title)).not.toContain('Levensfase bij import');
    // The progress view shows it beside the traffic light, and a paused project owes nothing.
    const progress = await t.app.inject({ method: 'GET', url: `/api/programmes/${res.json().programme.slug}/progress` });
    expect(progress.statusCode).toBe(200);
    const lifecycleOf = new Map(
      (progress.json().nodes as { code: string | null; lifecycle: { status: string } | null }[]).map((n) => [
        n.code,
        n.lifecycle?.status ?? null,
      ]),
    );
    expect([lifecycleOf.get('1'), lifecycleOf.get('1.1'), lifecycleOf.get('1.2')]).toEqual([null, 'gepauzeerd', 'voorgesteld-te-stoppen']);
  });

  it('damaged files either import completely or leave the database untouched', async () => {
    const sources = ['gap-table.xlsx', 'gap-continuation.tsv', 'gap-quoted.csv', 'sheet-parent-column.csv'].map((name) => ({
      name,
      bytes: fixture(name),
    }));
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...sources),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
        async (source, keep, edits) => {
          const bytes = Uint8Array.from(source.bytes.subarray(0, Math.floor(source.bytes.length * keep)));
          for (const [at, value] of edits) if (bytes.length > 0) bytes[at % bytes.length] = value;
          const before = await counts();
          run += 1;
          const kind = source.name.startsWith('sheet-') ? 'programme-sheet' : 'gap-table';
          try {
            const r = await importTable(t.database.db, SYSTEM_ACTOR, { kind, file: bytes, programmeTitle: `Beschadigd ${run}` }, t.clock);
            const after = await counts();
            expect(after?.programmes).toBe((before?.programmes ?? 0) + 1);
            expect(after?.nodes).toBe((before?.nodes ?? 0) + r.preview.document.nodes.length);
          } catch (e) {
            if (!(e instanceof DomainError)) throw e;
            expect(await counts()).toEqual(before);
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});
