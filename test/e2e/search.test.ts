import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAsAdmin, launchBrowser, signInAsAdmin, startServer, wcagViolations, type RunningServer } from './support';

/**
 * The header's search box (issue 23): type, see results grouped by kind with the words marked, open
 * one. A text found only in an intended result ("beoogd resultaat") is found by members and never by
 * a visitor. Screenshots go to $SEARCH_SHOTS when set (looked at by hand).
 */
describe('searching from the header in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let nodeId = '';
  let programmeId = '';
  const shot = async (p: Page, name: string) => {
    const dir = process.env.SEARCH_SHOTS;
    if (dir) await p.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
  };

  beforeAll(async () => {
    // The demo start can take minutes on a loaded machine (E2E_START_TIMEOUT_MS raises the wait).
    server = await startServer({ startTimeoutMs: Number(process.env.E2E_START_TIMEOUT_MS) || 180_000 });
    const api = await apiAsAdmin(server);
    const res = await api('/programmes/mjp-pkp-groningen/nodes', {
      method: 'POST',
      body: JSON.stringify({
        parentId: null,
        title: 'Valincidenten bij ouderen',
        level: 0,
        expectedResult: 'Binnen vijf jaar 2.500 valpartijen minder bij thuiswonende ouderen in de provincie',
      }),
    });
    if (res.status !== 201) throw new Error(`element niet aangemaakt: ${res.status} ${await res.text()}`);
    const created = (await res.json()) as { id: string; programmeId: string };
    nodeId = created.id;
    programmeId = created.programmeId;
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInAsAdmin(page, server);
  }, 900_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('types in the header search box, sees the result with the number marked, and opens it', async () => {
    await page.goto(`${server.url}/`);
    const box = page.getByRole('search', { name: 'Zoeken' }).getByRole('searchbox', { name: 'Zoeken' });
    await box.fill('2500 valpartijen');
    await box.press('Enter');
    await page.waitForURL(/\/zoeken\?q=2500\+valpartijen$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Resultaten voor “2500 valpartijen”');
    const group = page.getByRole('region', { name: /Elementen van programma’s/ });
    const link = group.getByRole('link', { name: 'Valincidenten bij ouderen' });
    await link.waitFor();
    expect(await group.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['2.500', 'valpartijen']));
    expect(await group.textContent()).toContain('Gevonden in beoogd resultaat');
    expect(await wcagViolations(page)).toEqual([]);
    await shot(page, 'zoeken-resultaten');
    await link.click();
    await page.waitForURL(new RegExp(`/programmas/${programmeId}/elementen/${nodeId}$`));
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Valincidenten bij ouderen');
  });

  it('a visitor finds a service of the social map through the search box and opens it', async () => {
    const visitor = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await visitor.goto(`${server.url}/`);
      const box = visitor.getByRole('search', { name: 'Zoeken' }).getByRole('searchbox', { name: 'Zoeken' });
      await box.fill('verward gedrag');
      await box.press('Enter');
      const group = visitor.getByRole('region', { name: /Sociale kaart/ });
      const link = group.getByRole('link', { name: 'Regionaal Meldpunt OGGz Flevoland' });
      await link.waitFor();
      expect(await group.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['verward']));
      expect(await wcagViolations(visitor)).toEqual([]);
      await shot(visitor, 'zoeken-dienst');
      await link.click();
      await visitor.waitForURL(/\/sociale-kaart\/[0-9a-f-]{36}$/);
      await expect.poll(() => visitor.getByRole('heading', { level: 1 }).textContent()).toBe('Regionaal Meldpunt OGGz Flevoland');
    } finally {
      await visitor.close();
    }
  });

  it('in English too, and a visitor without an account does not find what is for members', async () => {
    const visitor = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await visitor.goto(`${server.url}/zoeken?q=${encodeURIComponent('2500 valpartijen')}`);
      await visitor.getByText('Niets gevonden voor “2500 valpartijen”.').waitFor();
      expect(await visitor.getByRole('searchbox', { name: 'Zoeken' }).inputValue()).toBe('2500 valpartijen');
      await visitor.getByRole('button', { name: 'Switch to English' }).click();
      await visitor.getByText('Nothing found for “2500 valpartijen”.').waitFor();
      expect(await wcagViolations(visitor)).toEqual([]);
      await shot(visitor, 'zoeken-bezoeker');
    } finally {
      await visitor.close();
    }
  });
});
