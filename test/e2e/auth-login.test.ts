import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookiesOf } from '../support/auth';
import { startOidcProvider, type RunningProvider } from '../support/oidc-provider';
import { freePort, launchBrowser, startServer, wcagViolations, type RunningServer } from './support';

const ADMIN_EMAIL = 'beheerder@regietafel.local';
const ADMIN_PASSWORD = 'een lang wachtwoord voor de e2e-test';
// The password may not contain the account's name or e-mail (password rules, issue 25).
const NEW_PASSWORD = 'nog een langer wachtwoord voor het stadskantoor';

describe('signing in in Chromium: locally and through OIDC', () => {
  let server: RunningServer;
  let provider: RunningProvider;
  let browser: Browser;
  beforeAll(async () => {
    const [serverPort, providerPort] = [await freePort(), await freePort()];
    const issuer = `http://127.0.0.1:${providerPort}`;
    const redirect = `http://127.0.0.1:${serverPort}/api/auth/oidc/callback`;
    provider = await startOidcProvider({
      port: providerPort,
      redirectUris: [redirect],
      identities: { 'marieke-1': { email: 'marieke@gemeente-venlo.nl', name: 'Marieke' } },
    });
    server = await startServer({
      port: serverPort,
      env: {
        REGIETAFEL_ADMIN_PASSWORD: ADMIN_PASSWORD,
        OIDC_ISSUER: issuer,
        OIDC_CLIENT_ID: provider.clientId,
        OIDC_CLIENT_SECRET: provider.clientSecret,
        OIDC_LABEL: 'Inloggen met uw gemeenteaccount',
      },
    });
    browser = await launchBrowser();

    // The beheerder gives Marieke an account without a password: she signs in through her municipality.
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': 'x' },
      body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
    });
    const c = cookiesOf(login.headers.getSetCookie());
    const created = await fetch(`${server.url}/api/accounts`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-csrf-token': String(c.rt_csrf),
        cookie: `rt_session=${c.rt_session}; rt_csrf=${c.rt_csrf}`,
      },
      body: JSON.stringify({ email: 'marieke@gemeente-venlo.nl', name: 'Marieke' }),
    });
    expect(created.status).toBe(201);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await provider?.close();
  });

  it('signs in with e-mail and password, shows who I am, and signs out; the login page has no WCAG violations', async () => {
    const page = await browser.newPage();
    const cspErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && /Content Security Policy/i.test(m.text()) && cspErrors.push(m.text()));
    await page.goto(`${server.url}/inloggen`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.getByRole('link', { name: 'Inloggen met uw gemeenteaccount' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByLabel('E-mailadres').fill(ADMIN_EMAIL);
    await page.getByLabel('Wachtwoord').fill('niet het goede wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('alert').getByText('Het e-mailadres of wachtwoord klopt niet.').waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByLabel('Wachtwoord').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByTestId('who-am-i').getByText('Ingelogd als Beheerder').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Programma’s' }).waitFor();
    const cookies = await page.context().cookies();
    expect(cookies.find((k) => k.name === 'rt_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

    // Change the password on “Mijn account”: rules are explained, errors are shown, success ends other sessions.
    await page.getByTestId('who-am-i').click();
    await page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
    await page.getByLabel('Huidig wachtwoord').fill(ADMIN_PASSWORD);
    await page.getByLabel('Nieuw wachtwoord').fill('te kort');
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await page
      .getByRole('alert')
      .getByText(/minstens 15 tekens/)
      .waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByLabel('Nieuw wachtwoord').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await page.getByRole('status').getByText('Uw wachtwoord is gewijzigd. Andere sessies zijn beëindigd.').waitFor();

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('link', { name: 'Inloggen' }).waitFor();
    const withNew = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': 'x' },
      body: JSON.stringify({ email: ADMIN_EMAIL, password: NEW_PASSWORD }),
    });
    expect(withNew.status).toBe(200);
    expect(cspErrors).toEqual([]);
  });

  it('signs in through the OIDC provider (authorization code with PKCE) and links the account by e-mail', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/inloggen`);
    await page.getByRole('link', { name: 'Inloggen met uw gemeenteaccount' }).click();
    // The provider's own (development) login screen.
    await page.waitForURL((u) => u.href.startsWith(provider.issuer));
    await page.locator('input[name="login"]').fill('marieke-1');
    await page.locator('input[name="password"]').fill('wat-dan-ook');
    await page.locator('button[type="submit"]').click();
    await page.locator('button[type="submit"]', { hasText: 'Continue' }).click();
    await page.waitForURL((u) => u.href.startsWith(server.url));
    await page.getByTestId('who-am-i').getByText('Ingelogd als Marieke').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
  });
});
