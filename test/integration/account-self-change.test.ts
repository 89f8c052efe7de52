import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type SignedIn } from '../support/auth';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

/** The last platform beheerder must not be able to lock everybody out of account management. */
describe(`a platform beheerder and their own account (${testDriver})`, () => {
  let t: TestApp;
  let anna: SignedIn;
  let bram: SignedIn;
  beforeAll(async () => {
    t = await buildTestApp();
    anna = await signIn(t, 'anna@regio.nl', { platformRoles: ['beheerder', 'monitor-analist'] });
    bram = await signIn(t, 'bram@regio.nl', { platformRoles: ['beheerder'] });
  });
  afterAll(async () => t?.close());

  const patch = (who: SignedIn, target: SignedIn, payload: object) =>
    t.app.inject({ method: 'PATCH', url: `/api/accounts/${target.accountId}`, headers: who.headers, payload });

  it('refuses disabling one’s own account and dropping one’s own beheerder role, in Dutch, and changes nothing', async () => {
    const disable = await patch(anna, anna, { disabled: true });
    expect(disable.statusCode).toBe(409);
    expect(disable.json().error.details).toEqual([
      { field: 'disabled', reason: expect.stringContaining('eigen account niet uitschakelen') },
    ]);
    const demote = await patch(anna, anna, { platformRoles: ['monitor-analist'] });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error.details).toEqual([
      { field: 'platformRoles', reason: expect.stringContaining('platformbeheerder niet intrekken') },
    ]);
    const session = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: anna.headers });
    expect(session.json().account.platformRoles).toEqual(['beheerder', 'monitor-analist']);
  });

  it('lets one change the rest of one’s own account, and another beheerder do what one may not', async () => {
    expect((await patch(anna, anna, { name: 'Anna de Boer', platformRoles: ['beheerder'] })).statusCode).toBe(200);
    expect((await patch(bram, anna, { platformRoles: [] })).statusCode).toBe(200);
    expect((await patch(bram, anna, { disabled: true })).statusCode).toBe(200);
  });
});
