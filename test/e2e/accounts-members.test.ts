import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAsAdmin, launchBrowser, signInAsAdmin, startServer, wcagViolations, type RunningServer } from './support';

/** Set SCREENSHOT_DIR to look at every screen (not committed). */
async function expectAccessible(page: Page, name: string) {
  const dir = process.env.SCREENSHOT_DIR;
  if (dir) await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
  expect(await wcagViolations(page)).toEqual([]);
}

const SANNE = { name: 'Sanne de Vries', email: 'sanne@gemeente-venlo.nl', password: 'een fiets met drie wielen en een bel' };
const SANNE_NEW_PASSWORD = 'de kraan in de keuken lekt nog steeds';
const PROGRAMME = { slug: 'wonen-en-zorg', title: 'Wonen en zorg in de regio', levelLabels: ['Thema', 'Project'] };

interface Member {
  accountId: string;
  email: string;
  role: string;
  organisationId: string | null;
}

/** Sign in through the API as someone else (POST /api/auth/login with the CSRF header) and return the session. */
async function sessionOf(server: RunningServer, email: string, password: string) {
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': 'inloggen' },
    body: JSON.stringify({ email, password }),
  });
  expect(login.status).toBe(200);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const res = await fetch(`${server.url}/api/auth/session`, { headers: { cookie } });
  return (await res.json()) as { account: { email: string; platformRoles: string[] } | null };
}

/**
 * A platform beheerder creates a colleague's account with the monitor-analist role, and gives it a
 * role in a programme, changes and removes it: all in Chromium, checking the API after each step;
 * someone without the rights sees no menu item and a clear message instead of the screens.
 */
