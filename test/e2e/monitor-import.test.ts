import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAsAdmin, launchBrowser, signInAsAdmin, startServer, wcagViolations, type RunningServer } from './support';

// The password may not contain the account's name or e-mail (password rules, issue 25).
const ANALIST = { email: 'analist@regio.test', password: 'een lang wachtwoord voor de cijferkamer' };
const HEADER = 'client,gemeente,aanbieder,product,start,einde,reden_einde,pgb';
const csv = (name: string, lines: string[]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from([...lines, ''].join('\n')) });

/** The files an analist picks, deliberately in an order that does not fit (episodes before the register). */
const FILES = [
  csv('episodes-2024.csv', [
    HEADER,
    ...Array.from({ length: 6 }, (_, i) => `a${i},0001,A1,BW,2024-0${i + 1}-01,,,nee`),
    ...Array.from({ length: 6 }, (_, i) => `b${i},0002,A1,MO,2024-02-0${i + 1},2024-06-30,19,ja`),
  ]),
  csv('fout.csv', [HEADER, 'c1,0003,A1,BW,2024-01-01,,,nee', 'c2,0003,A1,BW,2024-02-30,,,nee']),
  csv('regio.csv', [
    'gemeente,gemeente_naam,regio,regio_naam',
    '0001,Alfa,R1,Regio Noord',
    '0002,Beta,R1,Regio Noord',
    '0003,Gamma,R1,Regio Noord',
  ]),
];

describe('monitor file import in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer({ demo: false });
    browser = await launchBrowser();
    const api = await apiAsAdmin(server);
    const res = await api('/accounts', {
      method: 'POST',
      body: JSON.stringify({ ...ANALIST, name: 'Analist', platformRoles: ['monitor-analist'] }),
    });
    if (!res.ok) throw new Error(`account niet aangemaakt: ${res.status} ${await res.text()}`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('tells someone without the role that the import is for monitor-analists', async () => {
    const page = await browser.newPage();
    await signInAsAdmin(page, server);
    await page.goto(`${server.url}/monitor/importeren`);
    await page.getByText('Alleen een monitor-analist kan bestanden voor de monitor importeren.', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Importeren' }).count()).toBe(0);
  });

  it('imports several files in a fitting order, reports each one, and rejects a bad file as a whole', async () => {
    const page = await browser.newPage();
    const login = await page.request.post(`${server.url}/api/auth/login`, { headers: { 'x-csrf-token': 'inloggen' }, data: ANALIST });
    expect(login.ok()).toBe(true);
    await page.goto(`${server.url}/monitor`);
    await page.getByRole('link', { name: 'Bestanden voor de monitor importeren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bestanden voor de monitor importeren' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByText('Kies minstens één bestand.').first().waitFor();

    await page.getByLabel('Bestanden').setInputFiles(FILES);
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByRole('heading', { level: 2, name: 'Resultaat per bestand' }).waitFor();
    const reports = page.getByTestId('monitor-import-file');
    await expect
      .poll(() => reports.locator('h3').allInnerTexts())
      .toEqual(['regio.csv (regio-indeling)', 'episodes-2024.csv (zorgepisodes)', 'fout.csv (zorgepisodes)']);
    expect(await reports.nth(1).innerText()).toContain('12 ingelezen (waarvan 0 gewijzigd), 0 ongewijzigd, 0 overgeslagen.');
    const bad = await reports.nth(2).innerText();
    expect(bad).toContain('Uit dit bestand is niets opgeslagen.');
    expect(bad).toContain("Regel 3, veld ‘start’: '2024-02-30' is geen datum (jjjj-mm-dd of dd-mm-jjjj)");
    expect(await wcagViolations(page)).toEqual([]);

    // The good files count in the monitor; nothing of the rejected file does (its valid first row included).
    await page.goto(`${server.url}/monitor?van=2024-01-01&tot=2024-12-31&per=jaar&eenheid=gemeente`);
    await page.getByRole('heading', { level: 2, name: /^Kerncijfers/ }).waitFor({ timeout: 60_000 });
    const units = await page.getByTestId('monitor-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-unit')));
    expect(units).toEqual(['0001', '0002']);
    // The episode columns are read into memory in the background after an import; a page that asked
    // just before they were in shows the earlier state, so a reader reloads until the new figures show.
    await expect
      .poll(async () => {
        await page.reload();
        await page.getByRole('heading', { level: 2, name: /^Kerncijfers/ }).waitFor({ timeout: 60_000 });
        return (await page.locator('[data-testid="monitor-row"][data-unit="0001"] [data-figure="in_zorg"]').innerText()).trim();
      })
      .toBe('6');
  });
});
