import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAsAdmin, launchBrowser, startServer, wcagViolations, type RunningServer } from './support';

const SLUG = 'meedoen-en-wonen-nml';
const PASSWORD = 'een lang wachtwoord voor de indicatortest';
const SHOTS = process.env.KPI_SCREENSHOTS;
const DOMAINS =
  'Financiën;Werk & opleiding;Tijdsbesteding;Huisvesting;Huiselijke relaties;Geestelijke gezondheid;' +
  'Lichamelijke gezondheid;Middelengebruik;Basale ADL;Instrumentele ADL;Sociaal netwerk;Maatschappelijke participatie;Justitie';

describe('KPIs in Chromium: a beheerder defines an indicator, a provider reports, a reader sees it; ZRM import', () => {
  let server: RunningServer;
  let browser: Browser;
  let api: Awaited<ReturnType<typeof apiAsAdmin>>;
  const json = async <T>(path: string, init?: RequestInit): Promise<T> => {
    const res = await api(path, init);
    if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const openPage = async (email: string) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const res = await page.request.post(`${server.url}/api/auth/login`, {
      headers: { 'x-csrf-token': 'inloggen' },
      data: { email, password: PASSWORD },
    });
    if (!res.ok()) throw new Error(`inloggen als ${email} mislukt: ${res.status()}`);
    return page;
  };
  const expectAccessible = async (page: Page, name: string) => {
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
    expect(await wcagViolations(page)).toEqual([]);
  };

  beforeAll(async () => {
    server = await startServer({ startTimeoutMs: 420_000 });
    browser = await launchBrowser();
    api = await apiAsAdmin(server);
    const programme = await json<{ id: string }>(`/programmes/${SLUG}`);
    const organisations = await json<{ items: { id: string; key: string }[] }>('/organisations');
    const peelhuis = organisations.items.find((o) => o.key === 'demo-peelhuis');
    if (!peelhuis) throw new Error('no demo provider Peelhuis');
    for (const [email, role, organisationId] of [
      ['beheer@programma.example', 'beheerder', null],
      ['rapport@peelhuis.example', 'rapporteur', peelhuis.id],
      ['lees@gemeente.example', 'lezer', null],
    ] as const) {
      const account = await json<{ id: string }>('/accounts', {
        method: 'POST',
        body: JSON.stringify({ email, name: email.split('@')[0], password: PASSWORD, platformRoles: [] }),
      });
      await json(`/programmes/${programme.id}/members/${account.id}`, { method: 'PUT', body: JSON.stringify({ role, organisationId }) });
    }
  }, 480_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('creates an indicator with a target in procentpunten in the browser; the provider enters its figure; the reader sees status and chart', async () => {
    const admin = await openPage('beheer@programma.example');
    await admin.goto(`${server.url}/programmas/${SLUG}/kpi`);
    await admin.getByRole('link', { name: 'Indicator toevoegen' }).click();
    const form = admin.getByTestId('indicator-form');
    await form.waitFor();
    await form.getByLabel('Code', { exact: true }).fill('BW-ROKEN');
    await form.getByLabel('Naam', { exact: true }).fill('Cliënten die roken');
    await form.getByLabel('Eenheid', { exact: true }).selectOption('percent');
    await form.getByLabel('Wat is beter?').selectOption('lager');
    await form.getByLabel(/Dit is een verhouding/).check();
    await form.getByLabel(/^Teller/).fill('rokende cliënten');
    await form.getByLabel(/^Noemer/).fill('cliënten in zorg');
    await form.getByLabel('Waarde van de nulmeting').fill('40');
    await form.getByLabel('Datum van de nulmeting (dd-mm-jjjj)').fill('31-12-2023');
    await form.getByLabel('Gemeten per').selectOption('aanbieder');
    await form.getByLabel('Hoe vaak').selectOption('halfjaar');
    await form.getByLabel('Demo-aanbieder Peelhuis').check();
    await form.getByRole('button', { name: 'Doel toevoegen' }).click();
    const target = form.getByTestId('kpi-target');
    await target.getByLabel('Soort doel').selectOption('relatief');
    await target.getByLabel('Verandering in').selectOption('procentpunt');
    // A "%" in a change in procentpunten is refused at the field: the two units are never mixed up.
    await target.getByLabel(/^Verandering \(negatief/).fill('-5%');
    await target.getByLabel('Te halen op (dd-mm-jjjj)').fill('31-12-2027');
    await form.getByRole('button', { name: 'Indicator opslaan' }).click();
    await form.getByText('Vul een getal in met een komma voor decimalen, bijvoorbeeld 12,5 of 1.234.').first().waitFor();
    await target.getByLabel(/^Verandering \(negatief/).fill('-5');
    await expectAccessible(admin, 'kpi-indicator-form');
    await form.getByRole('button', { name: 'Indicator opslaan' }).click();
    await admin.getByRole('heading', { level: 1, name: /BW-ROKEN Cliënten die roken/ }).waitFor();
    expect(await admin.getByText(/procentpunt/).count()).toBeGreaterThan(0);
    await admin.close();

    const provider = await openPage('rapport@peelhuis.example');
    await provider.goto(`${server.url}/programmas/${SLUG}/kpi/invoeren`);
    const row = provider.getByTestId('kpi-entry-row').filter({ hasText: 'BW-ROKEN' });
    await row.waitFor();
    await row.getByLabel('Teller: rokende cliënten').fill('34');
    await row.getByLabel('Noemer: cliënten in zorg').fill('100');
    await provider.getByRole('button', { name: 'Cijfers opslaan' }).click();
    await provider
      .getByTestId('kpi-entry-result')
      .getByText(/Opgeslagen:/)
      .waitFor();
    await provider.close();

    const reader = await openPage('lees@gemeente.example');
    await reader.goto(`${server.url}/programmas/${SLUG}/kpi`);
    await reader
      .getByTestId('kpi-row')
      .filter({ hasText: 'BW-ROKEN' })
      .getByRole('link', { name: /BW-ROKEN/ })
      .click();
    await reader.getByTestId('kpi-total-chart').waitFor();
    expect(await reader.getByTestId('kpi-status').textContent()).toMatch(/KPI-status: [●▲■?] (op koers|risico|niet op koers)/);
    expect(await reader.getByTestId('kpi-table').textContent()).toContain('34%');
    // A reader cannot edit the definition.
    expect(await reader.getByRole('link', { name: 'Indicator en doelen bewerken' }).count()).toBe(0);
    await reader.waitForLoadState('networkidle');
    await expectAccessible(reader, 'kpi-indicator-new');
    await reader.close();
  });

  it('imports ZRM assessments through the page: preview, then all at once; the outcomes stay suppressed', async () => {
    const provider = await openPage('rapport@peelhuis.example');
    await provider.goto(`${server.url}/programmas/${SLUG}/kpi/zrm`);
    await provider.getByRole('link', { name: 'ZRM-metingen importeren' }).click();
    const scores = (v: number) => Array.from({ length: 13 }, () => String(v)).join(';');
    const lines = [`client;aanbieder;datum;meting;${DOMAINS}`];
    for (let c = 0; c < 3; c++) {
      lines.push(`e2e-${c};demo-peelhuis;01-03-2026;start;${scores(2)}`, `e2e-${c};demo-peelhuis;01-09-2026;vervolg;${scores(3)}`);
    }
    await provider
      .locator('input[type="file"]')
      .setInputFiles({ name: 'zrm.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    await provider.getByRole('button', { name: 'Controleren' }).click();
    await provider.getByTestId('zrm-pairs-after').waitFor();
    await expectAccessible(provider, 'kpi-zrm-import-preview');
    await provider.getByRole('button', { name: 'Importeren' }).click();
    await provider.getByTestId('zrm-import-result').getByText('Geïmporteerd: 6 nieuwe metingen (0 stonden er al).').waitFor();
    await provider.getByRole('link', { name: 'Naar de ZRM-uitkomsten' }).first().click();
    await provider.getByRole('heading', { level: 1, name: 'ZRM-uitkomsten' }).waitFor();
    await provider.waitForLoadState('networkidle');
    await expectAccessible(provider, 'kpi-zrm-after-import');
    await provider.close();
  });
});
