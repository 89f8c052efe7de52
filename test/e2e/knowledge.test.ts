import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAsAdmin, launchBrowser, signInAsAdmin, startServer, wcagViolations, type RunningServer } from './support';

const SLUG = 'meedoen-en-wonen-nml';
const THEMES = ['Deelnemen aan de Preventiescanner Dakloosheid', 'Laagdrempelige inloopvoorziening in elke gemeente'];
/** Set RT_SCREENSHOTS=<dir> to keep a PNG of every page this test visits. */
const SHOTS = process.env.RT_SCREENSHOTS;

describe('knowledge in Chromium: a good practice adopted by a gemeente, an initiative on two themes', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let adminFetch: Awaited<ReturnType<typeof apiAsAdmin>>;
  const expectAccessible = async () => expect(await wcagViolations(page)).toEqual([]);
  const shot = async (name: string) => {
    if (!SHOTS) return;
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  };

  beforeAll(async () => {
    server = await startServer({ startTimeoutMs: 180_000 });
    adminFetch = await apiAsAdmin(server);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInAsAdmin(page, server);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('creates a practice and records that a gemeente adopted it', async () => {
    await page.goto(server.url);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Goede praktijken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Goede praktijken' }).waitFor();
    await expect.poll(() => page.getByTestId('practice-row').count()).toBeGreaterThan(3);
    await expectAccessible();
    await shot('practices');

    await page.getByRole('link', { name: 'Nieuwe goede praktijk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe goede praktijk' }).waitFor();
    await page.getByLabel('Titel', { exact: true }).fill('Buurtpension');
    await page.getByLabel('Samenvatting').fill('Kamers in een gewone straat met begeleiding op afroep.');
    await page.getByLabel('Werkzame elementen (één per regel)').fill('Wonen tussen buren\nBegeleiding op afroep');
    await page.getByLabel('Tags (gescheiden door komma’s)').fill('wonen, wijk');
    await page.getByLabel('Gepubliceerd (zichtbaar voor bezoekers)').check();
    await expectAccessible();
    await shot('practice-form');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Buurtpension' }).waitFor();

    await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Venlo' });
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'ingevoerd' });
    await page.getByLabel('Sinds (dd-mm-jjjj)').fill('01-03-2024');
    await page.getByRole('button', { name: 'Overname vastleggen' }).click();
    await page.getByTestId('adoption-status').getByText('Overname door Venlo vastgelegd').waitFor();
    const row = page.getByTestId('adoption-row').filter({ hasText: 'Venlo' });
    expect(await row.textContent()).toContain('ingevoerd');
    expect(await row.textContent()).toContain('01-03-2024');
    await expectAccessible();
    await shot('practice');

    // Visitors see it (published) in the list filtered on the gemeente.
    await page.getByTestId('adoption-row').getByRole('link', { name: 'Venlo' }).click();
    await page.getByTestId('practice-row').filter({ hasText: 'Buurtpension' }).waitFor();
  });

  it('adds an initiative linked to two themes and shows it on both theme pages', async () => {
    const tree = (await (await adminFetch(`/programmes/${SLUG}/tree?shape=flat`)).json()) as { nodes: { id: string; title: string }[] };
    const themeIds = THEMES.map((title) => tree.nodes.find((n) => n.title === title)?.id ?? '');
    expect(themeIds.every(Boolean)).toBe(true);

    await page.goto(`${server.url}/programmas/${SLUG}`);
    const section = page.getByTestId('initiatives');
    await section.getByRole('button', { name: 'Verwant initiatief toevoegen' }).click();
    await section.getByLabel('Naam', { exact: true }).fill('Straatpastoraat Venlo');
    await section.getByLabel('Soort').selectOption({ label: 'netwerk' });
    await section.getByLabel('Doel', { exact: true }).fill('Aanspreekbaar zijn voor mensen op straat');
    // A programme of more than 25 elements offers a search instead of a checkbox per element; a chosen
    // element stays in view while the user searches for the next.
    const nodeSearch = section.getByLabel(/Zoek een element op code of titel/);
    expect(await nodeSearch.count()).toBe(1);
    for (const title of THEMES) {
      await nodeSearch.fill(title);
      await section.getByLabel(title).check();
    }
    expect(await section.getByLabel(THEMES[0] ?? '').isChecked()).toBe(true);
    expect(await section.getByRole('checkbox').count()).toBeLessThan(tree.nodes.length);
    await section.getByRole('button', { name: 'Initiatief opslaan' }).click();
    await page.getByTestId('initiative-status').getByText('Initiatief Straatpastoraat Venlo opgeslagen').waitFor();
    await expectAccessible();
    await shot('programme-initiatives');

    for (const [i, nodeId] of themeIds.entries()) {
      await page.goto(`${server.url}/programmas/${SLUG}/elementen/${nodeId}`);
      const rows = page.getByTestId('initiatives').getByTestId('initiative-row');
      await rows.filter({ hasText: 'Straatpastoraat Venlo' }).waitFor();
      const text = (await rows.filter({ hasText: 'Straatpastoraat Venlo' }).textContent()) ?? '';
      // One record: its row names both themes and an unknown contact.
      for (const title of THEMES) expect(text).toContain(title);
      expect(text).toContain('onbekend');
      await expectAccessible();
      await shot(`node-initiatives-${i}`);
    }
  });
});
