import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/database';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { PROGRAMME_PARAM_RESOLVERS } from '../../src/server/policies/programme-scope';
import { createAccount } from '../../src/server/services/account/create-account';
import { createSession } from '../../src/server/services/account/create-session';
import { setMembership } from '../../src/server/services/account/set-membership';
import { createProgramme } from '../../src/server/services/programme/create-programme';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

/**
 * Every registered /api route, called as every role, must allow or refuse exactly as its
 * `config.access` declares. Routes come from the app itself (collected as they are registered),
 * so routes added later are included without touching this file.
 */
type Role = 'anoniem' | 'lezer' | 'rapporteur' | 'redacteur' | 'beheerder' | 'buitenstaander' | 'platformbeheerder' | 'monitor-analist';
const ROLES: Role[] = ['anoniem', 'lezer', 'rapporteur', 'redacteur', 'beheerder', 'buitenstaander', 'platformbeheerder', 'monitor-analist'];

/** Who may call what: written out by hand, independent of the rules in src/domain/access. */
const ALLOWED: Record<string, Role[]> = {
  public: ROLES,
  user: ['lezer', 'rapporteur', 'redacteur', 'beheerder', 'buitenstaander', 'platformbeheerder', 'monitor-analist'],
  'programme:lezer': ['lezer', 'rapporteur', 'redacteur', 'beheerder', 'platformbeheerder'],
  'programme:rapporteur': ['rapporteur', 'redacteur', 'beheerder', 'platformbeheerder'],
  'programme:redacteur': ['redacteur', 'beheerder', 'platformbeheerder'],
  'programme:beheerder': ['beheerder', 'platformbeheerder'],
  'platform:beheerder': ['platformbeheerder'],
  'platform:monitor-analist': ['monitor-analist'],
};

/**
 * A value for each programme-naming route parameter that resolves to the test programme.
 * A resolver added to PROGRAMME_PARAM_RESOLVERS needs a fixture here (the first test says so).
 */
const FIXTURES: Record<string, (db: Db, programmeId: string) => Promise<string>> = {
  programmeId: async (_db, programmeId) => programmeId,
};

const OTHER_ID = '00000000-0000-4000-8000-000000000000';

describe(`authorisation matrix: every route × every role (${testDriver})`, () => {
  let t: TestApp;
  let programmeId: string;
  const accounts = new Map<Role, string>();

  beforeAll(async () => {
    t = await buildTestApp();
    const db = t.database.db;
    programmeId = await createProgramme(db, SYSTEM_ACTOR, { slug: 'matrix', title: 'Matrixprogramma', levelLabels: ['Thema', 'Project'] }, t.clock);
    const otherProgramme = await createProgramme(db, SYSTEM_ACTOR, { slug: 'ander', title: 'Ander programma', levelLabels: ['Thema'] }, t.clock);
    for (const role of ROLES.filter((r) => r !== 'anoniem')) {
      const platformRoles = role === 'platformbeheerder' ? (['beheerder'] as const) : role === 'monitor-analist' ? (['monitor-analist'] as const) : [];
      const acc = await createAccount(db, SYSTEM_ACTOR, { email: `${role}@matrix.test`, name: role, password: null, platformRoles: [...platformRoles] }, t.clock);
      accounts.set(role, acc.id);
      const programmeRole = role === 'lezer' || role === 'rapporteur' || role === 'redacteur' || role === 'beheerder' ? role : null;
      if (programmeRole) await setMembership(db, SYSTEM_ACTOR, { programmeId, accountId: acc.id, role: programmeRole, organisationId: null }, t.clock);
      if (role === 'buitenstaander') await setMembership(db, SYSTEM_ACTOR, { programmeId: otherProgramme, accountId: acc.id, role: 'beheerder', organisationId: null }, t.clock);
    }
  });
  afterAll(async () => t?.close());

  it('has a fixture for every programme-naming route parameter', () => {
    expect(Object.keys(FIXTURES).sort()).toEqual(Object.keys(PROGRAMME_PARAM_RESOLVERS).sort());
  });

  it('knows the routes of this issue (the collector works)', () => {
    const urls = t.app.apiRoutes.map((r) => `${r.method} ${r.url}`);
    expect(urls).toEqual(expect.arrayContaining(['POST /api/auth/login', 'GET /api/accounts', 'PUT /api/programmes/:programmeId/members/:accountId', 'GET /api/health']));
  });

  it('allows or refuses every route for every role exactly as declared', async () => {
    const db = t.database.db;
    const mismatches: string[] = [];
    let calls = 0;
    for (const route of t.app.apiRoutes) {
      const key = typeof route.access === 'string' ? route.access : 'programme' in route.access ? `programme:${route.access.programme}` : `platform:${route.access.platform}`;
      const allowed = ALLOWED[key];
      if (!allowed) throw new Error(`onbekende toegangsdeclaratie ${key} op ${route.method} ${route.url}`);
      let url = route.url;
      for (const [name] of url.matchAll(/:([A-Za-z0-9_]+)/g)) {
        const param = name.slice(1);
        const fixture = FIXTURES[param];
        url = url.replace(name, fixture ? await fixture(db, programmeId) : OTHER_ID);
      }
      for (const role of ROLES) {
        const headers: Record<string, string> = { 'x-csrf-token': 'anoniem' };
        const accountId = accounts.get(role);
        if (accountId) {
          // A fresh session per call: a route such as logout ends the session it is called with.
          const s = await createSession(db, accountId, 'password', 12, t.clock);
          headers.cookie = `rt_session=${s.token}`;
          headers['x-csrf-token'] = s.csrfToken;
        }
        const body = ['POST', 'PUT', 'PATCH'].includes(route.method) ? { payload: {} } : {};
        const res = await t.app.inject({ method: route.method as 'GET', url, headers, ...body });
        calls++;
        const expectAllowed = allowed.includes(role);
        const ok = expectAllowed
          ? res.statusCode !== 401 && res.statusCode !== 403 && res.statusCode < 500
          : res.statusCode === (role === 'anoniem' ? 401 : 403);
        if (!ok) mismatches.push(`${route.method} ${route.url} als ${role}: ${res.statusCode} (verwacht ${expectAllowed ? 'toegestaan' : 'geweigerd'}) ${res.body.slice(0, 120)}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(calls).toBe(t.app.apiRoutes.length * ROLES.length);
  });
});
