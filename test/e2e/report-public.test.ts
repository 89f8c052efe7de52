import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signInAsAdmin, startServer, wcagViolations, type RunningServer } from './support';

describe('board report and public version in Chromium', () => {
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

  it('shows visitors the published demo programmes at /publiek and on the programme page, accessibly', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/publiek`);
    await page.getByRole('heading', { level: 1, name: 'Programma’s in de publieksversie' }).waitFor();
    await expect.poll(() => page.locator('.rt-public-list > li').count()).toBe(3);
    expect(await wcagViolations(page)).toEqual([]);
    await page.goto(`${server.url}/programmas/zorglandschap-wmo-flevoland`);
    await page.getByRole('heading', { level: 2, name: 'Opbouw van het programma' }).waitFor();
    // Flevoland publishes points of attention; no edit controls, no persons' names in the page.
    expect(await page.getByRole('link', { name: 'Rapportage (PDF)' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /bewerken|hernummeren/i }).count()).toBe(0);
    expect(await wcagViolations(page)).toEqual([]);
    // The monitor for visitors: the public figures, always suppressed, instead of "Log in".
    await page.goto(`${server.url}/monitor`);
    await page.locator('table').first().waitFor();
    expect(await page.getByText('Log in om dit te mogen doen', { exact: false }).count()).toBe(0);
    await page.close();
  });

  it('makes the report from the programme page with progress shown, and the PDF holds the sections', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await signInAsAdmin(page, server);
    await page.goto(`${server.url}/programmas/meedoen-en-wonen-nml`);
    await page.getByRole('link', { name: 'Rapportage' }).click();
    await page.getByRole('heading', { level: 1, name: 'Voortgangsrapportage maken' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByLabel('PDF').check();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Rapportage maken' }).click();
    const file = join(tmpdir(), `rapport-e2e-${Date.now()}.pdf`);
    await (await download).saveAs(file);
    await page.getByTestId('report-status').getByText('Klaar:', { exact: false }).waitFor();
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(await readFile(file))), { mergePages: true });
    for (const s of [
      'Voortgangsrapportage',
      'Samenvatting',
      'Stand per element',
      'Resultaten en aandachtspunten per thema',
      'Gevraagde besluiten',
      'Openstaande acties',
    ])
      expect(text).toContain(s);
    expect(await wcagViolations(page)).toEqual([]);
    await page.close();
  });
});
