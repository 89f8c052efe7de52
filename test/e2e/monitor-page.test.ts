import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MUNICIPALITIES, demoEpisodes } from '../../seeds/monitor-demo';
import { expectedFigures as expected } from '../support/monitor-expected';
import { launchBrowser, startServer, wcagViolations, type RunningServer, signInAsAdmin } from './support';

/**
 * The monitor page on the real server with the demo episodes (loaded by `serve` on a fresh
 * database). Every figure read from the page is checked against a plain recomputation from the
 * demo generator's own episodes, written from the definitions in issue 6, not from the engine.
 */

/** "1.234" → 1234, "259,07" → 259.07; marks stay text. */
const parseShown = (s: string): number | string => (/^[\d.]+(,\d+)?$/.test(s) ? Number(s.replace(/\./g, '').replace(',', '.')) : s);

async function shownRow(page: Page, unit: string): Promise<Record<string, number | string>> {
  const row = page.locator(`[data-testid="monitor-row"][data-unit="${unit}"]`);
  const out: Record<string, number | string> = {};
  for (const f of ['in_zorg', 'instroom', 'uitstroom', 'zorgdagen', 'gemiddelde_bezetting', 'pgb']) {
    out[f] = parseShown((await row.locator(`[data-figure="${f}"]`).innerText()).trim());
  }
  return out;
}

/** A shown count is the exact count, "<5" for 1..4, or "x" (hidden so "<5" cells cannot be recomputed). */
function checkCount(shown: number | string, exact: number, label: string): 'number' | 'mark' {
  if (typeof shown === 'number') {
    expect(shown, label).toBe(exact);
    return 'number';
  }
  if (shown === '<5') expect(exact, label).toBeGreaterThanOrEqual(1);
  if (shown === '<5') expect(exact, label).toBeLessThanOrEqual(4);
  else expect(shown, label).toBe('x');
  return 'mark';
}

