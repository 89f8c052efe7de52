import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

describe(`hardening (${testDriver})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(async () => t?.close());

  it('refuses JSON bodies over the limit with 413 before any handler runs', async () => {
    const big = JSON.stringify({ email: 'x'.repeat(11 * 1024 * 1024), password: 'y' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json', 'x-csrf-token': 'x' },
      payload: big,
    });
    expect(res.statusCode).toBe(413);
  });

  it('refuses to register an /api route without access, a programme route that does not name its programme, or a parameter not named <entity>Id', async () => {
    const app = await buildApp({ database: t.database, clock: t.clock, webRoot: null });
    expect(() => app.get('/api/zonder-toegang', async () => 'x')).toThrow(/declareert geen toegang/);
    expect(() => app.get('/api/dingen/:dingId', { config: { access: { programme: 'lezer' } } }, async () => 'x')).toThrow(
      /programmagebonden/,
    );
    // Path parameters are named <entity>Id.
    expect(() => app.get('/api/dingen/:id', { config: { access: 'user' } }, async () => 'x')).toThrow(
      /parameter :id heet niet <entiteit>Id/,
    );
    expect(() => app.get('/api/programmes/:programme/dingen', { config: { access: 'user' } }, async () => 'x')).toThrow(
      /parameter :programme heet niet/,
    );
    expect(() =>
      app.get('/api/programmes/:programmeId/dingen', { config: { access: { programme: 'lezer' } } }, async () => 'x'),
    ).not.toThrow();
    await app.close();
  });

  it('validates input with a Dutch error naming the field', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-csrf-token': 'x' },
      payload: { email: 'a@b.nl' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('body.password');
  });
});
