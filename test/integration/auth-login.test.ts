import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { DEFAULT_AUTH_CONFIG } from '../../src/server/auth/auth-config';
import { LOGIN_LIMITS } from '../../src/server/services/account/login-with-password';
import { movableClock } from '../support/movable-clock';
import { cookiesOf, logIn, signIn, TEST_PASSWORD } from '../support/auth';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

describe(`local sign-in, sessions and CSRF (${testDriver})`, () => {
  const clock = movableClock('2026-03-15T10:00:00Z');
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ clock });
  });
  afterAll(async () => t.close());

  it('signs in with a session cookie that is HttpOnly and SameSite=Lax, and knows who I am', async () => {
    await signIn(t, 'anna@gemeente-venlo.nl');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-csrf-token': 'x' },
      payload: { email: 'Anna@Gemeente-Venlo.nl ', password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const raw = [res.headers['set-cookie']].flat().join('\n');
    expect(raw).toMatch(/rt_session=[^;]+;.*HttpOnly/);
    expect(raw).toMatch(/rt_session=[^;]+;.*SameSite=Lax/);
    expect(raw).not.toMatch(/Secure/);
    const c = cookiesOf(res.headers['set-cookie']);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: `rt_session=${c.rt_session}` } });
    expect(me.json().account.email).toBe('anna@gemeente-venlo.nl');
    const anon = await t.app.inject({ method: 'GET', url: '/api/auth/session' });
    expect(anon.json().account).toBeNull();
    // Signing in again from the same browser ends the session it had (no session fixation, no piling up).
    const relog = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-csrf-token': String(c.rt_csrf), cookie: `rt_session=${c.rt_session}; rt_csrf=${c.rt_csrf}` },
      payload: { email: 'anna@gemeente-venlo.nl', password: TEST_PASSWORD },
    });
    expect(relog.statusCode).toBe(200);
    expect(cookiesOf(relog.headers['set-cookie']).rt_session).not.toBe(c.rt_session);
    const old = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: `rt_session=${c.rt_session}` } });
    expect(old.json().account).toBeNull();
  });

  it('marks cookies Secure behind an https proxy when trusted', async () => {
    const app = await buildApp({ database: t.database, clock, webRoot: null, auth: { ...DEFAULT_AUTH_CONFIG, trustProxy: true } });
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-csrf-token': 'x', 'x-forwarded-proto': 'https' },
      payload: { email: 'anna@gemeente-venlo.nl', password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    expect([res.headers['set-cookie']].flat().join('\n')).toMatch(/rt_session=[^;]+;.*Secure/);
    await app.close();
  });

  it('serves one user from several app servers: a session made on one works on another', async () => {
    const other = await buildApp({ database: t.database, clock, webRoot: null });
    const headers = await logIn(t, 'anna@gemeente-venlo.nl');
    const me = await other.inject({ method: 'GET', url: '/api/auth/session', headers });
    expect(me.json().account.email).toBe('anna@gemeente-venlo.nl');
    const out = await other.inject({ method: 'POST', url: '/api/auth/logout', headers });
    expect(out.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers });
    expect(after.json().account).toBeNull();
    await other.close();
  });

  it('refuses state-changing requests without the CSRF header, with another session’s token, or from another origin', async () => {
    const a = await signIn(t, 'bert@menzis.nl');
    const b = await logIn(t, 'anna@gemeente-venlo.nl');
    const noHeader = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: a.headers.cookie } });
    expect(noHeader.statusCode).toBe(403);
    expect(noHeader.json().error.details.reason).toBe('csrf');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: a.headers.cookie, 'x-csrf-token': b['x-csrf-token'] },
    });
    expect(wrong.statusCode).toBe(403);
    const evil = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { ...a.headers, origin: 'https://kwaadwillend.example' },
    });
    expect(evil.statusCode).toBe(403);
    const loginNoHeader = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'bert@menzis.nl', password: TEST_PASSWORD },
    });
    expect(loginNoHeader.statusCode).toBe(403);
    const ok = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { ...a.headers, origin: 'http://localhost:80' } });
    expect(ok.statusCode).toBe(204);
  });

  it('ends sessions after the idle time and after their lifetime', async () => {
    const h = await logIn(t, 'anna@gemeente-venlo.nl');
    clock.advanceMinutes(DEFAULT_AUTH_CONFIG.sessionIdleMinutes + 1);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: h });
    expect(me.json().account).toBeNull();

    // Active all the time, but the lifetime still ends it.
    const busy = await logIn(t, 'anna@gemeente-venlo.nl');
    const step = DEFAULT_AUTH_CONFIG.sessionIdleMinutes - 10;
    let minutes = 0;
    while (minutes + step < DEFAULT_AUTH_CONFIG.sessionHours * 60) {
      clock.advanceMinutes(step);
      minutes += step;
      expect((await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: busy })).json().account).not.toBeNull();
    }
    clock.advanceMinutes(DEFAULT_AUTH_CONFIG.sessionHours * 60 - minutes);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: busy })).json().account).toBeNull();
  });

  it('throttles one e-mail from one address with growing delays, stored in the database, while a colleague elsewhere still gets in', async () => {
    await signIn(t, 'carla@lionarons.nl');
    const attempt = (password: string, remoteAddress = '192.0.2.66', app = t.app) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress,
        headers: { 'x-csrf-token': 'x' },
        payload: { email: 'carla@lionarons.nl', password },
      });
    for (let i = 0; i < LOGIN_LIMITS.freePerPair; i++) expect((await attempt('fout wachtwoord nummer')).statusCode).toBe(401);
    // Another app server on the same database sees the same count.
    const other = await buildApp({ database: t.database, clock, webRoot: null });
    const limited = await attempt(TEST_PASSWORD, '192.0.2.66', other);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.message).toMatch(/Probeer het over 2 seconden opnieuw/);
    await other.close();
    // Carla at her own desk is not held up by someone typing her e-mail address elsewhere.
    expect((await attempt(TEST_PASSWORD, '198.51.100.7')).statusCode).toBe(200);
    // The delay doubles with every further failure from the guessing address.
    clock.advanceMinutes(0.05);
    expect((await attempt('nog een fout wachtwoord')).statusCode).toBe(401);
    const longer = await attempt(TEST_PASSWORD);
    expect(longer.statusCode).toBe(429);
    expect(longer.json().error.details.retryAfterSeconds).toBe(4);
    clock.advanceMinutes(0.1);
    expect((await attempt(TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('locks an account after many failures in a row from anywhere, but never for an address it signed in from', async () => {
    await signIn(t, 'dirk@vincenthove.nl');
    const attempt = (password: string, remoteAddress: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress,
        headers: { 'x-csrf-token': 'x' },
        payload: { email: 'dirk@vincenthove.nl', password },
      });
    // signIn logged in from inject's default address: that address is known to the account.
    clock.advanceMinutes(1);
    for (let i = 0; i < LOGIN_LIMITS.lockAfter; i++)
      expect((await attempt(`fout wachtwoord ${i}`, `10.1.${i >> 8}.${i & 255}`)).statusCode).toBe(401);
    const locked = await attempt(TEST_PASSWORD, '203.0.113.9');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.message).toMatch(/geblokkeerd/);
    expect((await attempt(TEST_PASSWORD, '127.0.0.1')).statusCode).toBe(200);
  });

  it('throttles guessing the current password on a password change like a sign-in', async () => {
    const me = await signIn(t, 'gijs@venray.nl');
    clock.advanceMinutes(1);
    const change = (currentPassword: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: me.headers,
        payload: { currentPassword, newPassword: 'een veel langere zin als wachtwoord' },
      });
    for (let i = 0; i < LOGIN_LIMITS.freePerPair; i++) expect((await change(`geraden wachtwoord ${i}`)).statusCode).toBe(400);
    const limited = await change(TEST_PASSWORD);
    expect(limited.statusCode).toBe(429);
  });

  it('refuses passwords containing the e-mail name, the name or the product name', async () => {
    const me = await signIn(t, 'henk.jansen@peel.nl');
    for (const newPassword of ['ik ben henk jansen en dit is lang', 'HenkJansen is mijn wachtwoord', 'mijn regietafel wachtwoord!']) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: me.headers,
        payload: { currentPassword: TEST_PASSWORD, newPassword },
      });
      expect(r.statusCode, newPassword).toBe(400);
      expect(r.json().error.message).toMatch(/niet bevatten/);
    }
  });

  it('applies the password rules and ends other sessions on a password change', async () => {
    const first = await signIn(t, 'eva@ggz-noord.nl');
    const second = await logIn(t, 'eva@ggz-noord.nl');
    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: first.headers,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'Kort1!' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.message).toMatch(/minstens 15/);
    const badCurrent = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: first.headers,
      payload: { currentPassword: 'niet het goede wachtwoord', newPassword: 'een veel langere zin als wachtwoord' },
    });
    expect(badCurrent.statusCode).toBe(400);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: first.headers,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'een veel langere zin als wachtwoord' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: first.headers })).json().account).not.toBeNull();
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: second })).json().account).toBeNull();
    await expect(logIn(t, 'eva@ggz-noord.nl', 'een veel langere zin als wachtwoord')).resolves.toBeTruthy();
  });

  it('ends every session of a disabled account at once and refuses its sign-in', async () => {
    const admin = await signIn(t, 'beheer@regio.nl', { platformRoles: ['beheerder'] });
    const victim = await signIn(t, 'vertrokken@gemeente-horst.nl');
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/accounts/${victim.accountId}`,
      headers: admin.headers,
      payload: { disabled: true },
    });
    expect(res.json().disabled).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: victim.headers })).json().account).toBeNull();
    await expect(logIn(t, 'vertrokken@gemeente-horst.nl')).rejects.toThrow(/401/);
  });

  it('sends security headers with a CSP that forbids inline scripts', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    // Swagger UI needs one inline style; its scripts stay 'self' too.
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(String(docs.headers['content-security-policy'])).toMatch(/script-src 'self';/);
    expect(String(res.headers['permissions-policy'])).toMatch(/camera=\(\), .*geolocation=\(\)/);
  });

  it('keeps what a signed-in person sees, and every export, out of caches', async () => {
    const me = await signIn(t, 'ineke@peel.nl', { platformRoles: ['beheerder'] });
    for (const url of ['/api/auth/session', '/api/accounts', '/api/audit/export?format=csv']) {
      const res = await t.app.inject({ method: 'GET', url, headers: me.headers });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
    const refused = await t.app.inject({ method: 'GET', url: '/api/accounts/00000000-0000-4000-8000-000000000000', headers: me.headers });
    expect(refused.headers['cache-control']).toBe('no-store');
  });
});
