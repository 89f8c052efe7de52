import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { extractText, getDocumentProxy } from 'unpdf';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { createPerson } from '../../src/server/services/organisation/person-writes';
import { buildReportFixture, type ReportFixture } from '../support/report-fixture';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';
import { readZip } from '../support/zip';

/**
 * The board report's sections from other concepts: decisions and open actions from a closed
 * meeting (governance), a KPI with its figures, and the finance table from budget lines. The
 * data is made through the API; the expected totals are worked out here from the lines this test
 * posts, not by the finance code.
 */

interface Line {
  nodeKey: string | null;
  status: 'aangevraagd' | 'toegekend' | 'gerealiseerd';
  requestedCents: number | null;
  grantedCents: number | null;
  realisedCents: number | null;
}
const LINES: Line[] = [
  { nodeKey: 'P1', status: 'aangevraagd', requestedCents: 123_456, grantedCents: null, realisedCents: null },
  { nodeKey: 'P1', status: 'toegekend', requestedCents: 2_500_000, grantedCents: 2_250_075, realisedCents: null },
  { nodeKey: 'S1', status: 'gerealiseerd', requestedCents: 1_000_000, grantedCents: 1_000_000, realisedCents: 987_654 },
  // Unknown amount: stays unknown (null), never 0.
  { nodeKey: 'A1', status: 'aangevraagd', requestedCents: null, grantedCents: null, realisedCents: null },
  { nodeKey: null, status: 'aangevraagd', requestedCents: 10_000_000, grantedCents: null, realisedCents: null },
];
const RANK = { aangevraagd: 0, toegekend: 1, gerealiseerd: 2 } as const;
/** A line counts for its own status and the ones before it: a granted line also for "requested". */
function expectedTotal(lines: readonly Line[], column: keyof typeof RANK): number {
  const amount = (l: Line) => (column === 'aangevraagd' ? l.requestedCents : column === 'toegekend' ? l.grantedCents : l.realisedCents);
  return lines.filter((l) => RANK[l.status] >= RANK[column]).reduce((sum, l) => sum + (amount(l) ?? 0), 0);
}
/** € 1.234,56, written out here by hand (not by the code under test). */
function euro(cents: number): string {
  const whole = Math.floor(cents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `€ ${whole},${String(cents % 100).padStart(2, '0')}`;
}

const run = promisify(execFile);

const DECISION = 'De tafel stelt het uitvoeringsplan valpreventie vast';
const ACTION = 'Werkplan rookvrije generatie uitwerken';

describe(`board report filled from governance, KPIs and finance (${testDriver})`, () => {
  let t: TestApp;
  let f: ReportFixture;
  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, ...(payload ? { payload } : {}) });
  const created = async (url: string, payload: object): Promise<string> => {
    const res = await call('POST', url, payload);
    expect(res.statusCode, res.body).toBe(201);
    return (res.json() as { id: string }).id;
  };

  beforeAll(async () => {
    t = await buildTestApp({ signedInAs: 'beheerder' });
    f = await buildReportFixture(t.database.db, t.clock, 'rapport-delen');
    const base = `/api/programmes/${f.programmeId}`;
    const ids = f.ids;

    // Governance: a board table meets in Q2 2022 (the report's default period), takes a decision on P › 1 and agrees an action, and closes the meeting.
    const org = await created('/api/organisations', {
      key: 'gem-rapport',
      name: 'Gemeente Rapportstad',
      kind: 'gemeente',
      cbsCode: '0983',
    });
    const owner = (await createPerson(t.database.db, SYSTEM_ACTOR, { key: 'secretaris-rapport', name: 'Secretaris Tafel' }, t.clock)).id;
    const body = await created(`${base}/bodies`, { name: 'Bestuurlijke tafel zorg', kind: 'bestuurlijk', nodeIds: [ids.T1] });
    const meeting = await created(`${base}/bodies/${body}/meetings`, { date: '2022-05-17' });
    await created(`${base}/meetings/${meeting}/decisions`, { text: DECISION, nodeIds: [ids.P1] });
    await created(`${base}/meetings/${meeting}/actions`, {
      text: ACTION,
      ownerPersonId: owner,
      ownerOrganisationId: org,
      deadline: '2022-06-30',
    });
    expect((await call('POST', `${base}/meetings/${meeting}/close`)).statusCode).toBe(204);

    // A KPI with a target and two quarters of figures.
    const kpi = `/api/programmes/${f.slug}/kpi`;
    const ind = await call('PUT', `${kpi}/indicators`, {
      code: 'VAL',
      name: 'Deelnemers valpreventie',
      unit: 'aantal',
      direction: 'hoger',
      dimension: 'gemeente',
      grain: 'kwartaal',
      nodeIds: [ids.P1],
      unitOrganisationIds: [org],
      targets: [{ scope: 'totaal', form: { kind: 'absoluut', value: 5000, by: '2022-12-31' } }],
    });
    expect(ind.statusCode, ind.body).toBe(200);
    const indicatorId = (ind.json() as { id: string }).id;
    const m = await call('PUT', `${kpi}/measurements`, {
      entries: [
        { indicatorId, grain: 'kwartaal', periodStart: '2022-01-01', unitKey: org, value: 1234 },
        { indicatorId, grain: 'kwartaal', periodStart: '2022-04-01', unitKey: org, value: 2345 },
      ],
    });
    expect(m.statusCode, m.body).toBe(200);

    // Budget lines.
    for (const l of LINES) {
      await created(`/api/programmes/${f.slug}/budget-lines`, {
        nodeId: l.nodeKey ? ids[l.nodeKey] : null,
        year: 2022,
        moneyStream: 'wmo',
        payerOrganisationId: null,
        recurrence: 'eenmalig',
        status: l.status,
        requestedCents: l.requestedCents,
        grantedCents: l.grantedCents,
        realisedCents: l.realisedCents,
        cofinancerIds: [],
        condition: null,
        conditionMet: null,
        note: null,
      });
    }
  }, 120_000);
  afterAll(async () => t?.close());

  const totals = () => (['aangevraagd', 'toegekend', 'gerealiseerd'] as const).map((c) => euro(expectedTotal(LINES, c)));

  it('DOCX holds the decision, the open action, the KPI numbers and the finance totals; LibreOffice converts it', async () => {
    const res = await call('GET', `/api/programmes/${f.slug}/report?format=docx`);
    expect(res.statusCode).toBe(200);
    const xml = readZip(res.rawPayload).get('word/document.xml')?.toString('utf8') ?? '';
    const text = xml.replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, '');
    for (const s of [
      DECISION,
      'Bestuurlijke tafel zorg',
      '17-05-2022',
      'P › 1',
      ACTION,
      'Secretaris Tafel (Gemeente Rapportstad)',
      '30-06-2022 (te laat)',
      'Indicatoren',
      'VAL Deelnemers valpreventie',
      '1.234',
      '2.345',
      '5.000',
      'Financiën',
      'Programma als geheel',
      'bedrag onbekend',
      ...totals(),
    ])
      expect(text, s).toContain(s);
    expect(text).not.toContain('Geen besluiten gevraagd');

    if (!existsSync('/usr/bin/soffice')) return; // LibreOffice missing: only this conversion is skipped
    const dir = await mkdtemp(join(tmpdir(), 'rapport-delen-'));
    try {
      await writeFile(join(dir, 'rapport.docx'), res.rawPayload);
      await run('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'rapport.docx')], { timeout: 120_000 });
      const { text: converted } = await extractText(await getDocumentProxy(new Uint8Array(await readFile(join(dir, 'rapport.pdf')))), {
        mergePages: true,
      });
      const flat = converted.replace(/\s+/g, ' '); // table cells wrap
      for (const s of [DECISION, ACTION, '2.345', ...totals()]) expect(flat, s).toContain(s);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('PDF (text extraction) holds the same', async () => {
    const res = await call('GET', `/api/programmes/${f.slug}/report?format=pdf`);
    expect(res.statusCode).toBe(200);
    if (process.env.REPORT_SECTIONS_PDF) await writeFile(process.env.REPORT_SECTIONS_PDF, res.rawPayload);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(res.rawPayload)), { mergePages: true });
    for (const s of [
      DECISION,
      'Bestuurlijke tafel zorg',
      ACTION,
      'Secretaris Tafel',
      'VAL Deelnemers valpreventie',
      '1.234',
      '2.345',
      'Financiën',
      ...totals(),
    ])
      expect(text, s).toContain(s);
  });

  it('XLSX: finance in euros per row with the path; the unknown request is empty, not 0', async () => {
    const res = await call('GET', `/api/programmes/${f.slug}/report?format=xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    wb.getWorksheet('Financien')?.eachRow((row, i) => {
      if (i > 1) rows.push([row.getCell(2).value, row.getCell(3).value, row.getCell(4).value, row.getCell(5).value]);
    });
    expect(rows).toEqual([
      ['Cliëntgerichte zorg rapport-delen', 100_000, 0, 0],
      ['P › 1', 1_234.56 + 25_000, 22_500.75, 0],
      ['S › 1', 10_000, 10_000, 9_876.54],
      ['S › 1 › I', null, 0, 0],
    ]);
    const kpis: unknown[][] = [];
    wb.getWorksheet('Indicatoren')?.eachRow((row, i) => {
      if (i > 1) kpis.push([row.getCell(2).value, row.getCell(3).value]);
    });
    expect(kpis).toEqual([
      ['Q1 2022', 1234],
      ['Q2 2022', 2345],
    ]);
  });

  it('a theme report keeps only its own nodes: the finance rows and KPIs of the other theme are left out', async () => {
    const res = await call('GET', `/api/programmes/${f.slug}/report?format=html&theme=S`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(euro(1_000_000 + 0));
    expect(res.body).not.toContain('Deelnemers valpreventie');
    expect(res.body).not.toContain('Programma als geheel');
    expect(res.body).not.toContain(DECISION);
  });
});
