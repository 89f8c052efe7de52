import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

describe(`API foundation (${testDriver})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(async () => t.close());

  it('reports health: database reachable, migrations current, version', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.status).toBe('ok');
    expect(body.database.kind).toBe(testDriver);
    expect(body.database.reachable).toBe(true);
    expect(body.database.migrations.current).toBe(true);
    expect(body.database.migrations.applied).toBeGreaterThan(0);
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('answers unknown API paths with a Dutch JSON error and a request id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/bestaat-niet' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: { code: 'NOT_FOUND', message: 'Onbekend adres: GET /api/bestaat-niet', details: [] },
    });
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('publishes OpenAPI 3 with every API route', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/programmes']));
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });
});
