import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { createProgramme } from '../../src/server/services/programme/create-programme';
import { LOGIN_LIMITS } from '../../src/server/services/account/login-with-password';
import { movableClock } from '../support/movable-clock';
import { logIn, signIn, TEST_PASSWORD } from '../support/auth';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

interface Entry {
  id: number;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  programmeId: string | null;
  before: unknown;
  after: unknown;
}

describe(`accounts, memberships and sign-ins are audited (${testDriver})`, () => {
  let t: TestApp;
  let programmeId: string;
  let admin: Awaited<ReturnType<typeof signIn>>;
  const clock = movableClock('2026-03-15T10:00:00Z');
  beforeAll(async () => {
    t = await buildTestApp({ clock });
    programmeId = await createProgramme(
      t.database.db,
      SYSTEM_ACTOR,
      { slug: 'audit', title: 'Auditprogramma', levelLabels: ['Thema'] },
      t.clock,
    );
    admin = await signIn(t, 'admin@regio.nl', { platformRoles: ['beheerder'] });
  });
  afterAll(async () => t?.close());

  const entries = async (query = ''): Promise<Entry[]> => {
    const res = await t.app.inject({ method: 'GET', url: `/api/audit?limit=1000${query}`, headers: admin.headers });
    expect(res.statusCode).toBe(200);
    return res.json().items;
  };

  it('records who, when, what, before and after for every kind of change', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/accounts',
      headers: admin.headers,
      payload: { email: 'fleur@gemeente-roermond.nl', name: 'Fleur', password: TEST_PASSWORD },
    });
    expect(created.statusCode).toBe(201);
    const fleur: string = created.json().id;
    const org = '11111111-1111-4111-8111-111111111111';
    const put = (role: string) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/programmes/${programmeId}/members/${fleur}`,
        headers: admin.headers,
        payload: { role, organisationId: org },
      });
    expect((await put('redacteur')).statusCode).toBe(200);
    expect((await put('rapporteur')).statusCode).toBe(200);
    const fleurHeaders = await logIn(t, 'fleur@gemeente-roermond.nl');
    // The changed role holds at once for the running session.
    const members = await t.app.inject({ method: 'GET', url: `/api/programmes/${programmeId}/members`, headers: fleurHeaders });
    expect(members.statusCode).toBe(403);
    expect((await put('beheerder')).statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/programmes/${programmeId}/members`, headers: fleurHeaders })).json().items,
    ).toHaveLength(1);
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/programmes/${programmeId}/members/${fleur}`,
      headers: admin.headers,
    });
    expect(removed.statusCode).toBe(204);
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/accounts/${fleur}`,
      headers: admin.headers,
      payload: { name: 'Fleur de Vries', platformRoles: ['monitor-analist'] },
    });
    expect(patched.json().name).toBe('Fleur de Vries');
    const reset = await t.app.inject({
      method: 'PUT',
      url: `/api/accounts/${fleur}/password`,
      headers: admin.headers,
      payload: { password: 'een nieuw lang wachtwoord voor haar' },
    });
    expect(reset.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: fleurHeaders })).json().account).toBeNull();
    const again = await logIn(t, 'fleur@gemeente-roermond.nl', 'een nieuw lang wachtwoord voor haar');
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: again })).statusCode).toBe(204);
    clock.advanceMinutes(1);
    for (let i = 0; i < LOGIN_LIMITS.lockAfter; i++) {
      // From many addresses (a distributed guess): each address stays under its own throttle.
      const remoteAddress = `10.9.${i >> 8}.${i & 255}`;
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress,
        headers: { 'x-csrf-token': 'x' },
        payload: { email: 'fleur@gemeente-roermond.nl', password: `fout ${i} fout fout` },
      });
      expect(r.statusCode).toBe(401);
    }

    const mine = await entries(`&entityId=${fleur}`);
    const actions = mine.map((e) => `${e.entityType}:${e.action}`);
    expect(actions).toEqual([
      'account:create',
      'account:login',
      'account:update',
      'account:password-change',
      'account:login',
      'account:logout',
      'account:lock',
    ]);
    const create = mine[0];
    expect(create?.actorId).toBe(admin.accountId);
    expect(JSON.stringify(mine)).not.toMatch(/argon2/);
    expect(mine[2]?.before).toMatchObject({ name: 'Fleur', platformRoles: [] });
    expect(mine[2]?.after).toMatchObject({ name: 'Fleur de Vries', platformRoles: ['monitor-analist'] });

    const membership = await entries(`&entityType=programme-membership&entityId=${programmeId}:${fleur}`);
    expect(membership.map((e) => e.action)).toEqual(['create', 'update', 'update', 'delete']);
    expect(membership[1]).toMatchObject({ programmeId, before: { role: 'redacteur' }, after: { role: 'rapporteur', organisationId: org } });
    expect(membership[3]).toMatchObject({ before: { role: 'beheerder' }, after: null });
    expect(mine[6]).toMatchObject({ actorId: fleur, before: { lockedUntil: null } });
  });

  it('shows a programme’s trail to its members, exports it as CSV and JSON, and keeps the chain intact', async () => {
    const lezer = await signIn(t, 'gert@gemeente-weert.nl', { memberships: [{ programmeId, role: 'lezer' }] });
    const list = await t.app.inject({ method: 'GET', url: `/api/programmes/${programmeId}/audit`, headers: lezer.headers });
    expect(list.statusCode).toBe(200);
    const items: Entry[] = list.json().items;
    expect(items.every((e) => e.programmeId === programmeId)).toBe(true);
    expect(items.map((e) => `${e.entityType}:${e.action}`)).toContain('programme:create');

    const csv = await t.app.inject({
      method: 'GET',
      url: `/api/programmes/${programmeId}/audit/export?format=csv`,
      headers: lezer.headers,
    });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/attachment/);
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe('id,at,actorId,actorLabel,action,entityType,entityId,programmeId,before,after,hash');
    expect(lines).toHaveLength(items.length + 1);
    const json = await t.app.inject({
      method: 'GET',
      url: `/api/programmes/${programmeId}/audit/export?format=json`,
      headers: lezer.headers,
    });
    expect(JSON.parse(json.body)).toHaveLength(items.length);

    const verify = await t.app.inject({ method: 'GET', url: '/api/audit/verify', headers: admin.headers });
    expect(verify.json()).toMatchObject({ ok: true });
    expect(verify.json().entries).toBeGreaterThan(10);
  });
});
