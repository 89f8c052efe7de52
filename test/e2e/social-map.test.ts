import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signInAsAdmin, startServer, wcagViolations, type RunningServer } from './support';

const SHOTS = process.env.SOCIAL_MAP_SCREENSHOTS;

describe('social map in Chromium: a visitor finds a service by filter; a beheerder edits one and imports a file', () => {
  let server: RunningServer;
  let browser: Browser;
  const expectAccessible = async (page: Page, name: string) => {
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
    expect(await wcagViolations(page)).toEqual([]);
  };

  beforeAll(async () => {
    server = await startServer({ startTimeoutMs: 180_000 });
    browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lets a visitor filter by municipality and kind, open the service and print the municipality overview', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/`);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Sociale kaart' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sociale kaart' }).waitFor();
    await page.getByRole('heading', { name: /voorzieningen gevonden/ }).waitFor();
    // Unpublished services are not there for a visitor.
    expect(await page.getByText('Pool van ervaringsdeskundigen').count()).toBe(0);
    await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Venlo' });
    await page.getByLabel('Soort', { exact: true }).selectOption({ label: 'Inloop' });
    await page.getByRole('main').getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('heading', { name: '1 voorziening gevonden' }).waitFor();
    expect(page.url()).toContain('soort=inloop');
    await expectAccessible(page, 'sociale-kaart-lijst');
    await page.getByRole('link', { name: 'Inloopvoorziening Venlo' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloopvoorziening Venlo' }).waitFor();
    await page.getByText('Demogegevens: adres, tijden en contact zijn verzonnen').waitFor();
    expect(await page.getByRole('link', { name: 'Bewerken' }).count()).toBe(0);
    await expectAccessible(page, 'sociale-kaart-voorziening');
    await page.getByRole('link', { name: 'Venlo', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Sociale kaart Venlo' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Zelfhulpgroep' }).waitFor();
    await expectAccessible(page, 'sociale-kaart-gemeente');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).toBe(false);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/sociale-kaart-gemeente-print.png`, fullPage: true });
    await page.close();
  }, 120_000);

  it('lets a beheerder edit a service and import a file after a preview', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInAsAdmin(page, server);
    await page.goto(`${server.url}/sociale-kaart?q=Meldpunt%20OGGz`);
    await page.getByRole('link', { name: 'Regionaal Meldpunt OGGz Flevoland' }).click();
    await page.getByRole('heading', { level: 1, name: 'Regionaal Meldpunt OGGz Flevoland' }).waitFor();
    await page.getByRole('link', { name: 'Bewerken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Voorziening bewerken' }).waitFor();
    await page.getByLabel('Openingstijden').fill('werkdagen 9.00–17.00 uur');
    await page.getByLabel('Nee, verwijzing of indicatie nodig').check();
    await expectAccessible(page, 'sociale-kaart-bewerken');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Regionaal Meldpunt OGGz Flevoland' }).waitFor();
    await page.getByText('werkdagen 9.00–17.00 uur').waitFor();
    await page.getByText('Nee, verwijzing of indicatie nodig').waitFor();

    await page.goto(`${server.url}/sociale-kaart`);
    await page.getByRole('link', { name: 'Voorzieningen importeren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sociale kaart importeren' }).waitFor();
    const csv =
      'Naam;Soort;Gemeenten;Zonder verwijzing (ja/nee/onbekend);Gepubliceerd (ja/nee)\nLotgenotengroep Dronten;lotgenotencontact;Dronten (0303);ja;ja\n';
    await page
      .getByLabel('Bestand (CSV of XLSX)')
      .setInputFiles({ name: 'kaart.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.getByTestId('social-map-import-counts').getByText('1 nieuw, 0 bijwerken, 0 ongewijzigd').waitFor();
    await expectAccessible(page, 'sociale-kaart-import');
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await page.getByTestId('social-map-import-result').getByText('Geïmporteerd: 1 nieuw, 0 bijgewerkt, 0 ongewijzigd.').waitFor();
    await page.goto(`${server.url}/sociale-kaart?q=Dronten`);
    await page.getByRole('link', { name: 'Lotgenotengroep Dronten' }).waitFor();
    await page.close();
  }, 120_000);
});
