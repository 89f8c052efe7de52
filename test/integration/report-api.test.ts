import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodSnapshot, reportingPeriod } from '../../src/db/schema';
import { buildReportFixture, FIXTURE_TEXT, type ReportFixture } from '../support/report-fixture';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';
import { readZip } from '../support/zip';

const run = promisify(execFile);

/** Section headings every members' report has (Dutch), in this order. */
const SECTIONS_NL = [
  'Voortgangsrapportage',
  'Inhoud',
  'Samenvatting',
  'Stand per element',
  'Resultaten en aandachtspunten per thema',
  'Kwartaalplanning mijlpalen 2022',
  'Gevraagde besluiten',
  'Openstaande acties',
];

/**
 * The expected traffic lights of Q2 2022 (reporting end 10-07-2022), worked out by hand from the
 * fixture's updates: P1 groen; P2 oranje; A1 oranje, so S1 oranje; S2 afgerond; themes worst-of:
 * T1 oranje (groen, oranje), T2 oranje (oranje, afgerond).
 */
const EXPECTED_Q2 = { rood: 0, oranje: 5, groen: 1, 'niet gestart': 0, afgerond: 1, vervallen: 0, 'geen update': 0, Totaal: 7 };

describe(`board report: DOCX, PDF, XLSX and HTML read back (${testDriver})`, () => {
  let t: TestApp;
  let f: ReportFixture;
  let dir = '';
  const get = (url: string, headers?: Record<string, string>) => t.app.inject({ method: 'GET', url, ...(headers ? { headers } : {}) });

  beforeAll(async () => {
    t = await buildTestApp({ signedInAs: 'beheerder' });
    f = await buildReportFixture(t.database.db, t.clock);
    dir = await mkdtemp(join(tmpdir(), 'rapport-'));
  });
  afterAll(async () => {
    await t?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('the summary counts equal the locked snapshot, counted here straight from the database', async () => {
    const [q2] = await t.database.db
      .select()
      .from(reportingPeriod)
      .where(and(eq(reportingPeriod.programmeId, f.programmeId), eq(reportingPeriod.label, 'Q2 2022')));
    const rows = await t.database.db
      .select()
      .from(periodSnapshot)
      .where(eq(periodSnapshot.periodId, q2?.id ?? ''));
    const counted: Record<string, number> = {};
    for (const r of rows) counted[r.status ?? 'geen'] = (counted[r.status ?? 'geen'] ?? 0) + 1;
    expect(counted).toEqual({ oranje: EXPECTED_Q2.oranje, groen: EXPECTED_Q2.groen, afgerond: EXPECTED_Q2.afgerond });
  });

  it('DOCX: every section with real heading styles, a table of contents, tree order with paths; LibreOffice converts it', async () => {
    const res = await get(`/api/programmes/${f.slug}/report?format=docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toContain('voortgangsrapportage-rapport-test-q2-2022.docx');
    const files = readZip(res.rawPayload);
    const xml = files.get('word/document.xml')?.toString('utf8') ?? '';
    const text = xml.replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, '');
    for (const s of SECTIONS_NL) expect(text, s).toContain(s);
    // Heading styles: the title, Heading 1 for sections, Heading 2 per theme; a TOC field.
    expect(xml).toMatch(/<w:pStyle w:val="Title"\/>/);
    const h1 = [...xml.matchAll(/<w:pStyle w:val="Heading1"\/>.*?<\/w:p>/g)].map((m) => m[0].replace(/<[^>]+>/g, ''));
    expect(h1).toEqual([
      'Samenvatting',
      'Stand per element',
      'Resultaten en aandachtspunten per thema',
      'Kwartaalplanning mijlpalen 2022',
      'Gevraagde besluiten',
      'Openstaande acties',
    ]);
    const h2 = [...xml.matchAll(/<w:pStyle w:val="Heading2"\/>.*?<\/w:p>/g)].map((m) => m[0].replace(/<[^>]+>/g, ''));
    expect(h2).toEqual(expect.arrayContaining(['P Primaire preventie', 'S Secundaire preventie']));
    expect(/<w:instrText[^>]*>TOC [^<]*\\o/.test(xml)).toBe(true);
    expect(files.get('word/settings.xml')?.toString('utf8')).toContain('updateFields');
    // Texts of the period, paths for repeated codes, Dutch characters intact.
    for (const s of [
      FIXTURE_TEXT.resultsQ2,
      FIXTURE_TEXT.attentionQ2,
      FIXTURE_TEXT.milestone,
      'S › 1 › I',
      'P › 1',
      'Cliëntgerichte zorg',
      'vastgelegde stand van de vergrendelde periode',
    ])
      expect(text, s).toContain(s);
    // Earlier periods' texts are not in Q2's look-back; persons are not in the report.
    expect(text).not.toContain('Resultaat-Q1');
    expect(text).not.toContain(FIXTURE_TEXT.trekker);
    // Tree order: P before its projects, S's activity I before S's uncoded project.
    const order = [
      'P Primaire preventie',
      '1 Valpreventie bij ouderen',
      '2 Rookvrije generatie',
      'S Secundaire preventie',
      '1 Coördinatie cliëntondersteuning',
      'I Ervaringsdeskundigheid inzetten',
      'Project zonder code',
    ];
    const from = text.lastIndexOf('Stand per element'); // the table's caption, after the TOC and the heading
    const stand = text.slice(from, text.indexOf('Resultaten en aandachtspunten per thema', from));
    const positions = order.map((o) => stand.indexOf(o));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    const file = join(dir, 'rapport.docx');
    await writeFile(file, res.rawPayload);
    if (!existsSync('/usr/bin/soffice')) return; // LibreOffice missing: only this conversion is skipped
    await run('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], { timeout: 120_000 });
    const converted = await readFile(join(dir, 'rapport.pdf'));
    const { text: pdfText } = await extractText(await getDocumentProxy(new Uint8Array(converted)), { mergePages: true });
    expect(pdfText).toContain('Resultaten en aandachtspunten per thema');
  }, 180_000);

  it('PDF: tagged, in Dutch, with the same sections and texts (text extraction)', async () => {
    const res = await get(`/api/programmes/${f.slug}/report?format=pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const raw = res.rawPayload.toString('latin1');
    expect(raw).toContain('/MarkInfo');
    expect(raw).toMatch(/\/Lang \(nl-NL\)/);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(res.rawPayload)), { mergePages: true });
    for (const s of [
      ...SECTIONS_NL,
      FIXTURE_TEXT.resultsQ2,
      FIXTURE_TEXT.attentionQ2,
      FIXTURE_TEXT.milestone,
      'S › 1 › I',
      'Cliëntgerichte zorg',
      'Coördinatie',
    ])
      expect(text, s).toContain(s);
    expect(text).not.toContain(FIXTURE_TEXT.trekker);
  });

  it('XLSX: the data with paths as in the tree, and the summary figures', async () => {
    const res = await get(`/api/programmes/${f.slug}/report?format=xlsx`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const summary = wb.getWorksheet('Samenvatting');
    const counts: Record<string, unknown> = {};
    summary?.eachRow((row) => {
      const k = String(row.getCell(1).value ?? '');
      const key = k.split(' (')[0] ?? k;
      if (key in EXPECTED_Q2) counts[key] = row.getCell(2).value;
    });
    expect(counts).toEqual(EXPECTED_Q2);
    const stand = wb.getWorksheet('Stand');
    const paths: string[] = [];
    stand?.eachRow((row, i) => {
      if (i > 1) paths.push(String(row.getCell(3).value));
    });
    expect(paths).toEqual(['P', 'P › 1', 'P › 2', 'S', 'S › 1', 'S › 1 › I', 'S › Project zonder code']);
    const look = wb.getWorksheet('Terugblik');
    const texts: string[] = [];
    look?.eachRow((row) => texts.push(row.values?.toString() ?? ''));
    expect(texts.join('\n')).toContain(FIXTURE_TEXT.resultsQ2);
    expect(wb.getWorksheet('Planning 2022')).toBeDefined();
  });

  it('HTML: printable, own stylesheet allowed by hash, no scripts; the summary figures', async () => {
    const res = await get(`/api/programmes/${f.slug}/report?format=html`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'sha256-/);
    const html = res.body;
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/ style="/);
    for (const s of SECTIONS_NL) expect(html, s).toContain(s);
    const cell = (label: string) => new RegExp(`<td[^>]*>${label}[^<]*</td><td>(\\d+)</td>`).exec(html)?.[1];
    expect(cell('oranje')).toBe('5');
    expect(cell('groen')).toBe('1');
    expect(cell('afgerond')).toBe('1');
    expect(cell('Totaal')).toBe('7');
    expect(html).toContain('<li>eerste punt</li>');
  });

  it('one theme, another period, in English', async () => {
    const res = await get(`/api/programmes/${f.programmeId}/report?format=html&theme=S&period=2022-Q1&lang=en`);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    for (const s of [
      'Progress report',
      'Summary',
      'State per item',
      'Results and points of attention per theme',
      'Decisions requested',
      'Open actions',
      'Q1 2022',
    ])
      expect(html, s).toContain(s);
    expect(html).toContain('Secundaire preventie');
    expect(html).not.toContain('Valpreventie');
    expect(html).toMatch(/<td[^>]*>red[^<]*<\/td><td>(\d+)<\/td>/);
    expect(res.headers['content-disposition']).toContain('progress-report-rapport-test-s-q1-2022.html');
  });

  it('refuses an unknown period or theme with a Dutch message, and visitors without an account', async () => {
    const period = await get(`/api/programmes/${f.slug}/report?format=pdf&period=2019-Q1`);
    expect(period.statusCode).toBe(404);
    expect(period.json().error.message).toContain('Bekende periodes: Q1 2022');
    expect((await get(`/api/programmes/${f.slug}/report?format=pdf&theme=ZZ`)).statusCode).toBe(404);
    expect((await get(`/api/programmes/${f.slug}/report?format=doc`)).statusCode).toBe(400);
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/programmes/${f.slug}/report?format=pdf`, headers: { cookie: '' } });
    expect(anonymous.statusCode).toBe(401);
    // The public version exists only for published programmes.
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/public/programmes/${f.slug}/report?format=pdf`, headers: { cookie: '' } }))
        .statusCode,
    ).toBe(404);
  });
});