describe('accounts and programme members in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let api: Awaited<ReturnType<typeof apiAsAdmin>>;
  let programmeId: string;
  let organisationId: string;
  const members = async () => ((await (await api(`/programmes/${programmeId}/members`)).json()) as { items: Member[] }).items;
  const sanneId = async () => {
    const { items } = (await (await api('/accounts')).json()) as { items: { id: string; email: string }[] };
    const found = items.find((a) => a.email === SANNE.email);
    if (!found) throw new Error('Sanne has no account');
    return found.id;
  };

  beforeAll(async () => {
    server = await startServer({ demo: false });
    browser = await launchBrowser();
    api = await apiAsAdmin(server);
    const p = await api('/programmes', { method: 'POST', body: JSON.stringify(PROGRAMME) });
    expect(p.status).toBe(201);
    programmeId = ((await p.json()) as { id: string }).id;
    const o = await api('/organisations', {
      method: 'POST',
      body: JSON.stringify({ key: 'gemeente-venlo', name: 'Gemeente Venlo', kind: 'gemeente', cbsCode: '0983' }),
    });
    expect(o.status).toBe(201);
    organisationId = ((await o.json()) as { id: string }).id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('creates an account with the monitor-analist role, with Dutch errors for a short password and a taken address', async () => {
    const page = await browser.newPage();
    await signInAsAdmin(page, server);
    await page.goto(`${server.url}/`);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Accounts' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();
    await page.getByRole('row').filter({ hasText: 'beheerder@regietafel.local' }).getByText('Platformbeheerder').waitFor();
    await expectAccessible(page, 'accounts-list');

    // Nothing filled in: the form says so at each field, before asking the server.
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await page.getByRole('heading', { level: 2, name: 'Het account is niet aangemaakt' }).waitFor();
    await page.getByText('Vul een naam in.').first().waitFor();
    await page.getByText('Vul een e-mailadres in.').first().waitFor();
    await expectAccessible(page, 'accounts-new-empty');

    // A password the server refuses: its Dutch reason at the field and in the summary.
    await page.getByLabel('Naam', { exact: true }).fill(SANNE.name);
    await page.getByLabel('E-mailadres', { exact: true }).fill(SANNE.email);
    await page.getByLabel('Eerste wachtwoord').fill('te kort');
    await page.getByRole('checkbox', { name: 'Monitor-analist' }).check();
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await expect.poll(() => page.getByText(/Wachtwoord niet geaccepteerd: gebruik minstens 15 tekens/).count()).toBe(2);
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toContain('rt-error-summary');
    await expectAccessible(page, 'accounts-new-short-password');

    await page.getByLabel('Eerste wachtwoord').fill(SANNE.password);
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    const created = page.getByTestId('account-created');
    await created.getByText(`Account voor ${SANNE.name} (${SANNE.email}) aangemaakt.`).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('account-created');
    const row = page.getByTestId('account-row').filter({ hasText: SANNE.email });
    await row.getByText('Monitor-analist').waitFor();
    await row.getByText('Actief').waitFor();
    expect(await page.getByLabel('Naam', { exact: true }).inputValue()).toBe('');
    await expectAccessible(page, 'accounts-created');

    // The same address again: the server's Dutch message at the e-mail field.
    await page.getByLabel('Naam', { exact: true }).fill('Sanne de Vries (dubbel)');
    await page.getByLabel('E-mailadres', { exact: true }).fill(SANNE.email.toUpperCase());
    await page.getByRole('radio', { name: 'Alleen via de eigen organisatie (OIDC)' }).check();
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await expect.poll(() => page.getByText(`Er is al een account met e-mailadres ${SANNE.email}.`).count()).toBe(2);
    await expectAccessible(page, 'accounts-duplicate-email');
    expect(await page.getByTestId('account-row').count()).toBe(2);

    // Sanne can sign in and her session carries the role.
    const session = await sessionOf(server, SANNE.email, SANNE.password);
    expect(session.account).toMatchObject({ email: SANNE.email, platformRoles: ['monitor-analist'] });
  });

  it('edits the name and roles, sets a password, and disables and enables the account', async () => {
    const page = await browser.newPage();
    await signInAsAdmin(page, server);
    await page.goto(`${server.url}/beheer/accounts`);
    const row = page.getByTestId('account-row').filter({ hasText: SANNE.email });

    await row.getByRole('button', { name: `Wijzigen: account van ${SANNE.name}` }).click();
    const edit = page.getByRole('dialog', { name: `Account van ${SANNE.name} wijzigen` });
    await edit.waitFor();
    await expectAccessible(page, 'accounts-edit-dialog');
    await edit.getByLabel('Naam').fill('Sanne de Vries-Jansen');
    await edit.getByRole('checkbox', { name: 'Platformbeheerder' }).check();
    await edit.getByRole('checkbox', { name: 'Monitor-analist' }).uncheck();
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByTestId('accounts-status').getByText('Account van Sanne de Vries-Jansen gewijzigd.').waitFor();
    await row.getByText('Platformbeheerder').waitFor();
    // Back as it was, for the rest of the story.
    await row.getByRole('button', { name: 'Wijzigen: account van Sanne de Vries-Jansen' }).click();
    await page.getByRole('dialog', { name: 'Account van Sanne de Vries-Jansen wijzigen' }).getByLabel('Naam').fill(SANNE.name);
    await page.getByRole('dialog').getByRole('checkbox', { name: 'Platformbeheerder' }).uncheck();
    await page.getByRole('dialog').getByRole('checkbox', { name: 'Monitor-analist' }).check();
    await page.getByRole('dialog').getByRole('button', { name: 'Opslaan' }).click();
    await page.getByTestId('accounts-status').getByText(`Account van ${SANNE.name} gewijzigd.`).waitFor();

    // Your own beheerder role cannot be taken away here.
    await page
      .getByTestId('account-row')
      .filter({ hasText: 'beheerder@regietafel.local' })
      .getByRole('button', { name: /^Wijzigen/ })
      .click();
    expect(await page.getByRole('dialog').getByRole('checkbox', { name: 'Platformbeheerder' }).isDisabled()).toBe(true);
    await page.getByRole('dialog').getByRole('button', { name: 'Annuleren' }).click();

    await row.getByRole('button', { name: `Wachtwoord instellen voor ${SANNE.name}` }).click();
    const pw = page.getByRole('dialog', { name: `Nieuw wachtwoord voor ${SANNE.name}` });
    await pw.getByLabel('Nieuw wachtwoord').fill('sanne de vries');
    await pw.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await pw
      .getByText(/Wachtwoord niet geaccepteerd/)
      .first()
      .waitFor();
    await expectAccessible(page, 'accounts-password-dialog-error');
    await pw.getByLabel('Nieuw wachtwoord').fill(SANNE_NEW_PASSWORD);
    await pw.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await page.getByTestId('accounts-status').getByText(`Nieuw wachtwoord ingesteld voor ${SANNE.name}.`).waitFor();

    await row.getByRole('button', { name: `Uitschakelen: account van ${SANNE.name}` }).click();
    const confirm = page.getByRole('alertdialog', { name: `Account van ${SANNE.name} uitschakelen?` });
    await confirm.waitFor();
    await expectAccessible(page, 'accounts-disable-confirm');
    await confirm.getByRole('button', { name: 'Uitschakelen' }).click();
    await page.getByTestId('accounts-status').getByText(`Account van ${SANNE.name} uitgeschakeld.`).waitFor();
    await row.getByText('Uitgeschakeld').waitFor();
    // The button that opened the dialog keeps the focus and now offers the way back.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(`Inschakelen: account van ${SANNE.name}`);
    await expectAccessible(page, 'accounts-disabled');
    const refused = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': 'inloggen' },
      body: JSON.stringify({ email: SANNE.email, password: SANNE_NEW_PASSWORD }),
    });
    expect(refused.status).toBe(401);

    await row.getByRole('button', { name: `Inschakelen: account van ${SANNE.name}` }).click();
    await page.getByTestId('accounts-status').getByText(`Account van ${SANNE.name} weer ingeschakeld.`).waitFor();
    await row.getByText('Actief').waitFor();
    expect((await sessionOf(server, SANNE.email, SANNE_NEW_PASSWORD)).account?.platformRoles).toEqual(['monitor-analist']);
  });

  it('adds the account to a programme as lezer, makes it redacteur for an organisation, and removes it', async () => {
    const page = await browser.newPage();
    await signInAsAdmin(page, server);
    await page.goto(`${server.url}/programmas/${PROGRAMME.slug}`);
    await page.getByRole('link', { name: 'Leden', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Leden' }).waitFor();
    await page.getByText('Dit programma heeft nog geen leden.').waitFor();
    await expectAccessible(page, 'members-empty');

    await page.getByRole('button', { name: 'Lid toevoegen' }).click();
    await page.getByText('Kies het account dat u wilt toevoegen.').first().waitFor();
    await expectAccessible(page, 'members-add-error');

    await page.getByLabel('Account', { exact: true }).selectOption({ label: `${SANNE.name} (${SANNE.email})` });
    expect(await page.getByRole('radio', { name: /^Lezer/ }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Lid toevoegen' }).click();
    await page.getByTestId('members-status').getByText(`${SANNE.name} is toegevoegd als lezer.`).waitFor();
    const row = page.getByTestId('member-row').filter({ hasText: SANNE.email });
    await row.getByText('Lezer').waitFor();
    const id = await sanneId();
    expect(await members()).toEqual([expect.objectContaining({ accountId: id, role: 'lezer', organisationId: null })]);
    await expectAccessible(page, 'members-added');

    await row.getByRole('button', { name: `Wijzigen: rol van ${SANNE.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Rol van ${SANNE.name} wijzigen` });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: /^Redacteur/ }).check();
    await dialog.getByLabel('Organisatie', { exact: true }).selectOption({ label: 'Gemeente Venlo' });
    await expectAccessible(page, 'members-edit-dialog');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByTestId('members-status').getByText(`${SANNE.name} is nu redacteur.`).waitFor();
    await row.getByText('Redacteur').waitFor();
    await row.getByText('Gemeente Venlo').waitFor();
    expect(await members()).toEqual([expect.objectContaining({ accountId: id, role: 'redacteur', organisationId })]);

    await row.getByRole('button', { name: `Verwijderen: ${SANNE.name} als lid` }).click();
    const confirm = page.getByRole('alertdialog', { name: `${SANNE.name} als lid verwijderen?` });
    await confirm.getByText(`${SANNE.name} (${SANNE.email}) is dan geen redacteur meer van ${PROGRAMME.title}.`).waitFor();
    await expectAccessible(page, 'members-remove-confirm');
    await confirm.getByRole('button', { name: 'Lid verwijderen' }).click();
    await page.getByTestId('members-status').getByText(`${SANNE.name} is geen lid meer van ${PROGRAMME.title}.`).waitFor();
    await page.getByText('Dit programma heeft nog geen leden.').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Leden en rollen');
    expect(await members()).toEqual([]);
    await expectAccessible(page, 'members-removed');
  });

  it('shows someone without the rights no menu item and a clear message; a programme beheerder gets the members page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const login = await page.request.post(`${server.url}/api/auth/login`, {
      headers: { 'x-csrf-token': 'inloggen' },
      data: { email: SANNE.email, password: SANNE_NEW_PASSWORD },
    });
    expect(login.ok()).toBe(true);
    await page.goto(`${server.url}/`);
    await page.getByTestId('who-am-i').getByText(`Ingelogd als ${SANNE.name}`).waitFor();
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await nav.getByRole('link', { name: 'Monitor BW/MO' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await nav.getByRole('link', { name: 'Accounts' }).count()).toBe(0);

    await page.goto(`${server.url}/beheer/accounts`);
    await page.getByText('Alleen platformbeheerders kunnen accounts beheren.', { exact: false }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Account aanmaken' }).count()).toBe(0);
    await expectAccessible(page, 'accounts-not-allowed');

    // Not a member: the programme is closed to her, and so is its members page.
    await page.goto(`${server.url}/programmas/${PROGRAMME.slug}/leden`);
    await page.getByText('Alleen beheerders van dit programma en platformbeheerders kunnen de leden beheren.', { exact: false }).waitFor();
    await expectAccessible(page, 'members-not-allowed');

    // A lezer sees the programme without the "Leden" link, and the same message on the page.
    const id = await sanneId();
    expect((await api(`/programmes/${programmeId}/members/${id}`, { method: 'PUT', body: JSON.stringify({ role: 'lezer' }) })).status).toBe(
      200,
    );
    await page.goto(`${server.url}/programmas/${PROGRAMME.slug}`);
    await page.getByRole('heading', { level: 1, name: PROGRAMME.title }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('link', { name: 'Leden' }).count()).toBe(0);
    await page.goto(`${server.url}/programmas/${PROGRAMME.slug}/leden`);
    await page.getByText('Alleen beheerders van dit programma en platformbeheerders kunnen de leden beheren.', { exact: false }).waitFor();

    // As the programme's beheerder she manages its members. She may not list all accounts, but
    // adds a colleague whose e-mail address she knows.
    expect(
      (await api(`/programmes/${programmeId}/members/${id}`, { method: 'PUT', body: JSON.stringify({ role: 'beheerder' }) })).status,
    ).toBe(200);
    const colleague = { email: 'joris@regio.test', name: 'Joris' };
    expect((await api('/accounts', { method: 'POST', body: JSON.stringify({ ...colleague, platformRoles: [] }) })).status).toBe(201);
    await page.goto(`${server.url}/programmas/${PROGRAMME.slug}`);
    await page.getByRole('link', { name: 'Leden' }).click();
    await page.getByTestId('member-row').filter({ hasText: SANNE.email }).getByText('Beheerder').waitFor();
    const address = page.getByLabel('E-mailadres van het account');
    await address.fill('niemand@regio.test');
    await page.getByRole('button', { name: 'Lid toevoegen' }).click();
    await page.getByText('Er is geen actief account met e-mailadres niemand@regio.test.', { exact: false }).first().waitFor();
    await expectAccessible(page, 'members-by-email-unknown');
    await address.fill(colleague.email);
    await page.getByRole('button', { name: 'Lid toevoegen' }).click();
    await page.getByTestId('member-row').filter({ hasText: colleague.email }).getByText('Lezer').waitFor();
    expect((await members()).map((m) => [m.email, m.role])).toContainEqual([colleague.email, 'lezer']);
    await expectAccessible(page, 'members-as-programme-beheerder');
    await context.close();
  });
});
