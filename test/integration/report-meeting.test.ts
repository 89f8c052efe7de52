import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { createPerson } from '../../src/server/services/organisation/person-writes';
import { buildReportFixture, FIXTURE_TEXT, type ReportFixture } from '../support/report-fixture';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';
import { readZip } from '../support/zip';

/**
 * The board report for ONE body's meeting: the body's steered theme (P and below) is the scope,
 * the look-back runs from the body's previous meeting to this one, the meeting's agenda opens the
 * report, and only that body's decisions and open actions appear. Expected texts are the ones this
 * test posts or the fixture's update texts with their dates, chosen on either side of the window.
 */
describe(`board report for a body's meeting (${testDriver})`, () => {
  let t: TestApp;
  let f: ReportFixture;
  let target = '';
  let otherProgrammeMeeting = '';
  const call = async (method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, ...(payload ? { payload } : {}) });
  const created = async (url: string, payload: object): Promise<string> => {
    const res = await call('POST', url, payload);
    expect(res.statusCode, res.body).toBe(201);
    return (res.json() as { id: string }).id;
  };
  const docxText = (raw: Buffer) =>
    (readZip(raw).get('word/document.xml')?.toString('utf8') ?? '').replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, '');

  beforeAll(async () => {
    t = await buildTestApp({ signedInAs: 'beheerder' });
    f = await buildReportFixture(t.database.db, t.clock, 'rapport-vergadering');
    const base = `/api/programmes/${f.programmeId}`;
    const owner = (await createPerson(t.database.db, SYSTEM_ACTOR, { key: 'eigenaar-vergadering', name: 'Eigenaar Actie' }, t.clock)).id;

    const stuurgroep = await created(`${base}/bodies`, { name: 'Stuurgroep preventie', kind: 'stuurgroep', nodeIds: [f.ids.T1] });
    const previous = await created(`${base}/bodies/${stuurgroep}/meetings`, { date: '2022-03-15' });
    await created(`${base}/meetings/${previous}/decisions`, { text: 'Besluit-OUD vorige vergadering' });
    await created(`${base}/meetings/${previous}/actions`, { text: 'Actie-OUD nog open', ownerPersonId: owner });
    expect((await call('POST', `${base}/meetings/${previous}/close`)).statusCode).toBe(204);

    target = await created(`${base}/bodies/${stuurgroep}/meetings`, { date: '2022-05-20' });
    await created(`${base}/meetings/${target}/agenda-items`, { title: 'Agendapunt-Valpreventie', nodeId: f.ids.P1 });
    await created(`${base}/meetings/${target}/agenda-items`, { title: 'Agendapunt-Rondvraag', notes: 'Toelichting-Rondvraag' });
    await created(`${base}/meetings/${target}/decisions`, { text: 'Besluit-NIEUW deze vergadering', nodeIds: [f.ids.P1] });
    await created(`${base}/meetings/${target}/actions`, { text: 'Actie-NIEUW afgesproken', ownerPersonId: owner, deadline: '2022-07-01' });

    // Another body of the same programme, steering the other theme: none of its items belong in the report.
    const werkgroep = await created(`${base}/bodies`, { name: 'Werkgroep secundair', kind: 'werkgroep', nodeIds: [f.ids.T2] });
    const other = await created(`${base}/bodies/${werkgroep}/meetings`, { date: '2022-05-10' });
    await created(`${base}/meetings/${other}/decisions`, { text: 'Besluit-ANDER overleg' });
    await created(`${base}/meetings/${other}/actions`, { text: 'Actie-ANDER overleg' });

    // A meeting in another programme: its id must not open this programme's report.
    const g = await buildReportFixture(t.database.db, t.clock, 'rapport-vergadering-ander');
    const gBody = await created(`/api/programmes/${g.programmeId}/bodies`, { name: 'Elders', kind: 'ambtelijk' });
    otherProgrammeMeeting = await created(`/api/programmes/${g.programmeId}/bodies/${gBody}/meetings`, { date: '2022-05-20' });
  }, 120_000);
  afterAll(async () => t?.close());

  const present = [
    'Voortgangsrapportage voor de vergadering',
    'Stuurgroep preventie',
    '20-05-2022',
    '15-03-2022',
    'Agendapunt-Valpreventie',
    'P › 1',
    'Agendapunt-Rondvraag',
    'Toelichting-Rondvraag',
    FIXTURE_TEXT.resultsQ2, // P1, 01-05-2022: after the previous meeting
    'Valpreventie bij ouderen',
    'Besluit-NIEUW deze vergadering',
    'Actie-NIEUW afgesproken',
    'Actie-OUD nog open',
    'Eigenaar Actie',
  ];
  const absent = [
    'Resultaat-Q1 startbijeenkomst', // 01-03-2022: before the previous meeting
    FIXTURE_TEXT.attentionQ2, // the other theme
    'Coördinatie cliëntondersteuning',
    'Besluit-OUD', // an earlier meeting's decision
    'Besluit-ANDER',
    'Actie-ANDER',
  ];

  it('DOCX: the meeting, its agenda, the look-back since the previous meeting, only this body', async () => {
    const res = await call('GET', `/api/programmes/${f.slug}/report?format=docx&meeting=${target}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain('stuurgroep-preventie-2022-05-20');
    const text = docxText(res.rawPayload);
    for (const s of present) expect(text, s).toContain(s);
    for (const s of absent) expect(text, s).not.toContain(s);
  });

  it('PDF (text extraction) holds the same; the body by name means its latest meeting', async () => {
    const res = await call('GET', `/api/programmes/${f.slug}/report?format=pdf&body=${encodeURIComponent('Stuurgroep preventie')}`);
    expect(res.statusCode, res.body).toBe(200);
    if (process.env.REPORT_MEETING_PDF) await (await import('node:fs/promises')).writeFile(process.env.REPORT_MEETING_PDF, res.rawPayload);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(res.rawPayload)), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    for (const s of present) expect(flat, s).toContain(s);
    for (const s of absent) expect(flat, s).not.toContain(s);
  });

  it('XLSX: the agenda sheet and the state of the steered theme on the meeting date', async () => {
    const res = await call('GET', `/api/programmes/${f.slug}/report?format=xlsx&meeting=${target}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const agenda: unknown[][] = [];
    wb.getWorksheet('Agenda')?.eachRow((row, i) => {
      if (i > 1) agenda.push([row.getCell(2).value, row.getCell(4).value]);
    });
    expect(agenda).toEqual([
      ['Agendapunt-Valpreventie', 'P › 1'],
      ['Agendapunt-Rondvraag', ''],
    ]);
    const state: unknown[][] = [];
    wb.getWorksheet('Stand')?.eachRow((row, i) => {
      if (i > 1) state.push([row.getCell(3).value, row.getCell(7).value]);
    });
    // T1 and its two projects; P1's update of 01-05-2022 says 60%, P2's of 02-03-2022 10%.
    expect(state.map((r) => r[0])).toEqual(['P', 'P › 1', 'P › 2']);
    expect(state[1]?.[1]).toBe(60);
    expect(state[2]?.[1]).toBe(10);
  });

  it("refuses another programme's meeting and an unknown body, in Dutch", async () => {
    const a = await call('GET', `/api/programmes/${f.slug}/report?format=html&meeting=${otherProgrammeMeeting}`);
    expect(a.statusCode).toBe(404);
    expect(a.body).toContain('bestaat niet');
    const b = await call('GET', `/api/programmes/${f.slug}/report?format=html&body=niemand`);
    expect(b.statusCode).toBe(404);
    expect(b.body).toContain('Stuurgroep preventie');
  });
});
