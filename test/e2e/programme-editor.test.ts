import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startServer, wcagViolations, type RunningServer, signInAsAdmin, apiAsAdmin } from './support';

/** Set SCREENSHOT_DIR to look at every screen (not committed). */
async function shot(page: Page, name: string) {
  const dir = process.env.SCREENSHOT_DIR;
  if (dir) await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

async function expectAccessible(page: Page, name: string) {
  await shot(page, name);
  expect(await wcagViolations(page)).toEqual([]);
}

describe('programme editor in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the three demo programmes with their own level names, tree and DIN matrix', async () => {
    const page = await browser.newPage();
    await signInAsAdmin(page, server);
    await page.goto(server.url);
    for (const slug of ['mjp-pkp-groningen', 'zorglandschap-wmo-flevoland', 'meedoen-en-wonen-nml']) {
      await page.locator(`main a[href="/programmas/${slug}"]`).waitFor();
    }
    await page.locator('main a[href="/programmas/meedoen-en-wonen-nml"]').click();
    await page.getByRole('heading', { level: 2, name: 'Doelenboom' }).waitFor();
    await expect.poll(() => page.getByTestId('tree-node').count()).toBeGreaterThan(5);
    await expect(page.locator('.rt-tree__level', { hasText: 'Pijler' }).count()).resolves.toBeGreaterThan(0);
    await expectAccessible(page, 'demo-overview');

    // The wide DIN matrix of the Groningen programme, and a node page with its efforts.
    await page.goto(`${server.url}/programmas/mjp-pkp-groningen/din`);
    await expect.poll(() => page.getByTestId('din-row').count()).toBeGreaterThan(5);
    await expect.poll(() => page.locator('.rt-din thead th').allTextContents()).toContain('Menzis');
    await expectAccessible(page, 'demo-din');
    await page.getByTestId('din-row').first().getByRole('link').click();
    await expect.poll(() => page.getByTestId('effort-row').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'demo-node');
  });

  it('creates a programme from scratch, adds nodes and efforts of three partners, shows the DIN matrix, exports and imports a copy', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await signInAsAdmin(page, server);
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Nieuw programma' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw programma' }).waitFor();

    // Dutch validation messages at the fields, before anything is sent.
    await page.getByLabel('Niveaus van de doelenboom').fill('Pijler >> Activiteit');
    await page.getByRole('button', { name: 'Programma aanmaken' }).click();
    await page.locator('.utrecht-form-field-error-message', { hasText: 'Vul een titel in.' }).waitFor();
    await page.locator('.utrecht-form-field-error-message', { hasText: 'Een niveau is leeg.' }).waitFor();
    await expectAccessible(page, 'programme-form-errors');

    await page.getByLabel('Titel', { exact: true }).fill('Samen Thuis Testregio');
    expect(await page.getByLabel('Korte webnaam').inputValue()).toBe('samen-thuis-testregio');
    await page.getByLabel('Niveaus van de doelenboom').fill('Pijler > Ambitie > Activiteit');
    await page.getByLabel('Begindatum').fill('2024-01-01');
    await page.getByLabel('Einddatum').fill('2026-12-31');
    for (const [name, kind] of [
      ['Zorgverzekeraar Testland', 'zorgverzekeraar'],
      ['Stichting Testzorg', 'aanbieder'],
    ] as const) {
      await page.getByLabel('Naam van de partner').fill(name);
      await page.getByLabel('Soort organisatie').selectOption(kind);
      await page.getByRole('button', { name: 'Organisatie toevoegen en aanvinken' }).click();
      await expect.poll(() => page.getByLabel(name, { exact: true }).isChecked()).toBe(true);
    }
    await page.getByRole('button', { name: 'Programma aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Samen Thuis Testregio' }).waitFor();
    await page.getByText('Pijler › Ambitie › Activiteit').waitFor();

    // The tree: Pijler > Ambitie > Activiteit.
    await page.getByRole('link', { name: 'Nieuw element: Pijler' }).click();
    await page.getByLabel('Code', { exact: true }).fill('1');
    await page.getByLabel('Titel', { exact: true }).fill('Meedoen');
    await page.getByRole('button', { name: 'Element aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: '1 Meedoen' }).waitFor();

    await page.getByRole('link', { name: 'Nieuw element: Ambitie' }).click();
    await page.getByLabel('Code', { exact: true }).fill('1.1');
    await page.getByLabel('Titel', { exact: true }).fill('Werk en dagbesteding');
    await page.getByRole('button', { name: 'Element aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: '1.1 Werk en dagbesteding' }).waitFor();

    await page.getByRole('link', { name: 'Nieuw element: Activiteit' }).click();
    await page.getByLabel('Code', { exact: true }).fill('1.1.1');
    await page.getByLabel('Titel', { exact: true }).fill('Werkfit-trajecten');
    await page.getByLabel('Schaal').selectOption('lokaal');
    await page.getByLabel('Termijn').fill('voorjaar');
    await page.getByRole('button', { name: 'Element aanmaken' }).click();
    await page.locator('.utrecht-form-field-error-message', { hasText: 'Deze termijn kunnen we niet lezen' }).waitFor();
    await expectAccessible(page, 'node-form-errors');
    await page.getByLabel('Termijn').fill('Q3 en Q4 2025');
    await page.getByRole('button', { name: 'Element aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: '1.1.1 Werkfit-trajecten' }).waitFor();

    // Efforts of three partners: two organisations and a partner group with an explicit "geen".
    const addEffort = async (partner: string, text: string | null, group?: string, alsoFor?: string) => {
      await page.getByLabel('Partner', { exact: true }).selectOption({ label: partner });
      if (alsoFor) {
        await page.getByText(/Dient ook andere doelen/).click();
        await page.getByLabel(alsoFor).check();
      }
      if (group) await page.getByLabel('Naam van de groep').fill(group);
      if (text === null) await page.getByLabel(/Geen inspanning/).check();
      else await page.getByLabel('Wat doet deze partner?').fill(text);
      const before = await page.getByTestId('effort-row').count();
      await page.getByRole('button', { name: 'Inspanning opslaan' }).click();
      await expect.poll(() => page.getByTestId('effort-row').count()).toBe(before + 1);
    };
    await page.getByRole('button', { name: 'Inspanning opslaan' }).click();
    await page.locator('.utrecht-form-field-error-message', { hasText: 'Kies een partner.' }).waitFor();
    // DIN is a network: this effort serves the ambition as well.
    await addEffort('Zorgverzekeraar Testland', 'Financiert twintig trajecten per jaar', undefined, 'Ambitie 1.1 Werk en dagbesteding');
    await page.getByTestId('effort-row').filter({ hasText: 'Zorgverzekeraar Testland' }).getByRole('link', { name: '1.1' }).waitFor();
    await addEffort('Stichting Testzorg', 'Levert de trajectbegeleiders');
    await addEffort('Andere groep…', null, 'Alle gemeenten');
    await page.getByRole('status').filter({ hasText: 'Inspanning van Alle gemeenten opgeslagen.' }).waitFor();
    await page.getByRole('cell', { name: 'Geen inspanning' }).waitFor();

    // Gap analysis: several current practices, and an amount typed the Dutch way.
    await page.getByRole('button', { name: 'Hiaatanalyse bewerken' }).click();
    await page.getByLabel('Wat doen we al').fill('Dagbesteding in twee gemeenten\nJobcoaching door Testzorg');
    await page.getByLabel('Hiaat', { exact: true }).fill('Geen vervolg na de dagbesteding');
    await page.getByLabel('Benodigd budget').selectOption('bedrag');
    await page.getByLabel('Bedrag').fill('veel');
    await page.getByRole('button', { name: 'Hiaatanalyse opslaan' }).click();
    await page.locator('.utrecht-form-field-error-message', { hasText: 'Vul een bedrag in euro’s in' }).waitFor();
    await expectAccessible(page, 'gap-form-errors');
    await page.getByLabel('Bedrag').fill('15.000');
    await page.getByRole('button', { name: 'Hiaatanalyse opslaan' }).click();
    await page.getByText('€ 15.000,00').waitFor();
    await page.getByText('Jobcoaching door Testzorg').waitFor();
    await expectAccessible(page, 'node-page');

    // Overview: the tree with the programme's own level names, filtered on a partner.
    await page.getByRole('link', { name: 'Samen Thuis Testregio' }).first().click();
    await expect.poll(() => page.getByTestId('tree-node').count()).toBe(3);
    expect(await page.locator('.rt-tree__level').allTextContents()).toEqual(['Pijler', 'Ambitie', 'Activiteit']);
    await page.getByLabel('Partner (met inspanning)').selectOption({ label: 'Stichting Testzorg' });
    await expect.poll(() => page.getByTestId('tree-node').count()).toBe(3);
    await page.getByLabel('Zoek in code, titel en tekst').fill('bestaat-niet');
    await page.getByText('Geen elementen gevonden met deze filters.').waitFor();
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await expectAccessible(page, 'programme-overview');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Goal tree' }).waitFor();
    await expectAccessible(page, 'programme-overview-en');
    await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
    await page.getByRole('heading', { level: 2, name: 'Doelenboom' }).waitFor();

    // The DIN matrix: three partner columns; "geen" differs from an empty cell.
    await page.getByRole('link', { name: 'DIN-matrix' }).click();
    await page.getByRole('heading', { level: 1, name: /DIN-matrix/ }).waitFor();
    const headers = page.locator('.rt-din thead th');
    await expect
      .poll(() => headers.allTextContents())
      .toEqual(['Doel', 'Zorgverzekeraar Testland', 'Stichting Testzorg', 'Alle gemeenten']);
    const activity = page.getByTestId('din-row').filter({ hasText: 'Werkfit-trajecten' });
    expect(await activity.locator('td').allTextContents()).toEqual([
      'Financiert twintig trajecten per jaar',
      'Levert de trajectbegeleiders',
      'Geen',
    ]);
    const ambition = page.getByTestId('din-row').filter({ hasText: 'Werk en dagbesteding' });
    expect(await ambition.locator('td').first().textContent()).toBe('Financiert twintig trajecten per jaar');
    expect(await ambition.locator('td .rt-din__empty').count()).toBe(2);
    expect(await ambition.locator('td .rt-none').count()).toBe(0);
    await expectAccessible(page, 'din-matrix');

    await page.getByLabel('Toon één partner').selectOption({ label: 'Stichting Testzorg' });
    await expect.poll(() => headers.allTextContents()).toEqual(['Doel', 'Stichting Testzorg']);
    await expect.poll(() => page.getByTestId('din-row').count()).toBe(1);
    await expectAccessible(page, 'din-matrix-partner');

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download als Excel (XLSX)' }).click(),
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await xlsx.path());
    const cells: string[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => cells.push(String(c.value)))));
    expect(cells).toContain('Levert de trajectbegeleiders');

    // Export as JSON, then import that file as a copy.
    await page.getByRole('link', { name: 'Samen Thuis Testregio' }).first().click();
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download als JSON' }).click()]);
    const file = await json.path();
    const doc = JSON.parse(readFileSync(file, 'utf8')) as {
      format: string;
      programme: { levelLabels: string[] };
      nodes: unknown[];
      efforts: unknown[];
    };
    expect(doc.format).toBe('regietafel-programma');
    expect(doc.programme.levelLabels).toEqual(['Pijler', 'Ambitie', 'Activiteit']);
    expect(doc.nodes).toHaveLength(3);
    expect(doc.efforts).toHaveLength(3);
    expect(JSON.stringify(doc.nodes)).toContain('Jobcoaching door Testzorg');

    await page.getByRole('link', { name: 'Programma’s' }).first().click();
    await page.getByLabel('Programmabestand (JSON)').setInputFiles(file);
    expect(await page.getByLabel('Titel van de kopie').inputValue()).toBe('Samen Thuis Testregio (kopie)');
    await expectAccessible(page, 'programme-list-import');
    await page.getByRole('button', { name: 'Importeren als kopie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Samen Thuis Testregio (kopie)' }).waitFor();
    await expect.poll(() => page.getByTestId('tree-node').count()).toBe(3);
    await page.getByRole('link', { name: 'Werkfit-trajecten' }).click();
    await page.getByText('€ 15.000,00').waitFor();
    await page.getByRole('link', { name: 'DIN-matrix' }).click();
    const copied = page.getByTestId('din-row').filter({ hasText: 'Werkfit-trajecten' });
    await expect
      .poll(() => copied.locator('td').allTextContents())
      .toEqual(['Financiert twintig trajecten per jaar', 'Levert de trajectbegeleiders', 'Geen']);
  });

  it('shows the current state after a stale edit (409) and lets the user redo their change', async () => {
    const api = await apiAsAdmin(server);
    const tree = (await (await api('/programmes/meedoen-en-wonen-nml/tree?shape=flat')).json()) as {
      nodes: { id: string; title: string; version: number }[];
    };
    const target = tree.nodes[1];
    if (!target) throw new Error('demo programme has no nodes');

    const page = await browser.newPage();
    await signInAsAdmin(page, server);
    await page.goto(`${server.url}/programmas/meedoen-en-wonen-nml/elementen/${target.id}/bewerken`);
    await page.getByLabel('Titel', { exact: true }).waitFor();
    await page.getByLabel('Titel', { exact: true }).fill('Mijn nieuwe titel');

    // Someone else saves first.
    const other = await api(`/programmes/meedoen-en-wonen-nml/nodes/${target.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ version: target.version, title: 'Titel van een collega' }),
    });
    expect(other.status).toBe(200);

    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const conflict = page.getByTestId('conflict');
    await conflict.getByRole('heading', { name: 'Iemand anders heeft dit intussen gewijzigd' }).waitFor();
    await conflict.getByRole('cell', { name: 'Titel van een collega' }).waitFor();
    await conflict.getByRole('cell', { name: 'Mijn nieuwe titel' }).waitFor();
    await expectAccessible(page, 'node-conflict');

    await page.getByRole('button', { name: 'Mijn wijziging opnieuw toepassen op de huidige stand' }).click();
    expect(await page.getByLabel('Titel', { exact: true }).inputValue()).toBe('Mijn nieuwe titel');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Mijn nieuwe titel/ }).waitFor();
    await expect.poll(() => page.getByTestId('history-row').count()).toBeGreaterThanOrEqual(2);
    await expectAccessible(page, 'node-after-redo');

    // The same on a programme, this time taking the colleague's version.
    const programme = (await (await api('/programmes/zorglandschap-wmo-flevoland')).json()) as { version: number };
    await page.goto(`${server.url}/programmas/zorglandschap-wmo-flevoland/bewerken`);
    await page.getByLabel('Korte naam').fill('Mijn korte naam');
    const colleague = await api('/programmes/zorglandschap-wmo-flevoland', {
      method: 'PATCH',
      body: JSON.stringify({ version: programme.version, shortName: 'Korte naam van een collega' }),
    });
    expect(colleague.status).toBe(200);
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByTestId('conflict').getByRole('cell', { name: 'Korte naam van een collega' }).waitFor();
    await expectAccessible(page, 'programme-conflict');
    await page.getByRole('button', { name: 'Huidige stand overnemen' }).click();
    expect(await page.getByLabel('Korte naam').inputValue()).toBe('Korte naam van een collega');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Doelenboom' }).waitFor();
  });
});
