import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/database';
import { windows1252 } from '../support/multipart';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

describe(`organisations, regions, persons and inhabitants (${testDriver})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ signedInAs: 'beheerder' });
  });
  afterAll(async () => t.close());

  const audits = async (entityId: string) =>
    queryRows<{ action: string }>(t.database.db, sql`select action from audit_log where entity_id = ${entityId} order by id`);

  it('requires a 4-digit CBS code for a gemeente and keeps leading zeros', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/organisations',
      payload: { key: 'almere', name: 'Almere', kind: 'gemeente' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([expect.objectContaining({ field: 'cbsCode' })]);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/organisations',
      payload: { key: 'almere', name: 'Almere', kind: 'gemeente', cbsCode: '0034' },
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ cbsCode: '0034', version: 1, population: [] });
  });

  it('reads inhabitants from a CBS StatLine export; "." stays unknown; every change is audited', async () => {
    const mk = async (key: string, name: string, cbsCode: string) =>
      (await t.app.inject({ method: 'POST', url: '/api/organisations', payload: { key, name, kind: 'gemeente', cbsCode } })).json()
        .id as string;
    const venlo = await mk('venlo', 'Venlo', '0983');
    const beesel = await mk('beesel', 'Beesel', '0889');
    const csv = [
      '"Regio\'s";"Perioden";"Bevolking op 1 januari (aantal)"',
      '"Venlo";"2024";"103 785"',
      '"Beesel";"2024";"."',
      '"Limburg (PV)";"2024";"1 133 174"',
      '"Bron: CBS"',
    ].join('\n');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/population/import-cbs?source=CBS%2003759ned',
      payload: csv,
      headers: { 'content-type': 'text/csv' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ updated: 1, unknown: 1, years: [2024], skipped: ['Limburg'] });
    const v = (await t.app.inject({ method: 'GET', url: `/api/organisations/${venlo}` })).json();
    expect(v.population).toEqual([
      { year: 2024, inhabitants: 103785, referenceDate: '2024-01-01', source: 'CBS 03759ned', sourceUrl: null, note: null },
    ]);
    const b = (await t.app.inject({ method: 'GET', url: `/api/organisations/${beesel}` })).json();
    expect(b.population[0]).toMatchObject({ year: 2024, inhabitants: null });
    expect((await audits(venlo)).map((a) => a.action)).toEqual(['create', 'set-population']);

    const manual = await t.app.inject({
      method: 'PUT',
      url: `/api/organisations/${beesel}/population/2024`,
      payload: { inhabitants: 13422, referenceDate: '2023-09-30', source: 'Omroep P&M', note: 'stand 30-9-2023' },
    });
    expect(manual.json().population).toEqual([expect.objectContaining({ inhabitants: 13422, referenceDate: '2023-09-30' })]);
  });

  it('reads the bytes of a Windows-1252 CBS export, and refuses one over 10 MB with a Dutch 413 naming the limit', async () => {
    const csv = windows1252(['"Regio\'s";"Perioden";"Bevolking op 1 januari (aantal)"', '"Fryslân (PV)";"2024";"659 551"'].join('\r\n'));
    expect(csv.includes(0xe2)).toBe(true); // â as one byte: not UTF-8
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/population/import-cbs',
      payload: Buffer.from(csv),
      headers: { 'content-type': 'text/csv' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().skipped).toEqual(['Fryslân']);
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x41);
    const tooBig = await t.app.inject({
      method: 'POST',
      url: '/api/population/import-cbs',
      payload: big,
      headers: { 'content-type': 'text/csv' },
    });
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error.message).toMatch(/groter dan 10 MB, de grens voor dit adres\. Er is niets opgeslagen\./);
  });

  it('keeps regions and persons with versions', async () => {
    const orgs = (await t.app.inject({ method: 'GET', url: '/api/organisations?kind=gemeente' })).json().items as {
      id: string;
      name: string;
    }[];
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/regions',
      payload: { key: 'noord-limburg', name: 'Noord-Limburg', municipalityIds: orgs.filter((o) => o.name !== 'Almere').map((o) => o.id) },
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(
      r
        .json()
        .municipalities.map((m: { name: string }) => m.name)
        .sort(),
    ).toEqual(['Beesel', 'Venlo']);
    const stale = await t.app.inject({ method: 'PATCH', url: `/api/regions/${r.json().id}`, payload: { version: 2, name: 'X' } });
    expect(stale.statusCode).toBe(409);

    const p = await t.app.inject({
      method: 'POST',
      url: '/api/persons',
      payload: { key: 'p-de-vries', name: 'A. de Vries', organisationId: orgs[0]?.id, roles: ['trekker', 'aanspreekpunt'] },
    });
    expect(p.statusCode, p.body).toBe(201);
    const upd = await t.app.inject({
      method: 'PATCH',
      url: `/api/persons/${p.json().id}`,
      payload: { version: 1, email: 'a.devries@example.nl' },
    });
    expect(upd.json()).toMatchObject({ email: 'a.devries@example.nl', version: 2 });
    const again = await t.app.inject({ method: 'PATCH', url: `/api/persons/${p.json().id}`, payload: { version: 1, phone: '0' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details.current).toMatchObject({ email: 'a.devries@example.nl', version: 2 });
    expect((await audits(p.json().id)).map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('a group organisation holds its members; each member knows its groups', async () => {
    const orgs = (await t.app.inject({ method: 'GET', url: '/api/organisations?kind=gemeente' })).json().items as {
      id: string;
      name: string;
    }[];
    const ids = orgs.slice(0, 2).map((o) => o.id);
    const g = await t.app.inject({
      method: 'POST',
      url: '/api/organisations',
      payload: { key: 'testgroep-gemeenten', name: 'Testgroep gemeenten', kind: 'overig', memberIds: ids },
    });
    expect(g.statusCode, g.body).toBe(201);
    expect([...g.json().memberIds].sort()).toEqual([...ids].sort());
    expect(g.json().groupIds).toEqual([]);
    const member = (await t.app.inject({ method: 'GET', url: `/api/organisations/${ids[0]}` })).json();
    expect(member.groupIds).toEqual([g.json().id]);
    const self = await t.app.inject({
      method: 'PATCH',
      url: `/api/organisations/${g.json().id}`,
      payload: { version: 1, memberIds: [g.json().id] },
    });
    expect(self.statusCode).toBe(400);
    const fewer = await t.app.inject({
      method: 'PATCH',
      url: `/api/organisations/${g.json().id}`,
      payload: { version: 1, memberIds: ids.slice(1) },
    });
    expect(fewer.json()).toMatchObject({ memberIds: ids.slice(1), version: 2 });
  });

  it('a person acts for several organisations; removal (AVG) leaves "vervallen persoon", never a broken reference', async () => {
    const orgs = (await t.app.inject({ method: 'GET', url: '/api/organisations?kind=gemeente' })).json().items as {
      id: string;
      name: string;
    }[];
    const [a, b] = orgs;
    if (!a || !b) throw new Error('two gemeenten expected');
    const p = await t.app.inject({
      method: 'POST',
      url: '/api/persons',
      payload: { key: 'p-twee', name: 'B. Tweemaal', email: 'b@example.nl', organisationIds: [a.id, b.id], roles: ['trekker'] },
    });
    expect(p.statusCode, p.body).toBe(201);
    expect(p.json()).toMatchObject({ organisationId: a.id, organisationIds: [a.id, b.id], removed: false });
    const underB = (await t.app.inject({ method: 'GET', url: `/api/persons?organisationId=${b.id}` })).json().items as { id: string }[];
    expect(underB.map((x) => x.id)).toContain(p.json().id);
    // A stale edit answers 409 with the whole current person, every organisation included (the editor shows it).
    const edited = await t.app.inject({ method: 'PATCH', url: `/api/persons/${p.json().id}`, payload: { version: 1, phone: '077 1' } });
    expect(edited.statusCode, edited.body).toBe(200);
    const stale = await t.app.inject({ method: 'PATCH', url: `/api/persons/${p.json().id}`, payload: { version: 1, phone: '077 2' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({ organisationIds: [a.id, b.id], phone: '077 1', version: 2 });

    // A trekker of a node: removing the person keeps the reference and shows "vervallen persoon".
    const prog = await t.app.inject({
      method: 'POST',
      url: '/api/programmes',
      payload: { slug: 'avg-test', title: 'AVG', levelLabels: ['Thema'] },
    });
    expect(prog.statusCode, prog.body).toBe(201);
    const n = await t.app.inject({
      method: 'POST',
      url: '/api/programmes/avg-test/nodes',
      payload: { parentId: null, title: 'Thema', trekkers: [{ personId: p.json().id }] },
    });
    expect(n.statusCode, n.body).toBe(201);
    const del = await t.app.inject({ method: 'DELETE', url: `/api/persons/${p.json().id}?version=2` });
    expect(del.statusCode, del.body).toBe(204);
    const node = (await t.app.inject({ method: 'GET', url: `/api/programmes/avg-test/nodes/${n.json().id}` })).json();
    expect(node.trekkers).toEqual([{ personId: p.json().id, organisationId: null, name: 'vervallen persoon' }]);
    const gone = (await t.app.inject({ method: 'GET', url: `/api/persons/${p.json().id}` })).json();
    expect(gone).toMatchObject({ name: 'vervallen persoon', email: null, organisationIds: [], roles: [], removed: true });
    const listed = (await t.app.inject({ method: 'GET', url: '/api/persons' })).json().items as { id: string }[];
    expect(listed.map((x) => x.id)).not.toContain(p.json().id);
    // The audit entry of the removal does not keep what was removed.
    const last = (await audits(p.json().id)).at(-1);
    expect(JSON.stringify(last)).not.toContain('Tweemaal');
    expect(JSON.stringify(last)).not.toContain('b@example.nl');
  });
});
