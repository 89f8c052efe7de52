import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/server/audit/record-audit';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

interface Json {
  [k: string]: unknown;
}

describe(`programme model through the API (${testDriver})`, () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  const call = async (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown) => {
    const res = await t.app.inject({ method, url, ...(payload !== undefined ? { payload: payload as Json } : {}) });
    return {
      status: res.statusCode,
      body: res.body ? (res.headers['content-type']?.toString().includes('json') ? res.json() : res.body) : null,
      raw: res,
    };
  };

  beforeAll(async () => {
    t = await buildTestApp({ signedInAs: 'beheerder' });
    for (const [key, name, kind, cbsCode] of [
      ['venlo', 'Venlo', 'gemeente', '0983'],
      ['beesel', 'Beesel', 'gemeente', '0889'],
      ['menzis', 'Menzis', 'zorgverzekeraar', null],
      ['lentis', 'Lentis', 'aanbieder', null],
    ] as const) {
      const r = await call('POST', '/api/organisations', { key, name, kind, cbsCode });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      ids[key] = (r.body as { id: string }).id;
    }
  });
  afterAll(async () => t.close());

  it('creates a programme with its own level labels and builds a tree', async () => {
    const p = await call('POST', '/api/programmes', {
      slug: 'test-agenda',
      title: 'Testagenda',
      levelLabels: ['Pijler', 'Ambitie', 'Activiteit'],
      partnerIds: [ids.venlo, ids.menzis],
    });
    expect(p.status, JSON.stringify(p.body)).toBe(201);
    expect(p.body).toMatchObject({
      levelLabels: ['Pijler', 'Ambitie', 'Activiteit'],
      partners: [{ name: 'Venlo' }, { name: 'Menzis' }],
      version: 1,
    });

    const pijler = await call('POST', '/api/programmes/test-agenda/nodes', { parentId: null, title: 'Meedoen', code: 'I' });
    expect(pijler.status, JSON.stringify(pijler.body)).toBe(201);
    ids.pijler = (pijler.body as { id: string }).id;
    const ambitie = await call('POST', '/api/programmes/test-agenda/nodes', {
      parentId: ids.pijler,
      title: 'Werk voor iedereen',
      code: '1',
    });
    ids.ambitie = (ambitie.body as { id: string }).id;
    expect(ambitie.body).toMatchObject({ level: 1, levelLabel: 'Ambitie' });
    const act = await call('POST', '/api/programmes/test-agenda/nodes', {
      parentId: ids.ambitie,
      title: 'Trajecten naar werk',
      code: '1.1',
      scope: 'lokaal',
      municipalityIds: [ids.venlo, ids.beesel],
      ownerOrganisationId: ids.venlo,
      trekkers: [{ organisationId: ids.venlo }],
      deadline: 'Q3 en Q4 2022',
    });
    expect(act.status, JSON.stringify(act.body)).toBe(201);
    ids.act = (act.body as { id: string }).id;
    expect(act.body).toMatchObject({
      levelLabel: 'Activiteit',
      municipalities: [{ name: 'Venlo' }, { name: 'Beesel' }],
      deadline: { grain: 'periode', wording: 'Q3 en Q4 2022', start: '2022-07-01', end: '2022-12-31' },
      // The test clock says 15-03-2026: long after the end of Q4 2022.
      deadlineState: 'verlopen',
    });
    const act2 = await call('POST', '/api/programmes/test-agenda/nodes', {
      parentId: ids.ambitie,
      title: 'Ervaringsdeskundigen',
      position: 0,
      deadline: 'doorlopend',
    });
    ids.act2 = (act2.body as { id: string }).id;

    const flat = await call('GET', '/api/programmes/test-agenda/tree?shape=flat');
    expect((flat.body as { nodes: { title: string; position: number }[] }).nodes.map((n) => [n.title, n.position])).toEqual([
      ['Meedoen', 0],
      ['Werk voor iedereen', 0],
      ['Ervaringsdeskundigen', 0],
      ['Trajecten naar werk', 1],
    ]);
    const nested = await call('GET', '/api/programmes/test-agenda/tree');
    expect(nested.status).toBe(200);
    const top = (nested.body as { nodes: { children: { children: { title: string }[] }[] }[] }).nodes[0];
    expect(top?.children[0]?.children.map((c) => c.title)).toEqual(['Ervaringsdeskundigen', 'Trajecten naar werk']);
  });

  it('refuses a stale edit with 409 and the current state, and never overwrites', async () => {
    const first = await call('PATCH', `/api/programmes/test-agenda/nodes/${ids.act}`, { version: 1, title: 'Trajecten naar betaald werk' });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ version: 2, title: 'Trajecten naar betaald werk' });

    const stale = await call('PATCH', `/api/programmes/test-agenda/nodes/${ids.act}`, { version: 1, title: 'Iets anders' });
    expect(stale.status).toBe(409);
    const err = (stale.body as { error: { code: string; message: string; details: { current: { title: string; version: number } } } })
      .error;
    expect(err.code).toBe('VERSION_CONFLICT');
    expect(err.message).toMatch(/intussen gewijzigd/);
    expect(err.details.current).toMatchObject({ title: 'Trajecten naar betaald werk', version: 2 });

    const now = await call('GET', `/api/programmes/test-agenda/nodes/${ids.act}`);
    expect(now.body).toMatchObject({ title: 'Trajecten naar betaald werk', version: 2 });

    const staleProgramme = await call('PATCH', '/api/programmes/test-agenda', { version: 7, title: 'x' });
    expect(staleProgramme.status).toBe(409);
    const staleMove = await call('POST', `/api/programmes/test-agenda/nodes/${ids.act}/move`, { version: 1, parentId: null, position: 0 });
    expect(staleMove.status).toBe(409);
  });

  it('refuses a move that makes a cycle and moves otherwise', async () => {
    const cycle = await call('POST', `/api/programmes/test-agenda/nodes/${ids.pijler}/move`, {
      version: 1,
      parentId: ids.act,
      position: 0,
    });
    expect(cycle.status).toBe(400);
    expect((cycle.body as { error: { message: string } }).error.message).toMatch(/niet onder zichzelf/);
    const moved = await call('POST', `/api/programmes/test-agenda/nodes/${ids.act}/move`, {
      version: 2,
      parentId: ids.ambitie,
      position: 0,
    });
    expect(moved.body).toMatchObject({ position: 0, version: 3 });
    const renum = await call('POST', '/api/programmes/test-agenda/renumber', { styles: ['romeins', 'getal'] });
    expect(renum.body).toEqual({ changed: 3 });
    const flat = await call('GET', '/api/programmes/test-agenda/tree?shape=flat');
    expect((flat.body as { nodes: { code: string }[] }).nodes.map((n) => n.code)).toEqual(['I', 'I.1', 'I.1.1', 'I.1.2']);
  });

  it('records efforts of three partners in the DIN matrix, "geen" apart from empty, and filters on one partner', async () => {
    const e1 = await call('POST', '/api/programmes/test-agenda/efforts', {
      partner: { organisationId: ids.menzis },
      goalIds: [ids.act, ids.act2],
      text: 'Financiert de trajectbegeleiding',
    });
    expect(e1.status, JSON.stringify(e1.body)).toBe(201);
    const e2 = await call('POST', '/api/programmes/test-agenda/efforts', {
      partner: { organisationId: ids.lentis },
      goalIds: [ids.act],
      text: 'Levert jobcoaches',
    });
    expect(e2.status).toBe(201);
    const e3 = await call('POST', '/api/programmes/test-agenda/efforts', {
      partner: { group: 'Alle gemeenten' },
      goalIds: [ids.act2],
      geen: true,
    });
    expect(e3.status).toBe(201);
    const bad = await call('POST', '/api/programmes/test-agenda/efforts', { partner: { group: 'Alle gemeenten' }, goalIds: [ids.act2] });
    expect(bad.status).toBe(400);

    const din = await call('GET', '/api/programmes/test-agenda/din');
    const m = din.body as {
      partners: { label: string; key: string }[];
      rows: { goal: { title: string }; cells: { state: string; efforts: { text: string | null }[] }[] }[];
    };
    expect(m.partners.map((p) => p.label)).toEqual(['Venlo', 'Menzis', 'Lentis', 'Alle gemeenten']);
    expect(m.rows.map((r) => [r.goal.title, r.cells.map((c) => c.state)])).toEqual([
      ['Trajecten naar betaald werk', ['leeg', 'inspanning', 'inspanning', 'leeg']],
      ['Ervaringsdeskundigen', ['leeg', 'inspanning', 'leeg', 'geen']],
    ]);

    const menzis = m.partners.find((p) => p.label === 'Menzis')?.key ?? '';
    const only = await call('GET', `/api/programmes/test-agenda/din?partner=${encodeURIComponent(menzis)}`);
    const om = only.body as typeof m;
    expect(om.partners.map((p) => p.label)).toEqual(['Menzis']);
    expect(om.rows.map((r) => [r.goal.title, r.cells[0]?.efforts.map((e) => e.text)])).toEqual([
      ['Trajecten naar betaald werk', ['Financiert de trajectbegeleiding']],
      ['Ervaringsdeskundigen', ['Financiert de trajectbegeleiding']],
    ]);

    const xlsx = await t.app.inject({ method: 'GET', url: '/api/programmes/test-agenda/din.xlsx' });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('DIN-matrix');
    if (!ws) throw new Error('sheet DIN-matrix missing');
    const PATH = 'I › I.1';
    const row = (r: number) => Array.from({ length: 8 }, (_, c) => ws.getRow(r).getCell(c + 1).value);
    expect(row(1)).toEqual(['Pad', 'Code', 'Niveau', 'Doel', 'Venlo', 'Menzis', 'Lentis', 'Alle gemeenten']);
    // Empty cells have no value at all; the explicit "geen" is written as such.
    expect(row(2)).toEqual([
      PATH,
      'I.1.1',
      'Activiteit',
      'Trajecten naar betaald werk',
      null,
      'Financiert de trajectbegeleiding',
      'Levert jobcoaches',
      null,
    ]);
    expect(row(3)).toEqual([PATH, 'I.1.2', 'Activiteit', 'Ervaringsdeskundigen', null, 'Financiert de trajectbegeleiding', null, 'geen']);
    expect(ws.rowCount).toBe(3);
  });

  it('keeps a gap analysis with the budget kinds apart', async () => {
    const cur = await call('GET', `/api/programmes/test-agenda/nodes/${ids.act}`);
    const version = (cur.body as { version: number }).version;
    const saved = await call('PUT', `/api/programmes/test-agenda/nodes/${ids.act}/gap-analysis`, {
      version,
      currentPractices: ['Werkfit-trajecten', 'Jobcoach bij de gemeente'],
      hiaat: 'Geen aanbod voor wie niet werkfit is',
      voorstel: 'Ervaringsdeskundigen inzetten',
      budget: { kind: 'bedrag', cents: 0 },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({
      version: version + 1,
      gapAnalysis: { budget: { kind: 'bedrag', cents: 0 }, currentPractices: ['Werkfit-trajecten', 'Jobcoach bij de gemeente'] },
    });
    const other = await call('PUT', `/api/programmes/test-agenda/nodes/${ids.act}/gap-analysis`, {
      version: version + 1,
      budget: { kind: 'ander-fonds', fund: 'Regiodeal' },
    });
    expect(other.body).toMatchObject({ gapAnalysis: { budget: { kind: 'ander-fonds', cents: null, fund: 'Regiodeal' } } });
    const wrong = await call('PUT', `/api/programmes/test-agenda/nodes/${ids.act}/gap-analysis`, {
      version: version + 2,
      budget: { kind: 'onbekend', cents: 5 },
    });
    expect(wrong.status).toBe(400);
  });

  it('links nodes and shows links, efforts and the change history on the node page', async () => {
    const l = await call('POST', `/api/programmes/test-agenda/nodes/${ids.act}/links`, { toNodeId: ids.act2, kind: 'raakt-aan' });
    expect(l.status).toBe(201);
    const detail = await call('GET', `/api/programmes/test-agenda/nodes/${ids.act}`);
    const d = detail.body as {
      efforts: unknown[];
      links: { direction: string; node: { title: string } }[];
      history: { action: string; entityType: string }[];
    };
    expect(d.efforts).toHaveLength(2);
    expect(d.links).toMatchObject([{ direction: 'uit', kind: 'raakt-aan', node: { title: 'Ervaringsdeskundigen' } }]);
    expect(d.history.map((h) => `${h.entityType}:${h.action}`)).toEqual([
      'node:create',
      'node:update',
      'node:move',
      'node:renumber',
      'effort:create',
      'effort:create',
      'node:update-gap-analysis',
      'node:update-gap-analysis',
      'node-link:create',
    ]);
    const back = await call('GET', `/api/programmes/test-agenda/nodes/${ids.act2}`);
    expect((back.body as { links: { direction: string }[] }).links).toMatchObject([{ direction: 'in' }]);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
  });

  it('deletes a subtree and the efforts that served only it', async () => {
    const cur = await call('GET', `/api/programmes/test-agenda/nodes/${ids.act}`);
    const del = await call('DELETE', `/api/programmes/test-agenda/nodes/${ids.act}?version=${(cur.body as { version: number }).version}`);
    expect(del.status).toBe(204);
    const efforts = await call('GET', '/api/programmes/test-agenda/efforts');
    // Lentis served only the deleted node; Menzis also serves the other goal and stays.
    expect((efforts.body as { items: { text: string | null; goalIds: string[] }[] }).items.map((e) => [e.text, e.goalIds.length])).toEqual([
      ['Financiert de trajectbegeleiding', 1],
      [null, 1],
    ]);
    const flat = await call('GET', '/api/programmes/test-agenda/tree?shape=flat');
    expect((flat.body as { nodes: { title: string; position: number }[] }).nodes.map((n) => [n.title, n.position])).toEqual([
      ['Meedoen', 0],
      ['Werk voor iedereen', 0],
      ['Ervaringsdeskundigen', 0],
    ]);
  });

  it('keeps what the API stores exportable: municipalities (any scope) with exclusions and aliases; the built programme round-trips', async () => {
    const cur = await call('GET', `/api/programmes/test-agenda/nodes/${ids.act2}`);
    const version = (cur.body as { version: number }).version;
    const wrong = await call('PATCH', `/api/programmes/test-agenda/nodes/${ids.act2}`, {
      version,
      municipalityIds: [ids.venlo],
      excludedMunicipalityIds: [ids.venlo],
    });
    expect(wrong.status).toBe(400);
    expect((wrong.body as { error: { message: string } }).error.message).toMatch(/niet tegelijk deelnemen en uitgezonderd/);
    const prog = await call('GET', '/api/programmes/test-agenda');
    const adopted = await call('PATCH', '/api/programmes/test-agenda', {
      version: (prog.body as { version: number }).version,
      documentVersion: '2.1',
      adoptedOn: '2022-03-14',
      adoptedBy: 'Bestuurlijk overleg',
      replaces: 'Regioplan 2018',
      vision: 'Gewoon wonen',
      goal: 'Vijftig plekken',
    });
    expect(adopted.status, JSON.stringify(adopted.body)).toBe(200);
    expect(adopted.body).toMatchObject({
      documentVersion: '2.1',
      adoptedOn: '2022-03-14',
      adoptedBy: 'Bestuurlijk overleg',
      replaces: 'Regioplan 2018',
      vision: 'Gewoon wonen',
      goal: 'Vijftig plekken',
    });
    const ok = await call('PATCH', `/api/programmes/test-agenda/nodes/${ids.act2}`, {
      version,
      scope: 'regionaal',
      municipalityIds: [ids.beesel],
      excludedMunicipalityIds: [ids.venlo],
      aliases: ['Werkroute'],
      sections: [{ title: 'Governance', body: 'Werkgroep' }],
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);

    const exported = await call('GET', '/api/programmes/test-agenda/document');
    const doc = JSON.parse(exported.raw.body) as {
      programme: { slug: string; title: string };
      nodes: { aliases?: string[]; excludedMunicipalities?: string[]; scope: string | null }[];
    };
    expect((doc.programme as Record<string, unknown>).adoptedBy).toBe('Bestuurlijk overleg');
    expect(doc.nodes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ scope: 'regionaal', aliases: ['Werkroute'], excludedMunicipalities: [expect.any(String)] }),
      ]),
    );
    const imported = await call('POST', '/api/programmes/import', { document: doc, slug: 'test-agenda-kopie', title: 'Kopie' });
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    const again = JSON.parse((await call('GET', '/api/programmes/test-agenda-kopie/document')).raw.body) as typeof doc;
    expect({ ...again, programme: { ...again.programme, slug: doc.programme.slug, title: doc.programme.title } }).toEqual(doc);
  });

  it('publishes the API docs with every route', async () => {
    const res = await call('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    const paths = Object.keys((res.body as { paths: Record<string, unknown> }).paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/programmes/{programmeId}/tree',
        '/api/programmes/{programmeId}/din',
        '/api/programmes/import',
        '/api/schemas/programme-document.json',
      ]),
    );
  });
});
