import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAsAdmin, launchBrowser, startServer, wcagViolations, type RunningServer } from './support';

/** Set SCREENSHOT_DIR to look at every screen (not committed). */
async function expectAccessible(page: Page, name: string) {
  const dir = process.env.SCREENSHOT_DIR;
  if (dir) await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
  expect(await wcagViolations(page)).toEqual([]);
}

const SLUG = 'mjp-pkp-groningen';
const PASSWORD = 'een ander lang wachtwoord voor rechten';

interface FlatNode {
  id: string;
  title: string;
  version: number;
}

/**
 * The pages show editing controls only to people who may use them, by the same rules the server
 * applies: a visitor and a lezer read everything without a single edit control; a redacteur for the
 * node's organisation gets the node's controls, not the beheerder's; an edit page reached by its
 * address says why there is no form.
 */
describe('editing controls follow the rights in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let api: Awaited<ReturnType<typeof apiAsAdmin>>;
  let node: FlatNode;
  const json = async <T>(path: string, init?: RequestInit): Promise<T> => {
    const res = await api(path, init);
    if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const nodePath = () => `/programmas/${SLUG}/elementen/${node.id}`;
  const progressPath = () => `/programmas/${SLUG}/voortgang/elementen/${node.id}`;

  /** A browser page signed in as this account (none: an anonymous visitor). */
  const openPage = async (email?: string) => {
    const page = await browser.newPage();
    if (email) {
      const res = await page.request.post(`${server.url}/api/auth/login`, {
        headers: { 'x-csrf-token': 'inloggen' },
        data: { email, password: PASSWORD },
      });
      if (!res.ok()) throw new Error(`inloggen als ${email} mislukt: ${res.status()}`);
    }
    return page;
  };
  /** Wait until every request of the page has answered (the session included), so an absent control is really absent. */
  const settled = (page: Page) => page.waitForLoadState('networkidle');
  /** Visible controls of these kinds whose name is one of these (exact), in page order. */
  const controls = async (page: Page, names: string[]) => {
    const found: string[] = [];
    for (const name of names) {
      for (const role of ['button', 'link'] as const) {
        if (await page.getByRole(role, { name, exact: true }).count()) found.push(name);
      }
    }
    return found;
  };

  // Every control that changes the node, its efforts, gap analysis, links or tree place.
  const NODE_CONTROLS = [
    'Bewerken',
    'Nieuw element: Inspanning',
    'Omhoog',
    'Omlaag',
    'Verplaatsen…',
    'Verwijderen…',
    'Hiaatanalyse bewerken',
    'Verbinding toevoegen',
  ];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    api = await apiAsAdmin(server);
    const programme = await json<{ id: string }>(`/programmes/${SLUG}`);
    const organisations = await json<{ items: { id: string; key: string }[] }>('/organisations');
    const menzis = organisations.items.find((o) => o.key === 'menzis');
    if (!menzis) throw new Error('no Menzis in the demo data');
    // The demo names no owners: make Menzis the owner of one project, which has efforts of Menzis and of partner groups.
    const { nodes } = await json<{ nodes: FlatNode[] }>(`/programmes/${SLUG}/tree?shape=flat`);
    const leefstijl = nodes.find((n) => n.title === 'Leefstijl');
    if (!leefstijl) throw new Error('no node Leefstijl in the demo data');
    node = await json<FlatNode>(`/programmes/${SLUG}/nodes/${leefstijl.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ version: leefstijl.version, ownerOrganisationId: menzis.id }),
    });

    for (const [email, role] of [
      ['lezer@menzis.example', 'lezer'],
      ['redacteur@menzis.example', 'redacteur'],
    ] as const) {
      const account = await json<{ id: string }>('/accounts', {
        method: 'POST',
        body: JSON.stringify({ email, name: `Menzis ${role}`, password: PASSWORD, platformRoles: [] }),
      });
      await json(`/programmes/${programme.id}/members/${account.id}`, {
        method: 'PUT',
        body: JSON.stringify({ role, organisationId: menzis.id }),
      });
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows an anonymous visitor the programmes without ways to add one, and asks to sign in for a programme', async () => {
    const page = await openPage();
    await page.goto(server.url);
    await page.getByTestId('programme-row').first().waitFor();
    await settled(page);
    expect(await controls(page, ['Nieuw programma'])).toEqual([]);
    expect(await page.getByRole('heading', { name: 'Programma importeren' }).count()).toBe(0);
    await expectAccessible(page, 'rights-anonymous-list');

    // A visitor gets the public version of a published programme (the demo's are), without any control.
    await page.goto(`${server.url}/programmas/${SLUG}`);
    await page.getByRole('heading', { level: 2, name: 'Opbouw van het programma' }).waitFor();
    await settled(page);
    expect(await controls(page, ['Nieuw element: Preventie', 'Programma bewerken', 'Codes hernummeren…'])).toEqual([]);

    await page.goto(`${server.url}/programmas/nieuw`);
    await page.getByTestId('no-rights').getByText('U bent niet ingelogd.', { exact: false }).waitFor();
    expect(await page.getByRole('textbox').count()).toBe(0);
    await expectAccessible(page, 'rights-anonymous-new-programme');
    await page.close();
  });

  it('lets a lezer read the programme, node, DIN and progress pages without any editing control', async () => {
    const page = await openPage('lezer@menzis.example');
    // Starting or importing a programme is the platform beheerder's (domain/access CREATE_PROGRAMME_ACCESS).
    await page.goto(server.url);
    await page.getByTestId('programme-row').first().waitFor();
    await settled(page);
    expect(await controls(page, ['Nieuw programma'])).toEqual([]);
    expect(await page.getByRole('heading', { name: 'Programma importeren' }).count()).toBe(0);
    await page.goto(`${server.url}/programmas/${SLUG}`);
    await page.getByRole('link', { name: 'Leefstijl', exact: true }).waitFor();
    await settled(page);
    expect(await controls(page, ['DIN-matrix', 'Download als JSON'])).toEqual(['DIN-matrix', 'Download als JSON']);
    expect(await controls(page, ['Nieuw element: Preventie', 'Programma bewerken', 'Codes hernummeren…'])).toEqual([]);
    await expectAccessible(page, 'rights-lezer-programme');

    await page.goto(`${server.url}${nodePath()}`);
    await page.getByRole('heading', { level: 1, name: '2 Leefstijl' }).waitFor();
    await page.getByText('Plaats 2 van 8', { exact: false }).waitFor();
    await settled(page);
    expect(await page.getByTestId('effort-row').count()).toBeGreaterThan(1);
    expect(await controls(page, NODE_CONTROLS)).toEqual([]);
    expect(await page.getByRole('button', { name: /^Wijzigen|^Verwijderen/ }).count()).toBe(0);
    expect(await page.getByRole('columnheader', { name: 'Acties' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Inspanning toevoegen' }).count()).toBe(0);
    await expectAccessible(page, 'rights-lezer-node');

    // An edit page reached by its address explains instead of showing a form.
    await page.goto(`${server.url}${nodePath()}/bewerken`);
    await page
      .getByTestId('no-rights')
      .getByText('Uw rol in dit programma geeft geen recht om dit te wijzigen.', { exact: false })
      .waitFor();
    expect(await page.getByRole('textbox').count()).toBe(0);
    await page.getByRole('link', { name: 'Terug naar het element' }).waitFor();
    await expectAccessible(page, 'rights-lezer-edit-node');
    await page.goto(`${server.url}/programmas/${SLUG}/elementen/nieuw`);
    await page.getByTestId('no-rights').waitFor();
    await page.goto(`${server.url}/programmas/${SLUG}/bewerken`);
    await page.getByTestId('no-rights').waitFor();
    expect(await page.getByRole('textbox').count()).toBe(0);

    await page.goto(`${server.url}/programmas/${SLUG}/din`);
    await page.getByTestId('din-row').first().waitFor();
    await expectAccessible(page, 'rights-lezer-din');

    await page.goto(`${server.url}${progressPath()}`);
    await page.getByRole('heading', { level: 2, name: 'Mijlpalen' }).waitFor();
    await settled(page);
    expect(await page.getByRole('heading', { name: 'Update plaatsen' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Afgeleide stand overschrijven' }).count()).toBe(0);
    expect(await controls(page, ['Mijlpaal toevoegen', 'Update plaatsen'])).toEqual([]);
    await expectAccessible(page, 'rights-lezer-progress-node');

    await page.goto(`${server.url}/programmas/${SLUG}/voortgang/perioden`);
    await page.getByRole('heading', { level: 1, name: 'Rapportageperiodes' }).waitFor();
    await settled(page);
    expect(await page.getByRole('heading', { name: 'Kwartalen toevoegen' }).count()).toBe(0);
    await page.close();
  });

  it('gives a redacteur the controls for the nodes and efforts of their organisation, not the beheerder’s', async () => {
    const page = await openPage('redacteur@menzis.example');
    await page.goto(`${server.url}/programmas/${SLUG}`);
    await page.getByRole('link', { name: 'Nieuw element: Preventie' }).waitFor();
    await settled(page);
    expect(await controls(page, ['Nieuw element: Preventie', 'Codes hernummeren…', 'Programma bewerken'])).toEqual([
      'Nieuw element: Preventie',
      'Codes hernummeren…',
    ]);
    await expectAccessible(page, 'rights-redacteur-programme');

    await page.goto(`${server.url}${nodePath()}`);
    await page.getByRole('link', { name: 'Bewerken', exact: true }).waitFor();
    await settled(page);
    expect(await controls(page, NODE_CONTROLS)).toEqual(NODE_CONTROLS);
    // Efforts: only Menzis's own can be changed; those of partner groups are the beheerder's.
    const editable = await page.getByRole('button', { name: /^Wijzigen: / }).allTextContents();
    expect(editable).toHaveLength(1);
    expect(await page.getByRole('button', { name: 'Wijzigen: inspanning van Menzis' }).count()).toBe(1);
    await page.getByRole('heading', { name: 'Inspanning toevoegen' }).waitFor();
    // New efforts of theirs are Menzis's: no other partner is offered.
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Partner' }).locator('option').allTextContents())
      .toEqual(['Kies een partner', 'Menzis']);
    await expectAccessible(page, 'rights-redacteur-node');

    await page.goto(`${server.url}${nodePath()}/bewerken`);
    await page.getByRole('textbox', { name: 'Titel' }).waitFor();
    expect(await page.getByTestId('no-rights').count()).toBe(0);
    // A new node of theirs starts as their organisation's: the only kind they may add.
    await page.goto(`${server.url}/programmas/${SLUG}/elementen/nieuw?onder=${node.id}`);
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Eigenaar' }).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent))
      .toBe('Menzis');
    // Editing the programme itself is for its beheerders.
    await page.goto(`${server.url}/programmas/${SLUG}/bewerken`);
    await page.getByTestId('no-rights').waitFor();

    await page.goto(`${server.url}${progressPath()}`);
    await page.getByRole('heading', { name: 'Update plaatsen' }).waitFor();
    await page.getByRole('button', { name: 'Mijlpaal toevoegen' }).waitFor();
    await settled(page);
    expect(await page.getByRole('heading', { name: 'Afgeleide stand overschrijven' }).count()).toBe(0);
    await expectAccessible(page, 'rights-redacteur-progress-node');

    await page.goto(`${server.url}/programmas/${SLUG}/voortgang/perioden`);
    await page.getByRole('heading', { level: 1, name: 'Rapportageperiodes' }).waitFor();
    await settled(page);
    expect(await page.getByRole('heading', { name: 'Kwartalen toevoegen' }).count()).toBe(0);
    await page.close();
  });
});