describe('monitor page in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  const episodes = demoEpisodes();
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the figures of every municipality as computed independently from the demo episodes, suppressed below 5', async () => {
    const page = await browser.newPage();
    await signInAsAdmin(page, server);
    await page.goto(`${server.url}/monitor?van=2024-01-01&tot=2024-12-31&per=kwartaal&eenheid=gemeente&periode=2024-Q3`);
    await page.getByRole('heading', { level: 2, name: 'Kerncijfers Q3 2024' }).waitFor({ timeout: 60_000 });
    let numbers = 0;
    let marks = 0;
    for (const m of DEMO_MUNICIPALITIES) {
      const shown = await shownRow(page, m.gemeente);
      const exact = expected(
        episodes.filter((e) => e.gemeente === m.gemeente),
        '2024-07-01',
        '2024-09-30',
      );
      for (const f of ['in_zorg', 'instroom', 'uitstroom', 'pgb'] as const) {
        if (checkCount(shown[f] ?? '', exact[f], `${m.naam} ${f}`) === 'number') numbers++;
        else marks++;
      }
      if (typeof shown.in_zorg === 'number') {
        expect(shown.zorgdagen, `${m.naam} zorgdagen`).toBe(exact.zorgdagen);
        expect(shown.gemiddelde_bezetting, `${m.naam} gemiddelde bezetting`).toBe(Math.round((exact.zorgdagen / 92) * 100) / 100);
      }
    }
    // The demo is sized so both kinds occur: real numbers to compare and suppressed small counts.
    expect(numbers).toBeGreaterThan(40);
    expect(marks).toBeGreaterThan(0);
    expect(await page.locator('[data-suppressed="<5"]').count()).toBeGreaterThan(0);

    // Trend charts and the comparison are accessible SVGs with a table alternative.
    for (const id of ['chart-in-zorg', 'chart-bezetting', 'chart-stroom', 'chart-redenen', 'chart-units']) {
      const chart = page.getByTestId(id);
      await expect(chart.locator('svg[role="img"] > title').count()).resolves.toBe(1);
      await expect(chart.locator('svg[role="img"] > desc').count()).resolves.toBe(1);
      await expect(chart.locator('table').count()).resolves.toBe(1);
    }
    // The uitleg gives the exact definitions, e.g. that a temporary stop (20) is no outflow.
    await expect(page.getByTestId('monitor-definitions').innerText()).resolves.toContain('20');
    expect(await wcagViolations(page)).toEqual([]);

    // The CSV download is built by the server from the same selection.
    const href = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    // Downloaded in the signed-in browser context, as the user's click would.
    const csv = await page.request.get(`${server.url}${href}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect(await csv.text()).toContain('in_zorg');
  });

  it('applies a new period, unit and product: a region counts distinct clients, BW only; without the analist role only quarters', async () => {
    const page = await browser.newPage();
    await signInAsAdmin(page, server);
    await page.goto(`${server.url}/monitor`);
    await page.getByLabel('Van (dd-mm-jjjj)').fill('01-10-2025');
    await page.getByLabel('Tot en met (dd-mm-jjjj)').fill('31-12-2025');
    // Suppressed figures come per quarter for everyone but a monitor-analist (issue 25).
    expect(await page.getByLabel('Indeling in perioden').locator('option').allTextContents()).toEqual(['Per kwartaal']);
    await page.getByText(/Afgeschermde cijfers zijn er per kwartaal/).waitFor();
    await page.getByLabel('Eenheid', { exact: true }).selectOption('regio');
    await page.getByRole('button', { name: 'Toon cijfers' }).click();
    await page.getByRole('heading', { level: 2, name: 'Kerncijfers Q4 2025' }).waitFor({ timeout: 60_000 });
    await page.getByLabel('Product').selectOption('BW');
    await page.getByRole('table', { name: /Beschermd wonen \(BW\), Q4 2025, per regio/ }).waitFor();

    for (const regio of ['NML', 'FLE'] as const) {
      const members = new Set(DEMO_MUNICIPALITIES.filter((m) => m.regio === regio).map((m) => m.gemeente));
      const inRegion = episodes.filter((e) => members.has(e.gemeente) && e.product === 'BW');
      const exact = expected(inRegion, '2025-10-01', '2025-12-31');
      const shown = await shownRow(page, regio);
      expect(shown.in_zorg, `${regio} in zorg`).toBe(exact.in_zorg);
      expect(shown.instroom, `${regio} instroom`).toBe(exact.instroom);
      expect(shown.zorgdagen, `${regio} zorgdagen`).toBe(exact.zorgdagen);
      // Distinct clients, not the sum of the municipalities.
      const sumOfMunicipalities = [...members].reduce(
        (s, g) =>
          s +
          expected(
            inRegion.filter((e) => e.gemeente === g),
            '2025-10-01',
            '2025-12-31',
          ).in_zorg,
        0,
      );
      expect(exact.in_zorg).toBeLessThanOrEqual(sumOfMunicipalities);
    }
    await expect(page.getByRole('link', { name: 'Download Excel (XLSX)' }).getAttribute('href')).resolves.toContain('product=BW');

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Regional monitor of sheltered housing and shelter' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('refuses a start date after the end date with a Dutch message and keeps the figures', async () => {
    const page = await browser.newPage();
    await signInAsAdmin(page, server);
    await page.goto(`${server.url}/monitor?van=2024-01-01&tot=2024-12-31`);
    await page.getByRole('heading', { level: 2, name: 'Kerncijfers Q4 2024' }).waitFor({ timeout: 60_000 });
    await page.getByLabel('Van (dd-mm-jjjj)').fill('01-01-2025');
    await page.getByRole('button', { name: 'Toon cijfers' }).click();
    await page.getByText('De begindatum ligt na de einddatum').waitFor();
    expect(new URL(page.url()).searchParams.get('van')).toBe('2024-01-01');
    expect(await wcagViolations(page)).toEqual([]);
  });
});
