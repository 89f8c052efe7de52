import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAsAdmin, launchBrowser, startServer, wcagViolations, type RunningServer } from './support';

const SLUG = 'meedoen-en-wonen-nml';
const PASSWORD = 'een lang wachtwoord voor de kpi-test';
const SHOTS = process.env.KPI_SCREENSHOTS;

describe('KPIs in Chromium: a provider enters its figures, a reader sees chart, status and numbers', () => {
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
    // The demo (programmes, monitor episodes, KPIs) loads on first start: allow for a loaded machine.
    server = await startServer({ startTimeoutMs: 180_000 });
    browser = await launchBrowser();
    api = await apiAsAdmin(server);
    const programme = await json<{ id: string }>(`/programmes/${SLUG}`);
    const organisations = await json<{ items: { id: string; key: string }[] }>('/organisations');
    const peelhuis = organisations.items.find((o) => o.key === 'demo-peelhuis');
    if (!peelhuis) throw new Error('no demo provider Peelhuis');
    for (const [email, role, organisationId] of [
      ['rapporteur@peelhuis.example', 'rapporteur', peelhuis.id],
      ['lezer@gemeente.example', 'lezer', null],
    ] as const) {
      const account = await json<{ id: string }>('/accounts', {
        method: 'POST',
        body: JSON.stringify({ email, name: email.split('@')[0], password: PASSWORD, platformRoles: [] }),
      });
      await json(`/programmes/${programme.id}/members/${account.id}`, { method: 'PUT', body: JSON.stringify({ role, organisationId }) });
    }
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lets the provider fill in its own figures in one form and the reader see them', async () => {
    const provider = await openPage('rapporteur@peelhuis.example');
    await provider.goto(`${server.url}/programmas/${SLUG}/kpi/invoeren`);
    const rows = provider.getByTestId('kpi-entry-row');
    await rows.first().waitFor();
    // Only its own organisation's figures: one per indicator, all for Peelhuis.
    const legends = await provider.locator('legend').allTextContents();
    expect(legends.length).toBe(9);
    expect(legends.every((l) => l.includes('Demo-aanbieder Peelhuis'))).toBe(true);
    const uitstroom = provider.getByTestId('kpi-entry-row').filter({ hasText: 'BW-UITSTROOM' });
    const period = /in (H[12] \d{4})$/.exec((await uitstroom.locator('legend').textContent()) ?? '')?.[1];
    if (!period) throw new Error('no period in the legend');
    await uitstroom.getByLabel('Teller: na zes maanden zelfstandig').fill('9');
    await uitstroom.getByLabel('Noemer: uitgestroomd').fill('10');
    await provider
      .getByTestId('kpi-entry-row')
      .filter({ hasText: 'BW-TEVREDENHEID' })
      .getByLabel('Teller: som van de rapportcijfers')
      .fill('1.234,5');
    await provider.getByTestId('kpi-entry-row').filter({ hasText: 'BW-TEVREDENHEID' }).getByLabel('Noemer: respondenten').fill('160');
    await expectAccessible(provider, 'kpi-entry');
    await provider.getByRole('button', { name: 'Cijfers opslaan' }).click();
    await provider.getByTestId('kpi-entry-result').getByText('Opgeslagen: 9 nieuw, 0 bijgewerkt, 0 ongewijzigd.').waitFor();
    await provider.close();

    const reader = await openPage('lezer@gemeente.example');
    await reader.goto(`${server.url}/programmas/${SLUG}/kpi`);
    const row = reader.getByTestId('kpi-row').filter({ hasText: 'BW-UITSTROOM' });
    await row.waitFor();
    await reader.waitForLoadState('networkidle');
    // A reader delivers no figures: no entry or import control.
    expect(await reader.getByRole('link', { name: 'Cijfers invullen' }).count()).toBe(0);
    await expectAccessible(reader, 'kpi-overview');
    await row.getByRole('link', { name: /BW-UITSTROOM/ }).click();
    await reader.getByTestId('kpi-total-chart').waitFor();
    // The chart (an SVG with title and description), the status, and the numbers behind it.
    expect(await reader.getByTestId('kpi-total-chart').locator('svg[role="img"] title').textContent()).toBe(
      'Duurzame uitstroom: gerealiseerd tegenover het doel',
    );
    expect(await reader.getByTestId('kpi-status').textContent()).toMatch(/KPI-status: [●▲■?] (op koers|risico|niet op koers)/);
    const periodRow = reader
      .getByTestId('kpi-table')
      .getByRole('row')
      .filter({ has: reader.getByRole('rowheader', { name: period, exact: true }) });
    const cells = await periodRow.getByRole('cell').allTextContents();
    // Only Peelhuis delivered: the pooled total is its 9 / 10, the other three providers are unknown (not 0).
    expect(cells[0]).toBe('90% (zonder 3)');
    expect(cells.slice(1, 3)).toEqual(['9', '10']);
    expect(cells.filter((c) => c === 'onbekend')).toHaveLength(3);
    expect(cells).toContain('90%');
    await expectAccessible(reader, 'kpi-indicator');
    const tevreden = await json<{ table: { rows: string[][] } }>(`/programmes/${SLUG}/kpi/indicators/BW-TEVREDENHEID`);
    expect(tevreden.table.rows.find((r) => r[0] === period)?.[1]).toBe('7,7 (zonder 3)');
    await reader.close();
  });
});
