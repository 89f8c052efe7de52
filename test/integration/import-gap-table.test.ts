import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/database';
import { gapTableFromDocument, gapTableXlsx } from '../../src/exports/gap-table-xlsx';
import { verifyAuditChain } from '../../src/server/audit/record-audit';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { importTable } from '../../src/server/services/import/import-table';
import { exportProgramme } from '../../src/server/services/programme/export-programme';
import { uploadOf } from '../support/multipart';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url));
/** A POST of the fixture itself (multipart) to the table import; kind, title and slug in the query. */
const post = (
  url: string,
  name: string,
  programmeTitle: string,
  extra: Record<string, string> = {},
  bytes: Uint8Array = fixture(name),
) => ({
  method: 'POST' as const,
  url: `${url}?${new URLSearchParams({ kind: 'gap-table', programmeTitle, ...extra }).toString()}`,
  ...uploadOf(bytes, name),
});

describe(`gap-table import through the API (${testDriver})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ signedInAs: 'beheerder' });
  });
  afterAll(async () => t.close());

  /** Rows in every table an import writes to, so "nothing written" is checked everywhere at once. */
  async function counts(): Promise<Record<string, number>> {
    const rows = await queryRows<{ programmes: number; nodes: number; gaps: number; audits: number }>(
      t.database.db,
      sql`select (select count(*)::int from programme) as programmes, (select count(*)::int from node) as nodes,
                 (select count(*)::int from gap_analysis) as gaps, (select count(*)::int from audit_log) as audits`,
    );
    return { ...rows[0] };
  }

  it('previews without writing anything', async () => {
    const before = await counts();
    const res = await t.app.inject(post('/api/imports/preview', 'gap-continuation.tsv', 'Plan extra middelen GGZ'));
    expect(res.statusCode).toBe(200);
    const preview = res.json();
    expect(preview.programme).toEqual({ slug: 'plan-extra-middelen-ggz', title: 'Plan extra middelen GGZ', levelLabels: ['Resultaat'] });
    expect(preview.summary).toEqual({
      kind: 'gap-table',
      dry_run: true,
      programme: null,
      results: 2,
      per_result: [
        { code: '1', title: 'Iedereen heeft een dagbesteding', current_practices: 3, proposals: 2, budget_cents: 1_100_000 },
        { code: '2', title: 'Schuldhulp op tijd', current_practices: 1, proposals: 2, budget_cents: 6_700_000 },
      ],
      budget_total_cents: 7_800_000,
      warnings: [],
    });
    expect(await counts()).toEqual(before);
  });

  it('imports as one programme with its gap analyses, audited in an intact chain', async () => {
    const res = await t.app.inject(post('/api/imports', 'gap-repeated-numbers.tsv', 'Hiaten Wonen en Werk'));
    expect(res.statusCode).toBe(201);
    const { programme, summary } = res.json();
    expect(programme.slug).toBe('hiaten-wonen-en-werk');
    expect(summary.warnings).toEqual([
      { row: 4, message: 'Nr.: Nummer 1 met dezelfde titel staat al op rij 2; samengevoegd.' },
      { row: 5, message: "Nr.: Nummer 2 staat ook op rij 3 met een andere titel ('Werk en inkomen'); als apart resultaat ingelezen." },
      { row: 7, message: 'Nr.: Nummer 1 met dezelfde titel staat al op rij 2; samengevoegd.' },
    ]);
    const doc = await exportProgramme(t.database.db, SYSTEM_ACTOR, { programme: programme.slug });
    expect(doc.programme.levelLabels).toEqual(['Resultaat']);
    expect(doc.nodes.map((n) => ({ code: n.code, title: n.title, parentKey: n.parentKey ?? null, gap: n.gapAnalysis }))).toEqual([
      {
        code: '1',
        title: 'Wonen met begeleiding',
        parentKey: null,
        gap: {
          currentPractices: ['Ambulante begeleiding', 'Housing First pilot'],
          hiaat: 'Te weinig woningen',
          voorstel: 'Afspraken met corporaties',
          budget: { kind: 'bedrag', cents: 1_500_000, fund: null, note: null },
        },
      },
      {
        code: '2',
        title: 'Werk en inkomen',
        parentKey: null,
        gap: {
          currentPractices: ['Participatieplekken'],
          hiaat: 'Geen jobcoach',
          voorstel: 'Jobcoach aanstellen',
          budget: { kind: 'bedrag', cents: 2_000_000, fund: null, note: null },
        },
      },
      {
        code: '2',
        title: 'Werk naar vermogen',
        parentKey: null,
        gap: {
          currentPractices: ['Beschut werk'],
          hiaat: 'Weinig plaatsen',
          voorstel: 'Uitbreiden beschut werk\nOverleg met het UWV',
          budget: { kind: 'bedrag', cents: 800_000, fund: null, note: null },
        },
      },
    ]);
    const audits = await queryRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where entity_type = 'programme' and entity_id = ${programme.id}`,
    );
    expect(audits.map((a) => a.action)).toContain('import-table');
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });

  it('writes each gap budget as a budget line whose total is exactly the table total; the finance column reads them', async () => {
    const preview = await t.app.inject(post('/api/imports/preview', 'gap-basic.tsv', 'Hiaten begroting'));
    const tableTotal = preview.json().summary.budget_total_cents as number;
    expect(tableTotal).toBeGreaterThan(0);
    const res = await t.app.inject(post('/api/imports', 'gap-basic.tsv', 'Hiaten begroting'));
    expect(res.statusCode).toBe(201);
    const programmeId = res.json().programme.id as string;
    const lines = await queryRows<{ cents: number | null; origin: string; node_id: string }>(
      t.database.db,
      sql`select requested_cents::int as cents, origin, node_id from budget_line where programme_id = ${programmeId}`,
    );
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.origin === 'hiaatanalyse')).toBe(true);
    expect(lines.reduce((a, l) => a + (l.cents ?? 0), 0)).toBe(tableTotal);
    const gaps = await queryRows<{ cents: number }>(
      t.database.db,
      sql`select coalesce(sum(g.budget_cents), 0)::int as cents from gap_analysis g join node n on n.id = g.node_id where n.programme_id = ${programmeId}`,
    );
    expect(gaps[0]?.cents).toBe(tableTotal);
    // The finance page's "benodigd volgens hiaatanalyse" column comes from these lines, not in the status totals.
    const finance = await t.app.inject({ method: 'GET', url: `/api/programmes/${programmeId}/finance` });
    expect(finance.statusCode).toBe(200);
    expect(finance.json().gapBudgetTotal.cents).toBe(tableTotal);
    expect(JSON.stringify(finance.json().lines ?? [])).not.toContain('hiaatanalyse');

    // The data migration (0014) moves gap budgets saved before it, once: rerunning it adds nothing.
    const migration = readFileSync(new URL('../../src/db/migrations/0014_gap_budget_lines.sql', import.meta.url), 'utf8');
    const insert = migration.split('--> statement-breakpoint').find((part) => part.includes('INSERT INTO'));
    if (!insert) throw new Error('no data migration in 0014');
    await t.database.db.execute(sql`delete from budget_line where programme_id = ${programmeId}`);
    await t.database.db.execute(sql.raw(insert));
    await t.database.db.execute(sql.raw(insert));
    const moved = await queryRows<{ n: number; cents: number }>(
      t.database.db,
      sql`select count(*)::int as n, coalesce(sum(requested_cents), 0)::int as cents from budget_line where programme_id = ${programmeId}`,
    );
    expect(moved[0]).toEqual({ n: lines.length, cents: tableTotal });
  });

  it.each([
    ['bad rows', 'gap-errors.tsv', {}, 422, 'IMPORT_ROW_INVALID'],
    ['no header', 'gap-no-header.csv', {}, 422, 'IMPORT_FILE_INVALID'],
    ['a slug already taken', 'gap-basic.tsv', { slug: 'hiaten-wonen-en-werk' }, 422, 'IMPORT_FILE_INVALID'],
  ])('writes nothing when the import is refused: %s', async (_case, name, extra, status, code) => {
    const before = await counts();
    const res = await t.app.inject(post('/api/imports', name, 'Wordt niets', extra));
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toBe(code);
    expect(await counts()).toEqual(before);
  });

  it('reads the uploaded bytes: a Windows-1252 CSV and an XLSX workbook preview alike', async () => {
    const cp1252 = fixture('gap-windows-1252.csv');
    expect(cp1252.includes(0xeb)).toBe(true); // ë as one byte: really not UTF-8
    const csv = await t.app.inject(post('/api/imports/preview', 'gap-windows-1252.csv', 'Uit Excel'));
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.json().source).toMatchObject({ kind: 'csv', encoding: 'windows-1252' });
    expect(csv.json().items.map((i: { title: string }) => i.title)).toEqual([
      'Cliënten één aanspreekpunt',
      'Financiële zorgen eerder zien',
    ]);
    const xlsx = await t.app.inject(post('/api/imports/preview', 'gap-table.xlsx', 'Uit een werkmap'));
    expect(xlsx.statusCode, xlsx.body).toBe(200);
    expect(xlsx.json().source.kind).toBe('xlsx');
    expect(xlsx.json().items.length).toBeGreaterThan(0);
  });

  it('takes a file above the 1 MB body limit, refuses one over 10 MB with a Dutch 413, and asks for multipart', async () => {
    const before = await counts();
    const twoMb = new Uint8Array(2 * 1024 * 1024).fill(0x41);
    const mid = await t.app.inject(post('/api/imports', 'groot.csv', 'Twee MB', {}, twoMb));
    expect(mid.statusCode).toBe(422); // read and refused for what it holds, not for its size
    const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x41);
    for (const url of ['/api/imports/preview', '/api/imports']) {
      const res = await t.app.inject(post(url, 'te-groot.csv', 'Te groot', {}, big));
      expect(res.statusCode, url).toBe(413);
      expect(res.json().error.message).toMatch(
        /^Het bestand 'te-groot\.csv' is groter dan 10 MB, de grens voor deze import\. Er is niets opgeslagen/,
      );
    }
    const json = await t.app.inject({
      method: 'POST',
      url: '/api/imports?kind=gap-table&programmeTitle=Oud',
      payload: { contentBase64: 'YQ==' },
    });
    expect(json.statusCode).toBe(400);
    expect(json.json().error.message).toContain('multipart/form-data');
    expect(await counts()).toEqual(before);
  });

  it('writes nothing for a damaged XLSX', async () => {
    const before = await counts();
    const bytes = fixture('gap-table.xlsx');
    const damaged = Buffer.concat([bytes.subarray(0, 2000), Buffer.alloc(100, 0x41)]);
    const res = await t.app.inject(post('/api/imports', 'gap-table.xlsx', 'Kapot', {}, damaged));
    expect(res.statusCode).toBe(422);
    expect(await counts()).toEqual(before);
  });

  it('a gap table imports, exports to XLSX, and re-imports to the same content', async () => {
    for (const name of ['gap-table.xlsx', 'gap-amounts.tsv', 'gap-quoted.csv', 'gap-windows-1252.csv']) {
      const first = await importTable(
        t.database.db,
        SYSTEM_ACTOR,
        { kind: 'gap-table', file: fixture(name), programmeTitle: `Eerste ${name}` },
        t.clock,
      );
      const exported = await exportProgramme(t.database.db, SYSTEM_ACTOR, { programme: first.programme.slug });
      const xlsx = await gapTableXlsx(gapTableFromDocument(exported));
      const second = await importTable(
        t.database.db,
        SYSTEM_ACTOR,
        { kind: 'gap-table', file: xlsx, programmeTitle: `Tweede ${name}` },
        t.clock,
      );
      const again = await exportProgramme(t.database.db, SYSTEM_ACTOR, { programme: second.programme.slug });
      const content = (d: typeof exported) => d.nodes.map((n) => ({ code: n.code, title: n.title, gapAnalysis: n.gapAnalysis }));
      expect(content(again), name).toEqual(content(exported));
      expect(second.preview.gapTable?.budgetTotalCents, name).toBe(first.preview.gapTable?.budgetTotalCents);
    }
  });
});
