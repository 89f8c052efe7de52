import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: Json[];
  const?: Json;
  format?: string;
};

/**
 * Bad input against every JSON write route: bodies generated from the route's own schema (so most
 * get past the first check and reach the service and the database), with hostile values at the
 * leaves: NUL bytes, very long strings, numbers beyond 2^31, dates like 0000-01-01, deep nesting.
 * No answer may be a 5xx; every refusal is a Dutch error body.
 */
const HOSTILE_STRINGS = [
  '\u0000',
  'Wonen\u0000en zorg',
  '0000-01-01',
  '9999-12-31',
  '2026-02-30',
  '-0001-01-01',
  '\uD800',
  "'; drop table node; --",
  'ü'.repeat(600),
  'x'.repeat(25_000),
  '',
  ' ',
];
const HOSTILE_NUMBERS = [2 ** 31, 2 ** 31 - 1, -(2 ** 31) - 1, 2 ** 53, Number.MAX_SAFE_INTEGER + 2, 1e308, -1, 0, 0.5, 1];

function arbitraryOf(schema: JsonSchema, ids: string[], depth = 0): fc.Arbitrary<Json> {
  const hostileString = fc.constantFrom(...HOSTILE_STRINGS);
  const value = (): fc.Arbitrary<Json> => {
    if (schema.const !== undefined) return fc.constant(schema.const);
    if (schema.enum) return fc.constantFrom(...schema.enum);
    const alternatives = schema.anyOf ?? schema.oneOf;
    if (alternatives && alternatives.length > 0) return fc.oneof(...alternatives.map((s) => arbitraryOf(s, ids, depth + 1)));
    const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
    switch (type) {
      case 'string':
        if (schema.format === 'uuid') return fc.oneof(fc.constantFrom(...ids), fc.uuid(), hostileString);
        if (schema.format === 'date')
          return fc.oneof(fc.constantFrom('0000-01-01', '2026-02-30', '2026-03-01', '1899-12-31'), hostileString);
        return fc.oneof({ weight: 3, arbitrary: hostileString }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }) });
      case 'integer':
      case 'number':
        return fc.constantFrom(...HOSTILE_NUMBERS);
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array':
        return depth > 6 ? fc.constant([]) : fc.array(arbitraryOf(schema.items ?? {}, ids, depth + 1), { maxLength: 3 });
      case 'object': {
        const properties = schema.properties;
        if (depth > 6 || !properties) return fc.constant({});
        const entries = Object.entries(properties).map(([k, s]) => [k, arbitraryOf(s, ids, depth + 1)] as const);
        return fc.record(Object.fromEntries(entries), {
          requiredKeys: (schema.required ?? []).filter((k) => k in properties),
        }) as fc.Arbitrary<Json>;
      }
      default:
        return fc.oneof(hostileString, fc.constantFrom(...HOSTILE_NUMBERS), fc.constant(null));
    }
  };
  return value();
}

