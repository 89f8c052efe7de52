import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startServer, wcagViolations, type RunningServer, signInAsAdmin } from './support';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));

describe('table import in Chromium: upload → preview with warnings → confirm', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer({ demo: false });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('imports a gap table after showing a Dutch warning per odd row, accessibly', async () => {
    const page = await browser.newPage();
    await signInAsAdmin(page, server);
    await page.goto(`${server.url}/importeren`);
    await page.getByRole('heading', { level: 1, name: 'Tabel importeren' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    await page.getByText('Vul een titel voor het programma in.').first().waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByLabel('Titel van het nieuwe programma').fill('Hiaten Wonen en Werk');
    await page.getByLabel('Bestand').setInputFiles(fixture('gap-repeated-numbers.tsv'));
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    await page.getByRole('heading', { level: 2, name: 'Voorbeeld: Hiaten Wonen en Werk' }).waitFor();
    await page.getByText('3 resultaten, totaal benodigd budget € 43.000,00.').waitFor();
    const warnings = page.getByRole('listitem').filter({ hasText: /^Rij \d+/ });
    await expect
      .poll(() => warnings.allInnerTexts())
      .toEqual([
        'Rij 4, kolom ‘Nr.’: Nummer 1 met dezelfde titel staat al op rij 2; samengevoegd.',
        "Rij 5, kolom ‘Nr.’: Nummer 2 staat ook op rij 3 met een andere titel ('Werk en inkomen'); als apart resultaat ingelezen.",
        'Rij 7, kolom ‘Nr.’: Nummer 1 met dezelfde titel staat al op rij 2; samengevoegd.',
      ]);
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await page.getByText('Programma ‘Hiaten Wonen en Werk’ is aangemaakt.').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Naar het programma' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hiaten Wonen en Werk' }).waitFor();
  });

  it('shows every bad row in Dutch and creates nothing; the page is also accessible in English', async () => {
    const page = await browser.newPage();
    await signInAsAdmin(page, server);
    await page.goto(`${server.url}/importeren`);
    await page.getByLabel('Titel van het nieuwe programma').fill('Wordt niets');
    await page.getByLabel('Bestand').setInputFiles(fixture('gap-errors.tsv'));
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    await page.getByText('Rij 4, kolom ‘Resultaat’: ontbreekt bij nummer 2').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    const list = await (await fetch(`${server.url}/api/programmes`)).json();
    expect(list.items.map((p: { title: string }) => p.title)).not.toContain('Wordt niets');

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import a table' }).waitFor();
    await page.getByText('Row 4, column ‘Resultaat’: ontbreekt bij nummer 2').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('offers the import only to people who are signed in', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/importeren`);
    await page.getByTestId('no-rights').getByRole('link', { name: 'Inloggen' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await nav.getByRole('link', { name: 'Monitor BW/MO' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Importeren' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Voorbeeld bekijken' }).count()).toBe(0);
    expect(await wcagViolations(page)).toEqual([]);
  });
});
