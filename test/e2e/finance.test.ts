import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAsAdmin, launchBrowser, signInAsAdmin, startServer, wcagViolations, type RunningServer } from './support';

const SLUG = 'meedoen-en-wonen-nml';
/** Set SCREENSHOTS=/some/dir to keep a picture of each finance page (for looking at them as a user). */
const SHOTS = process.env.SCREENSHOTS;

describe('finance in Chromium: budget line, its status, and a cost split', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const expectAccessible = async () => expect(await wcagViolations(page)).toEqual([]);
  const shot = async (name: string) => {
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage();
    await signInAsAdmin(page, server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('records a budget line in Dutch notation, changes its status, and splits a cost exactly', async () => {
    // From the programme page to its finance page.
    await page.goto(`${server.url}/programmas/${SLUG}`);
    await page.getByRole('link', { name: 'Financiën' }).click();
    await page.getByRole('heading', { level: 1, name: 'Financiën' }).waitFor();
    // The demo's four extra costs of 2023 are there, € 550.000 requested.
    await expect.poll(() => page.getByTestId('budget-line').count()).toBe(4);
    expect(await page.getByTestId('finance-total').textContent()).toContain('€ 550.000,00');
    await shot('finance-page');
    await expectAccessible();

    // A new line for the programme as a whole: € 2.176.993 requested from the province.
    await page.getByRole('link', { name: 'Begrotingsregel toevoegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe begrotingsregel' }).waitFor();
    await page.getByLabel('Jaar').fill('2024');
    await page.getByLabel('Geldstroom').selectOption('provincie');
    await page.getByLabel('Aangevraagd').fill('1,500');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    // An ambiguous amount is refused at its field, in Dutch, and nothing is stored.
    await page.getByText('dubbelzinnig bedrag', { exact: false }).first().waitFor();
    await expectAccessible();
    await page.getByLabel('Aangevraagd').fill('€ 2.176.993');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De begrotingsregel is opgeslagen.').waitFor();
    await expect.poll(() => page.getByTestId('budget-line').count()).toBe(5);
    expect(await page.getByTestId('finance-total').textContent()).toContain('€ 2.726.993,00');

    // Granted: the status changes and the granted amount is entered.
    const row = page.getByTestId('budget-line').filter({ hasText: 'Provincie' });
    await row.getByRole('link', { name: 'Wijzigen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Begrotingsregel wijzigen' }).waitFor();
    await page.getByLabel('Status').selectOption('toegekend');
    await page.getByLabel('Toegekend').fill('2.000.000');
    await shot('budget-line-form');
    await expectAccessible();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De begrotingsregel is opgeslagen.').waitFor();
    await expect.poll(() => page.getByTestId('finance-total').textContent()).toContain('€ 2.000.000,00');
    expect(await page.getByTestId('budget-line').filter({ hasText: 'Provincie' }).textContent()).toContain('Toegekend');

    // Cost sharing: € 32.000 over Midden-Limburg by inhabitants, exact to the cent, stored.
    await page.getByRole('link', { name: 'Kosten verdelen over gemeenten' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Kosten verdelen over gemeenten' }).waitFor();
    await page.getByLabel('Bedrag').fill('32.000');
    await page.getByLabel('Regio', { exact: true }).selectOption({ label: 'Midden-Limburg' });
    await page.getByRole('button', { name: 'Bereken de verdeling' }).click();
    await expect.poll(() => page.getByTestId('split-row').count()).toBe(7);
    expect(await page.getByTestId('split-total').textContent()).toBe('€ 32.000,00');
    // Independent check of one share: Roermond has 60.743 of 241.573 inhabitants (2024).
    const roermond = await page.getByTestId('split-row').filter({ hasText: 'Roermond' }).textContent();
    expect(roermond).toContain('€ 8.046,33');
    await page.getByLabel('Naam van deze verdeling').fill('Regionale kwartiermaker wonen');
    await page.getByRole('button', { name: 'Leg deze verdeling vast' }).click();
    await page.getByText('De verdeling is vastgelegd.').waitFor();
    await expect.poll(() => page.getByTestId('stored-split').count()).toBe(1);
    await shot('cost-split');
    await expectAccessible();

    // The finance page now says what the programme costs Roermond.
    await page.getByRole('link', { name: 'Financiën', exact: true }).first().click();
    await expect.poll(() => page.getByTestId('finance-gemeente').filter({ hasText: 'Roermond' }).textContent()).toContain('€ 8.046,33');
    await expectAccessible();

    // The XLSX download is offered and served.
    const api = await apiAsAdmin(server);
    const xlsx = await api(`/programmes/${SLUG}/finance.xlsx`);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
  });
});
