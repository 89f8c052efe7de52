import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, socialService } from '../../src/db/schema';
import { verifyAuditChain } from '../../src/server/audit/record-audit';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { createOrganisation } from '../../src/server/services/organisation/organisation-writes';
import { createProgramme } from '../../src/server/services/programme/create-programme';
import { signIn, type SignedIn } from '../support/auth';
import { uploadOf, windows1252 } from '../support/multipart';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

type Json = Record<string, unknown>;
const HEADER =
  'Dienst-id;Naam;Soort;Gemeenten;Doelgroep;Aanbieder;Omschrijving;Adres;Telefoon;E-mail;Website;Openingstijden;' +
  'Zonder verwijzing (ja/nee/onbekend);Wachttijd;Gepubliceerd (ja/nee);Demo (ja/nee);Bijgewerkt';

/** The social map: CRUD with versions, rights by provider and municipality, visitors, import/export. */
/** A file to upload (see call). */
class Upload {
  constructor(
    readonly content: string | Uint8Array,
    readonly fileName = 'kaart.csv',
  ) {}
}

describe(`social map (${testDriver})`, () => {
  let t: TestApp;
  const org: Record<string, string> = {};
  let admin: SignedIn;
  let venlo: SignedIn;
  let lezer: SignedIn;
  const call = async (who: SignedIn | null, method: string, url: string, payload?: unknown) => {
    // An Upload travels as the file itself (multipart), as the import page sends it.
    const file = payload instanceof Upload ? uploadOf(payload.content, payload.fileName, who?.headers ?? {}) : null;
    const res = await t.app.inject({
      method: method as 'GET',
      url,
      ...(file ?? {
        ...(who ? { headers: who.headers } : {}),
        ...(payload !== undefined ? { payload: payload as object } : {}),
      }),
    });
    return {
      status: res.statusCode,
      body: (String(res.headers['content-type'] ?? '').includes('json') ? res.json() : {}) as Json,
      raw: res.rawPayload,
    };
  };

  beforeAll(async () => {
    t = await buildTestApp();
    const db = t.database.db;
    for (const [key, name, kind, cbsCode] of [
      ['venlo', 'Venlo', 'gemeente', '0983'],
      ['venray', 'Venray', 'gemeente', '0984'],
      ['horst', 'Horst aan de Maas', 'gemeente', '1507'],
      ['ggz-nl', 'GGZ Noord-Limburg', 'aanbieder', null],
      ['menzis', 'Menzis', 'zorgverzekeraar', null],
    ] as const) {
      const o = await createOrganisation(db, SYSTEM_ACTOR, { key, name, kind, ...(cbsCode ? { cbsCode } : {}) }, t.clock);
      org[key] = o.id;
    }
    const programmeId = await createProgramme(db, SYSTEM_ACTOR, { slug: 'sk', title: 'SK', levelLabels: ['Thema'] }, t.clock);
    admin = await signIn(t, 'beheer@sk.test', { platformRoles: ['beheerder'] });
    venlo = await signIn(t, 'redacteur@venlo.test', {
      memberships: [{ programmeId, role: 'redacteur', organisationId: org.venlo ?? null }],
    });
    lezer = await signIn(t, 'lezer@venlo.test', { memberships: [{ programmeId, role: 'lezer', organisationId: org.venlo ?? null }] });
  });
  afterAll(async () => t?.close());

  const service = (over: Json = {}) => ({
    name: 'Inloop De Kamer',
    kind: 'inloop',
    targetGroup: 'Volwassenen die steun zoeken',
    providerName: 'Stichting Samen',
    address: 'Marktstraat 1, Venlo',
    phone: '077 123 45 67',
    email: 'info@samen.test',
    website: 'www.samen.test',
    openingHours: 'ma–vr 10–16 uur',
    withoutReferral: true,
    waitingTimeNote: 'geen wachttijd',
    municipalityIds: [org.venlo],
    published: true,
    ...over,
  });

  it('creates, reads, updates with a version (409 with the current state) and deletes, with an audit trail', async () => {
    const made = await call(admin, 'POST', '/api/social-map/services', service());
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const id = made.body.id as string;
    expect(made.body).toMatchObject({
      kindLabel: 'Inloop',
      website: 'https://www.samen.test',
      provider: { organisationId: null, name: 'Stichting Samen' },
      municipalities: [{ name: 'Venlo', cbsCode: '0983' }],
      withoutReferral: true,
      version: 1,
      updatedOn: '15-03-2026',
    });
    const upd = await call(admin, 'PATCH', `/api/social-map/services/${id}`, {
      version: 1,
      withoutReferral: null,
      municipalityIds: [org.venlo, org.venray],
    });
    expect(upd.status).toBe(200);
    expect(upd.body.withoutReferral).toBeNull();
    expect((upd.body.municipalities as Json[]).map((m) => m.name)).toEqual(['Venlo', 'Venray']);
    const stale = await call(admin, 'PATCH', `/api/social-map/services/${id}`, { version: 1, name: 'Oud' });
    expect(stale.status).toBe(409);
    expect((stale.body.error as { details: { current: Json } }).details.current).toMatchObject({ version: 2, name: 'Inloop De Kamer' });
    const bad = await call(admin, 'POST', '/api/social-map/services', service({ email: 'geen-adres', municipalityIds: [org.menzis] }));
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('Menzis is geen gemeente');
    expect(JSON.stringify(bad.body)).toContain("'geen-adres' is geen e-mailadres");
    const del = await call(admin, 'DELETE', `/api/social-map/services/${id}?version=2`);
    expect(del.status).toBe(204);
    expect((await call(admin, 'GET', `/api/social-map/services/${id}`)).status).toBe(404);
    const trail = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(trail.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
  });

  it('lets an organisation write its own services and a gemeente its own, and nothing else', async () => {
    const own = await call(
      venlo,
      'POST',
      '/api/social-map/services',
      service({ name: 'Wijkteam Venlo', kind: 'wijkteam', providerName: null }),
    );
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    expect(own.body.mayEdit).toBe(true);
    const regional = await call(venlo, 'POST', '/api/social-map/services', service({ municipalityIds: [org.venlo, org.venray] }));
    expect(regional.status).toBe(403);
    expect((regional.body.error as Json).message).toContain('niet wijzigen');
    const theirs = await call(admin, 'POST', '/api/social-map/services', service({ name: 'Venray inloop', municipalityIds: [org.venray] }));
    const id = theirs.body.id as string;
    expect((await call(venlo, 'GET', `/api/social-map/services/${id}`)).body.mayEdit).toBe(false);
    expect((await call(venlo, 'PATCH', `/api/social-map/services/${id}`, { version: 1, name: 'Overgenomen' })).status).toBe(403);
    expect((await call(venlo, 'DELETE', `/api/social-map/services/${id}?version=1`)).status).toBe(403);
    // Moving its own service to another gemeente would take it out of reach: refused.
    const moved = await call(venlo, 'PATCH', `/api/social-map/services/${own.body.id as string}`, {
      version: 1,
      municipalityIds: [org.venray],
    });
    expect(moved.status).toBe(403);
    // A lezer acts for Venlo but may not write.
    expect((await call(lezer, 'POST', '/api/social-map/services', service({ name: 'Lezer' }))).status).toBe(403);
    expect((await call(null, 'POST', '/api/social-map/services', service({ name: 'Anoniem' }))).status).toBe(401);
    const after = await call(admin, 'GET', `/api/social-map/services/${id}`);
    expect(after.body).toMatchObject({ name: 'Venray inloop', version: 1 });
  });

  it('filters by municipality, kind, without referral and text; a visitor sees published services only', async () => {
    const db = t.database.db;
    await db.delete(socialService);
    const mk = async (over: Json) => (await call(admin, 'POST', '/api/social-map/services', service(over))).body.id as string;
    const a = await mk({
      name: 'Herstelacademie Noord',
      kind: 'herstelvoorziening',
      municipalityIds: [org.venlo, org.horst],
      withoutReferral: true,
    });
    const b = await mk({
      name: 'Crisisdienst Limburg',
      kind: 'crisisdienst',
      providerName: null,
      providerOrganisationId: org['ggz-nl'],
      withoutReferral: false,
      municipalityIds: [org.venray],
    });
    const c = await mk({
      name: 'Verborgen zelfhulp',
      kind: 'zelfhulpgroep',
      published: false,
      withoutReferral: null,
      municipalityIds: [org.horst],
    });
    const ids = async (who: SignedIn | null, q: string) =>
      ((await call(who, 'GET', `/api/social-map/services${q}`)).body.items as Json[]).map((s) => s.id);
    expect(await ids(admin, `?gemeente=${org.horst}`)).toEqual([a, c]);
    expect(await ids(admin, '?soort=crisisdienst')).toEqual([b]);
    expect(await ids(admin, '?zonderVerwijzing=ja')).toEqual([a]);
    expect(await ids(admin, '?zonderVerwijzing=nee')).toEqual([b]);
    expect(await ids(admin, '?zonderVerwijzing=onbekend')).toEqual([c]);
    expect(await ids(admin, '?q=noord-limburg')).toEqual([b]); // the provider organisation's name
    expect(await ids(admin, '?q=herstel%20NOORD')).toEqual([a]);
    expect(await ids(admin, '?q=100%25')).toEqual([]);
    expect(await ids(null, '')).toEqual([b, a]);
    expect(await ids(null, `?gemeente=${org.horst}`)).toEqual([a]);
    expect((await call(null, 'GET', `/api/social-map/services/${c}`)).status).toBe(404);
    expect((await call(null, 'GET', `/api/social-map/services/${a}`)).status).toBe(200);
    const municipalities = (await call(null, 'GET', '/api/social-map/municipalities')).body.items as Json[];
    expect(municipalities.map((m) => [m.name, m.services])).toEqual([
      ['Horst aan de Maas', 1],
      ['Venlo', 1],
      ['Venray', 1],
    ]);
    const csv = (await call(null, 'GET', '/api/social-map/export?format=csv')).raw.toString('utf8');
    expect(csv).not.toContain('Verborgen');
    expect(csv).toContain('Crisisdienst Limburg');
  });

  it('reads the bytes of a Windows-1252 file, and refuses a file over 10 MB with a Dutch 413 naming file and limit', async () => {
    const bytes = windows1252([HEADER, ';Café Ontmoeting;inloop;0983;;;;;;;;;ja;;ja;nee;'].join('\r\n'));
    expect(bytes.includes(0xe9)).toBe(true); // é as one byte: not UTF-8
    const preview = await call(admin, 'POST', '/api/social-map/import/preview', new Upload(bytes));
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect((preview.body.rows as { name: string }[]).map((r) => r.name)).toEqual(['Café Ontmoeting']);
    const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x41);
    for (const url of ['/api/social-map/import/preview', '/api/social-map/import']) {
      const res = await call(admin, 'POST', url, new Upload(big, 'groot.xlsx'));
      expect(res.status, url).toBe(413);
      expect((res.body.error as { message: string }).message).toMatch(/^Het bestand 'groot\.xlsx' is groter dan 10 MB/);
    }
  });

  it('imports all or nothing with Dutch row/column/reason errors, and updates on the Dienst-id', async () => {
    await t.database.db.delete(socialService);
    const bad = [
      HEADER,
      ';Inloop Oost;inloop;Venlo (0983);;;;;;;;;ja;;ja;nee;',
      ';Zonder soort;;Venlo;;;;;;;;;ja;;ja;nee;',
      ';Onbekend;meldpunt;Atlantis;;;;;;;;;misschien;;ja;nee;',
      ';Mail;meldpunt;0984;;;;;;geen-mail;;;nee;;ja;nee;',
    ].join('\n');
    const preview = await call(admin, 'POST', '/api/social-map/import/preview', new Upload(bad));
    expect(preview.status).toBe(422);
    const details = (preview.body.error as { details: { row: number; field: string; reason: string }[] }).details;
    expect(details).toEqual([
      { row: 3, field: 'Soort', reason: 'de soort ontbreekt' },
      { row: 4, field: 'Gemeenten', reason: "onbekende gemeente 'Atlantis'" },
      { row: 4, field: 'Zonder verwijzing (ja/nee/onbekend)', reason: "'misschien' is geen ja, nee of onbekend" },
      { row: 5, field: 'E-mail', reason: "'geen-mail' is geen e-mailadres" },
    ]);
    expect((await call(admin, 'POST', '/api/social-map/import', new Upload(bad))).status).toBe(422);
    expect(await t.database.db.select().from(socialService)).toEqual([]);

    const good = [
      HEADER,
      `;Inloop Oost;Inloop;"Venlo (0983); Horst aan de Maas";Iedereen;GGZ Noord-Limburg;;;'+31 77 000;;;;ja;;ja;nee;01-01-2020`,
    ].join('\n');
    const p2 = await call(admin, 'POST', '/api/social-map/import/preview', new Upload(good));
    expect(p2.status, JSON.stringify(p2.body)).toBe(200);
    expect(p2.body.counts).toEqual({ nieuw: 1, bijwerken: 0, ongewijzigd: 0 });
    expect((await call(admin, 'POST', '/api/social-map/import', new Upload(good, 'kaart.csv'))).status).toBe(201);
    const [made] = (await call(admin, 'GET', '/api/social-map/services')).body.items as Json[];
    expect(made).toMatchObject({
      name: 'Inloop Oost',
      phone: '+31 77 000',
      provider: { organisationId: org['ggz-nl'], name: 'GGZ Noord-Limburg' },
      updatedOn: '15-03-2026',
    });
    // The same row with its Dienst-id and another name updates it instead of adding one.
    const again = [HEADER, `${made?.id as string};Inloop Oost-Venlo;inloop;0983;;;;;;;;;onbekend;;nee;ja;`].join('\n');
    const p3 = await call(admin, 'POST', '/api/social-map/import/preview', new Upload(again));
    expect(p3.body.counts).toEqual({ nieuw: 0, bijwerken: 1, ongewijzigd: 0 });
    expect((await call(admin, 'POST', '/api/social-map/import', new Upload(again))).status).toBe(201);
    const items = (await call(admin, 'GET', '/api/social-map/services')).body.items as Json[];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ name: 'Inloop Oost-Venlo', withoutReferral: null, published: false, isDemo: true, version: 2 });
    // A Venlo redacteur may not import a service for Venray: the whole file is refused.
    const foreign = [HEADER, ';Van Venlo;inloop;Venlo;;;;;;;;;ja;;ja;nee;', ';Van Venray;inloop;Venray;;;;;;;;;ja;;ja;nee;'].join('\n');
    const refused = await call(venlo, 'POST', '/api/social-map/import', new Upload(foreign));
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body)).toContain('Rij 3');
    expect((await call(admin, 'GET', '/api/social-map/services')).body.items).toHaveLength(1);
  });

  it('round-trips: export → import → export gives the same file, as CSV and as XLSX', async () => {
    await t.database.db.delete(socialService);
    await call(
      admin,
      'POST',
      '/api/social-map/services',
      service({ name: '=SOM(A1)', phone: '+31 6 1234', description: 'Regel 1\nRegel "2"; met puntkomma' }),
    );
    await call(
      admin,
      'POST',
      '/api/social-map/services',
      service({
        name: 'Lotgenoten',
        kind: 'lotgenotencontact',
        providerName: null,
        providerOrganisationId: org['ggz-nl'],
        withoutReferral: null,
        published: false,
        isDemo: true,
        municipalityIds: [org.venray, org.horst],
      }),
    );
    for (const format of ['csv', 'xlsx'] as const) {
      const first = (await call(admin, 'GET', `/api/social-map/export?format=${format}`)).raw;
      const preview = await call(admin, 'POST', '/api/social-map/import/preview', new Upload(first));
      expect(preview.status, JSON.stringify(preview.body)).toBe(200);
      expect(preview.body.counts).toEqual({ nieuw: 0, bijwerken: 0, ongewijzigd: 2 });
      expect((await call(admin, 'POST', '/api/social-map/import', new Upload(first))).status).toBe(201);
      const second = (await call(admin, 'GET', `/api/social-map/export?format=${format}`)).raw;
      if (format === 'csv') {
        expect(second.toString('utf8')).toBe(first.toString('utf8'));
        expect(first.toString('utf8')).toContain("'=SOM(A1)");
      } else expect(await sheetRows(second)).toEqual(await sheetRows(first));
    }
    // Into an empty social map: the same file creates the services with their ids, and exports the same again.
    const file = (await call(admin, 'GET', '/api/social-map/export?format=xlsx')).raw;
    const before = await sheetRows(file);
    await t.database.db.delete(socialService);
    const imported = await call(admin, 'POST', '/api/social-map/import', new Upload(file));
    expect(imported.body.counts).toEqual({ nieuw: 2, bijwerken: 0, ongewijzigd: 0 });
    expect(await sheetRows((await call(admin, 'GET', '/api/social-map/export?format=xlsx')).raw)).toEqual(before);
    expect(before[0]).toEqual(HEADER.split(';'));
  });
});

async function sheetRows(bytes: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const rows: string[][] = [];
  ws?.eachRow((row) => {
    const cells: string[] = [];
    for (let c = 1; c <= ws.columnCount; c += 1) cells.push(String(row.getCell(c).value ?? ''));
    rows.push(cells);
  });
  return rows;
}
