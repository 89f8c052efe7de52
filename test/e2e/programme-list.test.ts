import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startServer, wcagViolations, type RunningServer } from './support';

describe('web UI shell in Chromium', () => {
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

  it('lists the demo programmes in Dutch, switches to English, and has no WCAG 2.1 AA violations', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1, name: 'Programma’s' }).waitFor();
    const rows = page.getByTestId('programme-row');
    await expect.poll(() => rows.count()).toBe(3);
    await expect(page.getByText('Pijler › Ambitie › Activiteit').count()).resolves.toBe(1);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Programmes' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('serves the single-page app on deep links and JSON 404s under /api', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/bestaat/niet`);
    await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
    const api = await fetch(`${server.url}/api/bestaat-niet`);
    expect(api.status).toBe(404);
    expect((await api.json()).error.code).toBe('NOT_FOUND');
  });
});
