import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { initiative, initiativeLink } from '../../src/db/schema';
import { DEFAULT_PUBLICATION_FIELDS } from '../../src/domain/publication/fields';
import { signIn } from '../support/auth';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

type Headers = Record<string, string>;
type Json = Record<string, unknown>;

describe(`knowledge: good practices, related initiatives, lists beside the tree (${testDriver})`, () => {
  let t: TestApp;
  let admin: Headers;
  let redacteur: Headers;
  let lezer: Headers;
  const ids: Record<string, string> = {};
  const call = async (headers: Headers | null, method: string, url: string, payload?: unknown) => {
    const res = await t.app.inject({
      method: method as 'GET',
      url,
      headers: headers ?? { 'x-csrf-token': 'anoniem' },
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
    return { status: res.statusCode, body: (res.body ? res.json() : {}) as Json };
  };
  const ok = async (headers: Headers | null, method: string, url: string, payload?: unknown) => {
    const r = await call(headers, method, url, payload);
    expect(r.status, `${method} ${url}: ${JSON.stringify(r.body)}`).toBeLessThan(300);
    return r.body;
  };

  beforeAll(async () => {
    t = await buildTestApp();
    admin = (await signIn(t, 'beheer@kennis.test', { platformRoles: ['beheerder'] })).headers;
    for (const [key, cbs] of [
      ['venlo', '0983'],
      ['venray', '0984'],
    ] as const)
      ids[key] = (
        await ok(admin, 'POST', '/api/organisations', { key, name: key === 'venlo' ? 'Venlo' : 'Venray', kind: 'gemeente', cbsCode: cbs })
      ).id as string;
    ids.ggd = (await ok(admin, 'POST', '/api/organisations', { key: 'ggd', name: 'GGD', kind: 'GGD' })).id as string;
    ids.open = (await ok(admin, 'POST', '/api/programmes', { slug: 'open', title: 'Open programma', levelLabels: ['Thema'] })).id as string;
    ids.dicht = (await ok(admin, 'POST', '/api/programmes', { slug: 'dicht', title: 'Dicht programma', levelLabels: ['Thema'] }))
      .id as string;
    const node = async (programme: string, title: string, owner: string | null) =>
      (await ok(admin, 'POST', `/api/programmes/${programme}/nodes`, { parentId: null, title, ownerOrganisationId: owner })).id as string;
    ids.wonen = await node('open', 'Wonen', ids.venlo ?? null);
    ids.werk = await node('open', 'Werk', ids.venlo ?? null);
    ids.zorg = await node('open', 'Zorg van Venray', ids.venray ?? null);
    ids.geheim = await node('dicht', 'Geheim thema', null);
    await ok(admin, 'PUT', '/api/programmes/open/publication', { published: true, fields: { ...DEFAULT_PUBLICATION_FIELDS }, version: 0 });
    redacteur = (
      await signIn(t, 'redacteur@kennis.test', {
        memberships: [{ programmeId: ids.open ?? '', role: 'redacteur', organisationId: ids.venlo ?? null }],
      })
    ).headers;
    lezer = (await signIn(t, 'lezer@kennis.test', { memberships: [{ programmeId: ids.open ?? '', role: 'lezer', organisationId: null }] }))
      .headers;
  });
  afterAll(async () => t?.close());

  const practice = {
    title: 'Housing First',
    summary: 'Eerst een eigen woning, daarna begeleiding naar wens.',
    workingComponents: ['Huurcontract op eigen naam', ' ', 'Begeleiding zo lang als nodig'],
    targetGroup: 'Dakloze mensen met meervoudige problemen',
    originText: 'Begonnen in New York, in Nederland sinds 2006',
    contact: null,
    links: ['https://www.example.org/housing-first'],
    tags: ['Wonen', 'herstel'],
  };

  describe('good practices', () => {
    it('creates, reads, edits with a version (stale → 409 with the current state) and deletes', async () => {
      const created = await ok(redacteur, 'POST', '/api/practices', { ...practice, relatedNodeIds: [ids.wonen] });
      expect(created).toMatchObject({
        title: 'Housing First',
        workingComponents: ['Huurcontract op eigen naam', 'Begeleiding zo lang als nodig'],
        tags: ['wonen', 'herstel'],
        contact: null,
        published: false,
        version: 1,
      });
      expect((created.relatedNodes as Json[]).map((n) => n.title)).toEqual(['Wonen']);
      const id = created.id as string;
      const edited = await ok(redacteur, 'PATCH', `/api/practices/${id}`, {
        ...practice,
        version: 1,
        contact: 'Team Housing First, via de gemeente',
      });
      expect(edited).toMatchObject({ version: 2, contact: 'Team Housing First, via de gemeente' });
      const stale = await call(redacteur, 'PATCH', `/api/practices/${id}`, { ...practice, version: 1, title: 'Oud' });
      expect(stale.status).toBe(409);
      expect((stale.body.error as { details: { current: Json } }).details.current).toMatchObject({ version: 2, title: 'Housing First' });
      expect((await call(redacteur, 'DELETE', `/api/practices/${id}?version=1`)).status).toBe(409);
      expect((await call(redacteur, 'DELETE', `/api/practices/${id}?version=2`)).status).toBe(204);
      expect((await call(redacteur, 'GET', `/api/practices/${id}`)).status).toBe(404);
    });

    it('refuses a link that is not http(s), naming the field', async () => {
      const r = await call(redacteur, 'POST', '/api/practices', { ...practice, links: ['javascript:alert(1)'] });
      expect(r.status).toBe(400);
      expect(JSON.stringify(r.body)).toContain('links[0]');
    });

    it('lets only redacteuren and beheerders maintain; a related node in a programme without a role answers as a missing one', async () => {
      expect((await call(lezer, 'POST', '/api/practices', practice)).status).toBe(403);
      expect((await call(null, 'POST', '/api/practices', practice)).status).toBe(401);
      const hidden = await call(redacteur, 'POST', '/api/practices', { ...practice, relatedNodeIds: [ids.geheim] });
      const missing = await call(redacteur, 'POST', '/api/practices', {
        ...practice,
        relatedNodeIds: ['00000000-0000-4000-8000-00000000abcd'],
      });
      expect(hidden.status).toBe(400);
      expect(JSON.stringify(hidden.body).replace(/[0-9a-f-]{36}/g, '*')).toBe(JSON.stringify(missing.body).replace(/[0-9a-f-]{36}/g, '*'));
    });

    it('keeps related nodes the editor may not see, and shows them only to who may', async () => {
      const p = await ok(admin, 'POST', '/api/practices', {
        ...practice,
        title: 'Verborgen koppeling',
        relatedNodeIds: [ids.wonen, ids.geheim],
        published: true,
      });
      const asRedacteur = await ok(redacteur, 'GET', `/api/practices/${p.id as string}`);
      expect((asRedacteur.relatedNodes as Json[]).map((n) => n.title)).toEqual(['Wonen']);
      await ok(redacteur, 'PATCH', `/api/practices/${p.id as string}`, {
        ...practice,
        title: 'Verborgen koppeling',
        relatedNodeIds: [ids.werk],
        published: true,
        version: 1,
      });
      const asAdmin = await ok(admin, 'GET', `/api/practices/${p.id as string}`);
      expect((asAdmin.relatedNodes as Json[]).map((n) => n.title).sort()).toEqual(['Geheim thema', 'Werk']);
      const asVisitor = await ok(null, 'GET', `/api/practices/${p.id as string}`);
      expect((asVisitor.relatedNodes as Json[]).map((n) => n.title)).toEqual(['Werk']);
    });

    it('shows a visitor only published practices, without contact', async () => {
      const draft = await ok(redacteur, 'POST', '/api/practices', { ...practice, title: 'Concept', contact: 'Geheim telefoonnummer' });
      const pub = await ok(redacteur, 'POST', '/api/practices', { ...practice, title: 'Openbaar', contact: 'Loket', published: true });
      const list = (await ok(null, 'GET', '/api/practices')).items as Json[];
      expect(list.every((p) => p.published === true)).toBe(true);
      expect(list.map((p) => p.title)).toContain('Openbaar');
      expect(list.map((p) => p.title)).not.toContain('Concept');
      expect(list.find((p) => p.title === 'Openbaar')?.contact).toBeNull();
      expect((await call(null, 'GET', `/api/practices/${draft.id as string}`)).status).toBe(404);
      expect((await ok(null, 'GET', `/api/practices/${pub.id as string}`)).contact).toBeNull();
      expect((await ok(lezer, 'GET', `/api/practices/${draft.id as string}`)).contact).toBe('Geheim telefoonnummer');
    });

    it('records adoption per gemeente with status and date, and filters on tag, gemeente, status and text', async () => {
      const p = await ok(redacteur, 'POST', '/api/practices', {
        ...practice,
        title: 'Preventieve schuldhulp',
        tags: ['schulden'],
        published: true,
      });
      const pid = p.id as string;
      const adopted = await ok(redacteur, 'PUT', `/api/practices/${pid}/adoptions/${ids.venlo}`, {
        status: 'ingevoerd',
        statusDate: '2024-03-01',
      });
      expect(adopted.adoptions).toEqual([
        { organisationId: ids.venlo, organisationName: 'Venlo', status: 'ingevoerd', statusDate: '2024-03-01', note: null },
      ]);
      await ok(redacteur, 'PUT', `/api/practices/${pid}/adoptions/${ids.venray}`, { status: 'overwogen' });
      expect((await call(redacteur, 'PUT', `/api/practices/${pid}/adoptions/${ids.ggd}`, { status: 'overwogen' })).status).toBe(400);
      const titles = async (q: string) => ((await ok(null, 'GET', `/api/practices?${q}`)).items as Json[]).map((x) => x.title);
      expect(await titles('tag=Schulden')).toEqual(['Preventieve schuldhulp']);
      expect(await titles(`organisationId=${ids.venlo}&status=ingevoerd`)).toEqual(['Preventieve schuldhulp']);
      expect(await titles(`organisationId=${ids.venlo}&status=overwogen`)).toEqual([]);
      expect(await titles('status=overwogen')).toEqual(['Preventieve schuldhulp']);
      expect(await titles('q=SCHULDHULP huurcontract')).toEqual(['Preventieve schuldhulp']);
      expect((await call(redacteur, 'DELETE', `/api/practices/${pid}/adoptions/${ids.venray}`)).status).toBe(204);
      expect(await titles('status=overwogen')).toEqual([]);
      const audit = (await ok(admin, 'GET', '/api/audit?entityType=good_practice_adoption')) as unknown as { items?: Json[] } | Json[];
      expect(JSON.stringify(audit)).toContain(`${pid}:${ids.venlo}`);
    });
  });

  describe('related initiatives', () => {
    const fields = {
      name: 'Regionaal netwerk dak- en thuisloosheid',
      kind: 'netwerk',
      goal: 'Samen dakloosheid voorkomen',
      owner: 'Provincie',
      contact: null,
    };

    it('one initiative linked to two themes and another programme stays ONE record, shown on both themes', async () => {
      const created = await ok(redacteur, 'POST', '/api/programmes/open/initiatives', { ...fields, nodeIds: [ids.wonen, ids.werk] });
      const id = created.id as string;
      expect(created.contact).toBeNull();
      expect((created.links as Json[]).map((l) => (l.node as Json).title).sort()).toEqual(['Werk', 'Wonen']);
      await ok(admin, 'POST', `/api/programmes/dicht/initiatives/${id}/links`, { nodeId: ids.geheim });
      const [records] = await t.database.db.select({ value: count() }).from(initiative).where(eq(initiative.name, fields.name));
      expect(records?.value).toBe(1);
      const [links] = await t.database.db.select({ value: count() }).from(initiativeLink).where(eq(initiativeLink.initiativeId, id));
      expect(links?.value).toBe(3);
      for (const nodeId of [ids.wonen, ids.werk]) {
        const items = (await ok(lezer, 'GET', `/api/programmes/open/initiatives?nodeId=${nodeId}`)).items as Json[];
        expect(items.map((i) => i.id)).toEqual([id]);
        // The lezer of 'open' does not see the link in 'dicht', only that there is one more.
        expect(items[0]?.otherLinks).toBe(1);
      }
      expect(((await ok(lezer, 'GET', `/api/programmes/open/initiatives?nodeId=${ids.zorg}`)).items as Json[]).length).toBe(0);
      expect(((await ok(lezer, 'GET', '/api/programmes/open/initiatives')).items as Json[]).filter((i) => i.id === id).length).toBe(1);

      // Editing from one programme changes the one record everywhere; a stale version gets the current state.
      await ok(redacteur, 'PATCH', `/api/programmes/open/initiatives/${id}`, { ...fields, contact: 'Netwerkcoördinator', version: 1 });
      const stale = await call(redacteur, 'PATCH', `/api/programmes/open/initiatives/${id}`, { ...fields, version: 1 });
      expect(stale.status).toBe(409);
      expect((stale.body.error as { details: { current: Json } }).details.current).toMatchObject({
        contact: 'Netwerkcoördinator',
        version: 2,
      });
      const inDicht = (await ok(admin, 'GET', `/api/programmes/dicht/initiatives`)).items as Json[];
      expect(inDicht.map((i) => i.contact)).toEqual(['Netwerkcoördinator']);

      // The redacteur may not delete what also belongs to a programme they do not edit; unlinking is fine.
      expect((await call(redacteur, 'DELETE', `/api/programmes/open/initiatives/${id}?version=2`)).status).toBe(403);
      const werkLink = (created.links as Json[]).find((l) => l.nodeId === ids.werk)?.id as string;
      expect((await call(redacteur, 'DELETE', `/api/programmes/open/initiative-links/${werkLink}`)).status).toBe(204);
      expect(((await ok(lezer, 'GET', `/api/programmes/open/initiatives?nodeId=${ids.werk}`)).items as Json[]).length).toBe(0);
      // A link of another programme is not reachable through this one.
      const dichtLink = ((await ok(admin, 'GET', '/api/programmes/dicht/initiatives')).items as { links: Json[] }[])[0]?.links[0]
        ?.id as string;
      expect((await call(redacteur, 'DELETE', `/api/programmes/open/initiative-links/${dichtLink}`)).status).toBe(404);
      expect((await call(admin, 'DELETE', `/api/programmes/open/initiatives/${id}?version=2`)).status).toBe(204);
      expect(((await ok(admin, 'GET', '/api/programmes/dicht/initiatives')).items as Json[]).length).toBe(0);
    });

    it('checks organisation scope on node links and never removes the last link', async () => {
      expect((await call(redacteur, 'POST', '/api/programmes/open/initiatives', { ...fields, nodeIds: [ids.zorg] })).status).toBe(403);
      const only = await ok(redacteur, 'POST', '/api/programmes/open/initiatives', { ...fields, name: 'Alleen programma' });
      expect((only.links as Json[]).map((l) => l.node)).toEqual([null]);
      const r = await call(redacteur, 'DELETE', `/api/programmes/open/initiative-links/${(only.links as Json[])[0]?.id as string}`);
      expect(r.status).toBe(409);
      expect((await call(redacteur, 'POST', `/api/programmes/open/initiatives/${only.id as string}/links`, { nodeId: null })).status).toBe(
        409,
      );
      expect((await call(lezer, 'POST', '/api/programmes/open/initiatives', fields)).status).toBe(403);
    });
  });

  describe('lists beside the tree', () => {
    it('keeps named lists of the programme and of a node, items in order, linked to no node', async () => {
      const list = await ok(redacteur, 'POST', '/api/programmes/open/lists', {
        nodeId: null,
        title: 'Uitgangspunten',
        items: [{ title: 'Eerst wonen' }, { title: 'Dichtbij huis', text: 'Zorg in de eigen wijk' }],
      });
      expect((list.items as Json[]).map((i) => i.title)).toEqual(['Eerst wonen', 'Dichtbij huis']);
      const nodeList = await ok(redacteur, 'POST', '/api/programmes/open/lists', {
        nodeId: ids.wonen,
        title: 'Opgaven uit het regiobeeld',
        items: [],
      });
      expect(
        (await call(redacteur, 'POST', '/api/programmes/open/lists', { nodeId: ids.zorg, title: 'Niet van mij', items: [] })).status,
      ).toBe(403);
      const own = (await ok(lezer, 'GET', '/api/programmes/open/lists?nodeId=programma')).items as Json[];
      expect(own.map((l) => l.title)).toEqual(['Uitgangspunten']);
      const ofNode = (await ok(lezer, 'GET', `/api/programmes/open/lists?nodeId=${ids.wonen}`)).items as Json[];
      expect(ofNode.map((l) => l.id)).toEqual([nodeList.id]);
      const updated = await ok(redacteur, 'PUT', `/api/programmes/open/lists/${list.id as string}`, {
        version: 1,
        title: 'Uitgangspunten',
        items: [{ title: 'Dichtbij huis' }, { title: 'Eerst wonen' }, { title: 'Herstel voorop' }],
      });
      expect((updated.items as Json[]).map((i) => i.title)).toEqual(['Dichtbij huis', 'Eerst wonen', 'Herstel voorop']);
      const stale = await call(redacteur, 'PUT', `/api/programmes/open/lists/${list.id as string}`, { version: 1, title: 'X', items: [] });
      expect(stale.status).toBe(409);
      expect((stale.body.error as { details: { current: Json } }).details.current).toMatchObject({ version: 2, title: 'Uitgangspunten' });
      const noTitle = await call(redacteur, 'PUT', `/api/programmes/open/lists/${list.id as string}`, {
        version: 2,
        title: 'X',
        items: [{ title: ' ' }],
      });
      expect(noTitle.status).toBe(400);
      expect(JSON.stringify(noTitle.body)).toContain('items[0].title');
      // No invented links: the node's links are untouched by lists.
      const n = await ok(lezer, 'GET', `/api/programmes/open/nodes/${ids.wonen}`);
      expect(n.links).toEqual([]);
      expect((await call(redacteur, 'DELETE', `/api/programmes/open/lists/${list.id as string}?version=2`)).status).toBe(204);
    });
  });
});