describe(`bounded input: no 5xx on any JSON write route (${testDriver})`, () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  const send = async (method: string, url: string, payload?: unknown) => {
    const res = await t.app.inject({
      method: method as 'POST',
      url,
      ...(payload !== undefined ? { payload: JSON.stringify(payload), headers: { 'content-type': 'application/json' } } : {}),
    });
    return {
      status: res.statusCode,
      body: res.body ? (res.json() as { error?: { code: string; message: string; details?: unknown[]; omitted?: number } }) : {},
    };
  };

  beforeAll(async () => {
    t = await buildTestApp({ signedInAs: 'beheerder' });
    const org = await send('POST', '/api/organisations', { key: 'venlo', name: 'Venlo', kind: 'gemeente', cbsCode: '0983' });
    ids.org = (org.body as { id: string }).id;
    const p = await send('POST', '/api/programmes', { slug: 'grens', title: 'Grensprogramma', levelLabels: ['Thema', 'Project'] });
    ids.programme = (p.body as { id: string }).id;
    const n = await send('POST', '/api/programmes/grens/nodes', { parentId: null, title: 'Wonen', ownerOrganisationId: ids.org });
    ids.node = (n.body as { id: string }).id;
    const e = await send('POST', '/api/programmes/grens/efforts', {
      partner: { organisationId: ids.org },
      goalIds: [ids.node],
      text: 'Venlo doet mee',
    });
    ids.effort = (e.body as { id: string }).id;
    const m = await send('POST', `/api/programmes/${ids.programme}/progress/milestones`, { nodeId: ids.node, title: 'Eerste woningen' });
    ids.milestone = (m.body as { id: string }).id;
  });
  afterAll(async () => t?.close());

  const urlOf = (pattern: string) =>
    pattern.replace(/:([A-Za-z]+)/g, (_m, name: string) => {
      const v: Record<string, string | undefined> = {
        programme: 'grens',
        programmeId: ids.programme,
        node: ids.node,
        nodeId: ids.node,
        effort: ids.effort,
        milestoneId: ids.milestone,
        id: ids.org,
        year: '2024',
      };
      return v[name] ?? '00000000-0000-4000-8000-000000000000';
    });

  it('refuses a 2,000,000-character title with a Dutch 400 and stores nothing', async () => {
    const r = await send('POST', '/api/programmes/grens/nodes', { parentId: null, title: 'x'.repeat(2_000_000) });
    expect(r.status).toBe(400);
    expect(r.body.error?.message).toContain('hoogstens 500 tekens');
    const tree = await send('GET', '/api/programmes/grens/tree?shape=flat');
    expect(JSON.stringify(tree.body).length).toBeLessThan(20_000);
  });

  it('refuses NUL bytes, numbers beyond 2^31 and the year 0 with a Dutch 400', async () => {
    const nul = await send('PATCH', `/api/programmes/grens/nodes/${ids.node}`, { version: 1, description: 'a\u0000b' });
    expect(nul.status).toBe(400);
    expect(nul.body.error?.message).toContain('NUL');
    const big = await send('POST', `/api/programmes/grens/nodes/${ids.node}/move`, { version: 2 ** 31, parentId: null, position: 0 });
    expect(big.status).toBe(400);
    const date = await send('PATCH', '/api/programmes/grens', { version: 1, periodStart: '0000-01-01' });
    expect(date.status).toBe(400);
    expect(date.body.error?.message).toMatch(/datum/);
  });

  it('refuses a 20,000-node programme document with a Dutch 400/422, a short answer, and nothing stored', async () => {
    const nodes = Array.from({ length: 20_000 }, (_, i) => ({ key: `n${i}`, title: `Element ${i}` }));
    const document = {
      format: 'regietafel-programma',
      formatVersion: 1,
      programme: { slug: 'groot', title: 'Groot', levelLabels: ['Thema'] },
      nodes,
    };
    const r = await send('POST', '/api/programmes/import', { document });
    expect([400, 422]).toContain(r.status);
    expect(JSON.stringify(r.body).length).toBeLessThan(50_000);
    expect(r.body.error?.message).toMatch(/hoogstens|elementen/);
    expect((await send('GET', '/api/programmes/groot')).status).toBe(404);
  });

  it('caps an error list and counts the rest', async () => {
    const nodes = Array.from({ length: 300 }, (_, i) => ({ key: `n${i}`, title: `Element ${i}`, parentKey: 'bestaat-niet' }));
    const document = {
      format: 'regietafel-programma',
      formatVersion: 1,
      programme: { slug: 'fouten', title: 'Fouten', levelLabels: ['Thema'] },
      nodes,
    };
    const r = await send('POST', '/api/programmes/import', { document });
    expect(r.status).toBe(422);
    expect(r.body.error?.details?.length).toBe(50);
    expect(r.body.error?.omitted).toBe(250);
    expect(r.body.error?.message).toContain('en nog 250 meldingen');
  });

  it('answers generated bad bodies on every JSON write route without a 5xx', { timeout: 300_000 }, async () => {
    const routes = t.app.apiRoutes.filter((r) => r.bodySchema && r.method !== 'GET' && !r.url.endsWith('/logout'));
    expect(routes.length).toBeGreaterThan(25);
    const failures: string[] = [];
    const pool = Object.values(ids);
    for (const route of routes) {
      const schema = z.toJSONSchema(route.bodySchema as z.ZodType, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
      const bodies = fc.sample(arbitraryOf(schema, pool), { numRuns: 12, seed: 25 });
      for (const body of bodies) {
        const r = await send(route.method, urlOf(route.url), body);
        if (r.status >= 500) failures.push(`${route.method} ${route.url} → ${r.status} bij ${JSON.stringify(body).slice(0, 300)}`);
        else if (r.status >= 400 && !r.body.error?.message) failures.push(`${route.method} ${route.url} → ${r.status} zonder foutmelding`);
      }
    }
    expect(failures).toEqual([]);
  });
});
