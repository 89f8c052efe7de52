import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { DEFAULT_AUTH_CONFIG } from '../../src/server/auth/auth-config';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { listAudit } from '../../src/server/audit/read-audit';
import { createAccount } from '../../src/server/services/account/create-account';
import { cookiesOf } from '../support/auth';
import { passProviderLogin, startOidcProvider, type RunningProvider } from '../support/oidc-provider';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';
import type { FastifyInstance } from 'fastify';

/** Sign-in through a real OpenID Connect provider on 127.0.0.1 (authorization code + PKCE). */
describe(`OIDC sign-in against a local provider (${testDriver})`, () => {
  const publicUrl = 'http://127.0.0.1:9';
  const redirectUri = `${publicUrl}/api/auth/oidc/callback`;
  let t: TestApp;
  let provider: RunningProvider;
  let app: FastifyInstance;

  beforeAll(async () => {
    t = await buildTestApp();
    provider = await startOidcProvider({
      redirectUris: [redirectUri],
      identities: {
        'hanneke-42': { email: 'Hanneke@Gemeente-Venray.nl', name: 'Hanneke' },
        'onbekend-7': { email: 'niemand@elders.nl' },
        'ongeverifieerd-1': { email: 'ivo@gemeente-horst.nl', emailVerified: false },
      },
    });
    app = await buildApp({
      database: t.database,
      clock: t.clock,
      webRoot: null,
      auth: {
        ...DEFAULT_AUTH_CONFIG,
        publicUrl,
        oidc: {
          issuer: provider.issuer,
          clientId: provider.clientId,
          clientSecret: provider.clientSecret,
          label: 'Inloggen met uw gemeenteaccount',
        },
      },
    });
    await createAccount(t.database.db, SYSTEM_ACTOR, { email: 'hanneke@gemeente-venray.nl', name: 'Hanneke', password: null }, t.clock);
    await createAccount(t.database.db, SYSTEM_ACTOR, { email: 'ivo@gemeente-horst.nl', name: 'Ivo', password: null }, t.clock);
  });
  afterAll(async () => {
    await app?.close();
    await provider?.close();
    await t?.close();
  });

  async function signInAs(login: string, returnTo = '/') {
    const start = await app.inject({ method: 'GET', url: `/api/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}` });
    expect(start.statusCode).toBe(302);
    const location = String(start.headers.location);
    expect(location.startsWith(provider.issuer)).toBe(true);
    const auth = new URL(location);
    expect(auth.searchParams.get('code_challenge_method')).toBe('S256');
    expect(auth.searchParams.get('redirect_uri')).toBe(redirectUri);
    const back = await passProviderLogin(location, redirectUri, login);
    const callbackPath = `${back.pathname}${back.search}`;
    const res = await app.inject({ method: 'GET', url: callbackPath });
    return { res, callbackPath };
  }

  it('advertises OIDC on the session endpoint', async () => {
    const s = await app.inject({ method: 'GET', url: '/api/auth/session' });
    expect(s.json().oidc).toEqual({ label: 'Inloggen met uw gemeenteaccount' });
  });

  it('links an account by verified e-mail on first sign-in, then by subject, and audits both', async () => {
    const { res, callbackPath } = await signInAs('hanneke-42', '/programmas');
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/programmas');
    const c = cookiesOf(res.headers['set-cookie']);
    const me = await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: `rt_session=${c.rt_session}` } });
    expect(me.json().account.email).toBe('hanneke@gemeente-venray.nl');

    // A replayed callback (same state and code) is refused.
    const replay = await app.inject({ method: 'GET', url: callbackPath });
    expect(replay.headers.location).toBe('/inloggen?fout=oidc-mislukt');

    const second = await signInAs('hanneke-42');
    expect(second.res.headers.location).toBe('/');
    const id = me.json().account.id as string;
    const trail = await listAudit(t.database.db, { entityType: 'account', entityId: id });
    expect(trail.map((e) => e.action)).toEqual(['create', 'link-oidc', 'login', 'login']);
    expect(trail[1]?.after).toMatchObject({ oidcLinked: true, oidcIssuer: provider.issuer });
    expect(trail[2]?.after).toEqual({ method: 'oidc' });
  });

  it('refuses identities without an account and unverified e-mail addresses', async () => {
    const unknown = await signInAs('onbekend-7');
    expect(unknown.res.headers.location).toBe('/inloggen?fout=oidc-geen-account');
    expect(unknown.res.headers['set-cookie']).toBeUndefined();
    const unverified = await signInAs('ongeverifieerd-1');
    expect(unverified.res.headers.location).toBe('/inloggen?fout=oidc-geen-account');
  });

  it('only returns to paths on this site', async () => {
    const res = await app.inject({ method: 'GET', url: `/api/auth/oidc/start?returnTo=${encodeURIComponent('//kwaad.example/x')}` });
    expect(res.statusCode).toBe(400);
  });
});
