import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/server/audit/record-audit';
import { signIn } from '../support/auth';
import { uploadOf } from '../support/multipart';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
interface Json {
  [k: string]: unknown;
}

describe(`finance: budget lines, overview and cost sharing (${testDriver})`, () => {
  let t: TestApp;
  let admin: Record<string, string>;
  const ids: Record<string, string> = {};
  const call = async (method: Method, url: string, payload?: unknown, headers?: Record<string, string>) => {
    const res = await t.app.inject({
      method,
      url,
      ...(payload !== undefined ? { payload: payload as Json } : {}),
      headers: headers ?? admin,
    });
    return { status: res.statusCode, body: res.headers['content-type']?.toString().includes('json') ? res.json() : res.body, raw: res };
  };
  const line = (over: Record<string, unknown> = {}) => ({
    nodeId: ids.act,
    year: 2023,
    moneyStream: 'wmo',
    payerOrganisationId: ids.venlo,
    recurrence: 'eenmalig',
    status: 'aangevraagd',
    requestedCents: 2_500_000,
    grantedCents: null,
    realisedCents: null,
    cofinancerIds: [],
    condition: null,
    conditionMet: null,
    note: null,
    ...over,
  });

  beforeAll(async () => {
    t = await buildTestApp();
    admin = (await signIn(t, 'beheerder@geld.test', { platformRoles: ['beheerder'] })).headers;
    for (const [key, name, kind, cbsCode] of [
      ['venlo', 'Venlo', 'gemeente', '0983'],
      ['beesel', 'Beesel', 'gemeente', '0889'],
      ['gennep', 'Gennep', 'gemeente', '0907'],
      ['menzis', 'Menzis', 'zorgverzekeraar', null],
    ] as const) {
      const r = await call('POST', '/api/organisations', { key, name, kind, cbsCode });
      ids[key] = (r.body as { id: string }).id;
    }
    for (const [key, n] of [
      ['venlo', 100_001],
      ['beesel', 13_422],
      ['gennep', 17_350],
    ] as const) {
      const r = await call('PUT', `/api/organisations/${ids[key]}/population/2024`, { inhabitants: n, source: 'test' });
      expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
    }
    const region = await call('POST', '/api/regions', {
      key: 'nl-test',
      name: 'Noord-Limburg (test)',
      municipalityIds: [ids.venlo, ids.beesel, ids.gennep],
    });
    expect(region.status, JSON.stringify(region.body)).toBe(201);
    ids.region = (region.body as { id: string }).id;
    const p = await call('POST', '/api/programmes', {
      slug: 'geld',
      title: 'Geldprogramma',
      levelLabels: ['Thema', 'Project'],
      regionId: ids.region,
    });
    expect(p.status, JSON.stringify(p.body)).toBe(201);
    ids.programme = (p.body as { id: string }).id;
    ids.thema = (
      (await call('POST', '/api/programmes/geld/nodes', { parentId: null, title: 'Wonen', code: '1' })).body as { id: string }
    ).id;
    const act = await call('POST', '/api/programmes/geld/nodes', {
      parentId: ids.thema,
      title: 'Woonplekken voor zorgmijders',
      code: '1.1',
      scope: 'lokaal',
      municipalityIds: [ids.venlo, ids.gennep],
      ownerOrganisationId: ids.venlo,
    });
    expect(act.status, JSON.stringify(act.body)).toBe(201);
    ids.act = (act.body as { id: string }).id;
  });
  afterAll(async () => t.close());

  it('records budget lines, keeps unknown apart from zero, and totals them per level of the tree', async () => {
    const a = await call('POST', '/api/programmes/geld/budget-lines', line());
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    ids.lineA = (a.body as { id: string }).id;
    const b = await call(
      'POST',
      '/api/programmes/geld/budget-lines',
      line({ moneyStream: 'regiodeal', payerOrganisationId: null, status: 'toegekend', requestedCents: 15_000_000, grantedCents: null }),
    );
    expect(b.status).toBe(201);
    const c = await call(
      'POST',
      '/api/programmes/geld/budget-lines',
      line({ nodeId: null, year: 2024, moneyStream: 'zvw', payerOrganisationId: ids.menzis, requestedCents: 0 }),
    );
    expect(c.status).toBe(201);

    const f = await call('GET', '/api/programmes/geld/finance');
    expect(f.status).toBe(200);
    const body = f.body as { nodes: { id: string; subtree: Json; own: Json }[]; total: Json; byYearStream: Json[]; municipalities: Json[] };
    const thema = body.nodes.find((n) => n.id === ids.thema);
    // Requested: 25.000 + 150.000 under the theme; the granted amount of the regiodeal line is unknown, not 0.
    expect(thema?.subtree).toEqual({
      aangevraagd: { cents: 17_500_000, unknown: 0 },
      toegekend: { cents: 0, unknown: 1 },
      gerealiseerd: { cents: 0, unknown: 0 },
    });
    expect(thema?.own.aangevraagd).toEqual({ cents: 0, unknown: 0 });
    expect(body.total.aangevraagd).toEqual({ cents: 17_500_000, unknown: 0 });
    expect(body.byYearStream.map((c) => [c.year, c.moneyStream])).toEqual([
      [2023, 'wmo'],
      [2023, 'regiodeal'],
      [2024, 'zvw'],
    ]);
    expect(body.municipalities).toEqual([
      { organisationId: ids.venlo, name: 'Venlo', sharedCents: 0, paidCents: 2_500_000, paidUnknown: 0 },
    ]);
  });

  it('changes a line’s status with optimistic locking and audits it', async () => {
    const upd = await call('PATCH', `/api/programmes/geld/budget-lines/${ids.lineA}`, {
      version: 1,
      status: 'toegekend',
      grantedCents: 2_000_000,
    });
    expect(upd.status, JSON.stringify(upd.body)).toBe(200);
    expect(upd.body).toMatchObject({ status: 'toegekend', grantedCents: 2_000_000, version: 2 });
    const stale = await call('PATCH', `/api/programmes/geld/budget-lines/${ids.lineA}`, { version: 1, note: 'oud' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      error: { code: 'VERSION_CONFLICT', details: { current: { version: 2, grantedCents: 2_000_000 } } },
    });
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
    const audit = await call('GET', `/api/audit?entityType=budget_line&entityId=${ids.lineA}`);
    expect(JSON.stringify(audit.body)).toContain('toegekend');
  });

  it('refuses bad lines with Dutch field reasons', async () => {
    const r = await call(
      'POST',
      '/api/programmes/geld/budget-lines',
      line({ conditionMet: true, condition: null, payerOrganisationId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(r.status).toBe(400);
    expect((r.body as { error: { details: { field: string }[] } }).error.details.map((d) => d.field).sort()).toEqual([
      'conditionMet',
      'payerOrganisationId',
    ]);
    const neg = await call('POST', '/api/programmes/geld/budget-lines', line({ requestedCents: -5 }));
    expect(neg.status).toBe(400);
    expect(neg.body).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
  });

  it('checks a funders’ table total against its lines', async () => {
    expect((await call('PUT', `/api/programmes/geld/nodes/${ids.act}/funding-total`, { statedCents: 20_000_000 })).status).toBe(204);
    const f = (await call('GET', '/api/programmes/geld/finance')).body as { nodes: { id: string; funding: Json | null }[] };
    // Best-known amounts: 20.000 granted (line A) + 150.000 requested (regiodeal, grant unknown) = 170.000.
    expect(f.nodes.find((n) => n.id === ids.act)?.funding).toEqual({
      statedCents: 20_000_000,
      linesCents: 17_000_000,
      unknownLines: 0,
      differenceCents: 3_000_000,
    });
  });

  it('splits a cost over the node’s participating municipalities, exactly, and stores the decision', async () => {
    const preview = await call('POST', '/api/programmes/geld/cost-splits/preview', {
      totalCents: 3_200_000,
      key: 'inwoners',
      nodeId: ids.act,
    });
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    const rows = (preview.body as { rows: { name: string; cents: number }[]; referenceYear: number }).rows;
    expect(rows.map((r) => r.name)).toEqual(['Venlo', 'Gennep']);
    expect(rows.reduce((s, r) => s + r.cents, 0)).toBe(3_200_000);
    // Independent computation: 32.000 × 100.001 / 117.351 = 27.270,28…; Gennep gets the rest.
    expect(rows[0]?.cents).toBe(Math.round((3_200_000 * 100_001) / 117_351));
    expect((preview.body as { referenceYear: number }).referenceYear).toBe(2024);

    const plusBeesel = await call('POST', '/api/programmes/geld/cost-splits', {
      title: 'Huisvesting zorgmijders',
      totalCents: 3_200_000,
      key: 'gelijk',
      nodeId: ids.act,
      include: [ids.beesel],
      exclude: [ids.gennep],
    });
    expect(plusBeesel.status, JSON.stringify(plusBeesel.body)).toBe(201);
    expect((plusBeesel.body as { rows: { name: string; cents: number }[] }).rows).toEqual([
      expect.objectContaining({ name: 'Venlo', cents: 1_600_000 }),
      expect.objectContaining({ name: 'Beesel', cents: 1_600_000 }),
    ]);
    const f = (await call('GET', '/api/programmes/geld/finance')).body as { municipalities: { name: string; sharedCents: number }[] };
    expect(f.municipalities.map((m) => [m.name, m.sharedCents])).toEqual([
      ['Beesel', 1_600_000],
      ['Venlo', 1_600_000],
    ]);
  });

  it('reproduces a stored split after the population figures change', async () => {
    const before = (await call('GET', '/api/programmes/geld/cost-splits')).body as { items: Json[] };
    await call('PUT', `/api/organisations/${ids.venlo}/population/2024`, { inhabitants: 5, source: 'gewijzigd' });
    const after = (await call('GET', '/api/programmes/geld/cost-splits')).body as { items: Json[] };
    expect(after).toEqual(before);
  });

  it('names the municipality whose inhabitants are unknown, and refuses percentages that do not add up', async () => {
    const r = await call('POST', '/api/finance/cost-split', { totalCents: 100, key: 'inwoners', regionId: ids.region, year: 2019 });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ error: { message: expect.stringContaining('Venlo in peiljaar 2019 is onbekend') } });
    const pct = await call('POST', '/api/finance/cost-split', {
      totalCents: 100,
      key: 'percentages',
      regionId: ids.region,
      weights: { [ids.venlo as string]: '50', [ids.beesel as string]: '30', [ids.gennep as string]: '10' },
    });
    expect(pct.body).toMatchObject({ error: { message: expect.stringContaining('90%') } });
  });

  it('exports the lines to XLSX with the columns the import reads, unknown written as "onbekend"', async () => {
    const res = await call('GET', '/api/programmes/geld/finance.xlsx');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.raw.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Begrotingsregels');
    expect(ws?.getRow(1).values).toEqual(
      expect.arrayContaining(['Regel-id', 'Element', 'Geldstroom', 'Aangevraagd', 'Toegekend', 'Gerealiseerd']),
    );
    const texts = JSON.stringify(ws?.getSheetValues());
    expect(texts).toContain('1 › 1.1 Woonplekken voor zorgmijders');
    expect(texts).toContain('onbekend');
  });

  it('keeps an organisation-scoped redacteur to the lines of its own nodes', async () => {
    const other = await signIn(t, 'redacteur-beesel@geld.test', {
      memberships: [{ programmeId: ids.programme as string, role: 'redacteur', organisationId: ids.beesel as string }],
    });
    const r = await call('POST', '/api/programmes/geld/budget-lines', line(), other.headers);
    expect(r.status).toBe(403);
    const whole = await call('POST', '/api/programmes/geld/budget-lines', line({ nodeId: null }), other.headers);
    expect(whole.status).toBe(403);
    const own = await signIn(t, 'redacteur-venlo@geld.test', {
      memberships: [{ programmeId: ids.programme as string, role: 'redacteur', organisationId: ids.venlo as string }],
    });
    expect((await call('POST', '/api/programmes/geld/budget-lines', line(), own.headers)).status).toBe(201);
  });
});

describe(`finance: budget lines round-trip through XLSX (${testDriver})`, () => {
  let t: TestApp;
  let admin: Record<string, string>;
  const call = async (method: Method, url: string, payload?: unknown) => {
    const res = await t.app.inject({ method, url, ...(payload !== undefined ? { payload: payload as Json } : {}), headers: admin });
    return { status: res.statusCode, body: res.headers['content-type']?.toString().includes('json') ? res.json() : res.body, raw: res };
  };

  beforeAll(async () => {
    t = await buildTestApp();
    admin = (await signIn(t, 'beheerder@xlsx.test', { platformRoles: ['beheerder'] })).headers;
    expect((await call('POST', '/api/programmes', { slug: 'xlsx', title: 'XLSX', levelLabels: ['Thema', 'Project'] })).status).toBe(201);
    const a = (await call('POST', '/api/programmes/xlsx/nodes', { parentId: null, title: 'Wonen', code: '1' })).body as { id: string };
    await call('POST', '/api/programmes/xlsx/nodes', { parentId: a.id, title: 'Kamers', code: '1' });
    await call('POST', '/api/programmes/xlsx/budget-lines', {
      nodeId: a.id,
      year: 2023,
      moneyStream: 'wmo',
      payerOrganisationId: null,
      recurrence: 'eenmalig',
      status: 'aangevraagd',
      requestedCents: 2_500_050,
      grantedCents: null,
      realisedCents: null,
      cofinancerIds: [],
      condition: null,
      conditionMet: null,
      note: 'eerste',
    });
  });
  afterAll(async () => t.close());

  /** The workbook's own bytes, as the page sends them (multipart); dryRun in the query. */
  const upload = async (wb: ExcelJS.Workbook, dryRun: boolean) => {
    const file = uploadOf(new Uint8Array(await wb.xlsx.writeBuffer()), 'begroting.xlsx', admin);
    const res = await t.app.inject({ method: 'POST', url: `/api/programmes/xlsx/budget-lines/import?dryRun=${dryRun}`, ...file });
    return { status: res.statusCode, body: res.json() };
  };

  it('refuses a file over 10 MB with a Dutch 413 that names file and limit', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x41);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/programmes/xlsx/budget-lines/import?dryRun=true',
      ...uploadOf(big, 'begroting.xlsx', admin),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toMatch(/^Het bestand 'begroting\.xlsx' is groter dan 10 MB/);
  });

  it('imports its own export unchanged, then applies edits and new rows all at once after a preview', async () => {
    const exported = await call('GET', '/api/programmes/xlsx/finance.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.raw.rawPayload as unknown as ArrayBuffer);
    expect((await upload(wb, false)).body).toMatchObject({ created: 0, updated: 0, unchanged: 1 });

    const ws = wb.getWorksheet('Begrotingsregels');
    if (!ws) throw new Error('no sheet');
    ws.getRow(2).getCell(8).value = 'toegekend'; // Status
    ws.getRow(2).getCell(10).value = '20.000'; // Toegekend, Dutch text
    ws.addRow([
      '',
      '',
      '1 › 1 Kamers',
      2024,
      'Regiodeal',
      '',
      'structureel',
      'aangevraagd',
      '€ 7.500',
      'onbekend',
      'onbekend',
      '',
      '',
      'nieuw',
    ]);
    const preview = await upload(wb, true);
    expect(preview.body).toMatchObject({ dryRun: true, created: 1, updated: 1, unchanged: 0 });
    expect(((await call('GET', '/api/programmes/xlsx/budget-lines')).body as { items: unknown[] }).items).toHaveLength(1);

    expect((await upload(wb, false)).body).toMatchObject({ created: 1, updated: 1 });
    const items = ((await call('GET', '/api/programmes/xlsx/budget-lines')).body as { items: Json[] }).items;
    expect(items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ status: 'toegekend', grantedCents: 2_000_000, requestedCents: 2_500_050 }),
        expect.objectContaining({
          moneyStream: 'regiodeal',
          recurrence: 'structureel',
          requestedCents: 750_000,
          grantedCents: null,
          year: 2024,
        }),
      ]),
    );
  });

  it('refuses a file with bad rows whole, naming row, column and reason', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Begrotingsregels');
    ws.addRow(['Onderdeel', 'Jaar', 'Geldstroom', 'Status', 'Aangevraagd']);
    ws.addRow(['1', 2025, 'Wmo', 'aangevraagd', '1.000']);
    ws.addRow(['Bestaat niet', 2025, 'Wmo', 'aangevraagd', '1,500']);
    ws.addRow(['1', 'volgend jaar', 'Wmo', 'misschien', '5']);
    const before = ((await call('GET', '/api/programmes/xlsx/budget-lines')).body as { items: unknown[] }).items.length;
    const r = await upload(wb, false);
    expect(r.status).toBe(422);
    const details = (r.body as { error: { code: string; details: { row: number; field: string }[] } }).error;
    expect(details.code).toBe('IMPORT_ROW_INVALID');
    expect(details.details.map((d) => `${d.row}:${d.field}`).sort()).toEqual(['3:Aangevraagd', '3:Onderdeel', '4:Jaar', '4:Status'].sort());
    expect(((await call('GET', '/api/programmes/xlsx/budget-lines')).body as { items: unknown[] }).items).toHaveLength(before);
  });
});
