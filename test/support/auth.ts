import type { PlatformRole, ProgrammeRole } from '../../src/domain/access/rules';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { createAccount } from '../../src/server/services/account/create-account';
import { setMembership } from '../../src/server/services/account/set-membership';
import type { TestApp } from './test-app';

/** The password every test account gets (long enough, not on the common list). */
export const TEST_PASSWORD = 'paarden eten graag verse hooi';

export interface Persona {
  platformRoles?: PlatformRole[];
  memberships?: { programmeId: string; role: ProgrammeRole; organisationId?: string | null }[];
}

export interface SignedIn {
  accountId: string;
  /** Send these with app.inject: the session cookie and the matching CSRF header. */
  headers: { cookie: string; 'x-csrf-token': string };
}

/** Cookies from a response's set-cookie headers, as one cookie request header. */
export function cookiesOf(setCookie: string | string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of [setCookie ?? []].flat()) {
    const [pair] = c.split(';');
    const eq = pair?.indexOf('=') ?? -1;
    if (pair && eq > 0) out[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return out;
}

/** Sign in through the real login route with an existing account. */
export async function logIn(t: TestApp, email: string, password = TEST_PASSWORD): Promise<SignedIn['headers']> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { 'x-csrf-token': 'inloggen' },
    payload: { email, password },
  });
  if (res.statusCode !== 200) throw new Error(`inloggen mislukt: ${res.statusCode} ${res.body}`);
  const c = cookiesOf(res.headers['set-cookie']);
  const session = c.rt_session;
  const csrf = c.rt_csrf;
  if (!session || !csrf) throw new Error('geen sessiecookies na inloggen');
  return { cookie: `rt_session=${session}; rt_csrf=${csrf}`, 'x-csrf-token': csrf };
}

/** Create an account with these roles (as the system) and sign it in. */
export async function signIn(t: TestApp, email: string, persona: Persona = {}): Promise<SignedIn> {
  const db = t.database.db;
  const acc = await createAccount(
    db,
    SYSTEM_ACTOR,
    { email, name: email.split('@')[0] ?? email, password: TEST_PASSWORD, platformRoles: persona.platformRoles ?? [] },
    t.clock,
  );
  for (const m of persona.memberships ?? []) {
    await setMembership(
      db,
      SYSTEM_ACTOR,
      { programmeId: m.programmeId, accountId: acc.id, role: m.role, organisationId: m.organisationId ?? null },
      t.clock,
    );
  }
  return { accountId: acc.id, headers: await logIn(t, email) };
}
