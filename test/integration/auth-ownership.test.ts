import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../support/auth';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

type Headers = Record<string, string>;

// Several organisations share one programme: each partner may change only what is theirs.
describe(`organisation scope: a partner changes only its own nodes (${testDriver})`, () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  const call = async (headers: Headers, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) => {
    const res = await t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
    return { status: res.statusCode, body: res.json() as Record<string, unknown> };
  };
  let admin: Headers;
  let redacteurA: Headers;
  let rapporteurA: Headers;

  beforeAll(async () => {
    t = await buildTestApp();
    admin = (await signIn(t, 'beheer@regio.test', { platformRoles: ['beheerder'] })).headers;
    for (const key of ['venlo', 'venray']) {
      const r = await call(admin, 'POST', '/api/organisations', {
        key,
        name: key,
        kind: 'gemeente',
        cbsCode: key === 'venlo' ? '0983' : '0984',
      });
      ids[key] = r.body.id as string;
    }
    const p = await call(admin, 'POST', '/api/programmes', {
      slug: 'gedeeld',
      title: 'Gedeeld programma',
      levelLabels: ['Thema', 'Activiteit'],
    });
    ids.programme = p.body.id as string;
    for (const key of ['venlo', 'venray']) {
      const n = await call(admin, 'POST', '/api/programmes/gedeeld/nodes', {
        parentId: null,
        title: `Activiteit van ${key}`,
        ownerOrganisationId: ids[key],
      });
      expect(n.status, JSON.stringify(n.body)).toBe(201);
      ids[`node-${key}`] = n.body.id as string;
    }
    const member = (role: 'redacteur' | 'rapporteur') => ({
      memberships: [{ programmeId: ids.programme ?? '', role, organisationId: ids.venlo ?? null }],
    });
    redacteurA = (await signIn(t, 'redacteur@venlo.test', member('redacteur'))).headers;
    rapporteurA = (await signIn(t, 'rapporteur@venlo.test', member('rapporteur'))).headers;
  });
  afterAll(async () => t?.close());

  it('lets a redacteur edit the nodes of their own organisation, and refuses those of another', async () => {
    const own = await call(redacteurA, 'PATCH', `/api/programmes/gedeeld/nodes/${ids['node-venlo']}`, {
      version: 1,
      title: 'Aangepast door Venlo',
    });
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    const other = await call(redacteurA, 'PATCH', `/api/programmes/gedeeld/nodes/${ids['node-venray']}`, {
      version: 1,
      title: 'Overgenomen',
    });
    expect(other.status).toBe(403);
    expect((other.body.error as { message: string }).message).toContain('hoort niet bij uw organisatie');
    const unchanged = await call(admin, 'GET', `/api/programmes/gedeeld/nodes/${ids['node-venray']}`);
    expect(unchanged.body.title).toBe('Activiteit van venray');
  });

  it('lets a rapporteur report on their own nodes only, and not change structure', async () => {
    const update = { status: 'groen', percent: 40, results: 'Eerste trajecten gestart' };
    const own = await call(rapporteurA, 'POST', `/api/programmes/gedeeld/progress/nodes/${ids['node-venlo']}/updates`, update);
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    const other = await call(rapporteurA, 'POST', `/api/programmes/gedeeld/progress/nodes/${ids['node-venray']}/updates`, update);
    expect(other.status).toBe(403);
    const edit = await call(rapporteurA, 'PATCH', `/api/programmes/gedeeld/nodes/${ids['node-venlo']}`, {
      version: 2,
      title: 'Niet toegestaan',
    });
    expect(edit.status).toBe(403);
  });
});
