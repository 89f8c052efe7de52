import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startServer, wcagViolations, type RunningServer, signInAsAdmin, apiAsAdmin } from './support';

interface NodeState {
  nodeId: string;
  parentId: string | null;
  level: number;
  title: string;
  status: string | null;
  derived: { status: string | null } | null;
  override: { reason: string } | null;
}

const SLUG = 'meedoen-en-wonen-nml';

describe('progress cycle in Chromium: update → roll-up → override → lock → later update', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let adminFetch: Awaited<ReturnType<typeof apiAsAdmin>>;
  const api = async (path: string) => (await adminFetch(`/programmes/${SLUG}/progress${path}`)).json();
  const state = async (query = '') => (await api(query)).nodes as NodeState[];
  const expectAccessible = async () => expect(await wcagViolations(page)).toEqual([]);

  beforeAll(async () => {
    server = await startServer();
    adminFetch = await apiAsAdmin(server);
    browser = await launchBrowser();
    page = await browser.newPage();
    await signInAsAdmin(page, server);
    page.on('dialog', (d) => void d.accept());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('runs the whole reporting cycle and every page passes axe', async () => {
    const year = new Date().getFullYear();
    // A period that contains today, added through the periods page.
    await page.goto(`${server.url}/programmas/${SLUG}/voortgang/perioden`);
    await page.getByRole('heading', { level: 1, name: 'Rapportageperiodes' }).waitFor();
    await page.getByLabel('Jaar').fill(String(year));
    await page.getByRole('button', { name: 'Voeg vier kwartalen toe' }).click();
    await page.getByText('4 periodes toegevoegd.').waitFor();
    await expectAccessible();
    const periods = (await api('/periods')).items as { id: string; label: string; current: boolean }[];
    const current = periods.find((p) => p.current);
    if (!current) throw new Error('no current period');

    // A parent (Ambitie) without an override, with children that are not vervallen.
    const before = await state();
    const parent = before.find(
      (n) => n.level === 1 && !n.override && n.derived && n.status !== 'rood' && before.some((c) => c.parentId === n.nodeId),
    );
    if (!parent) throw new Error('no suitable parent in the demo');
    const child = before.find((c) => c.parentId === parent.nodeId && c.status !== 'vervallen');
    if (!child) throw new Error('no child');

    // 1. The owner posts a red update on the child.
    await page.goto(`${server.url}/programmas/${SLUG}/voortgang/elementen/${child.nodeId}`);
    await page.getByRole('heading', { level: 2, name: 'Update plaatsen' }).waitFor();
    await page.getByLabel('Status', { exact: true }).selectOption('rood');
    await page.getByLabel('Percentage gereed (0–100, mag leeg)').fill('40');
    await page.getByLabel('Aandachtspunten').fill('Projectleider valt weg; vervanging wordt gezocht.');
    await page.getByRole('button', { name: 'Update plaatsen' }).click();
    await page.getByText('De update is geplaatst.').waitFor();
    await expect.poll(() => page.getByTestId('history-row').first().textContent()).toContain('Rood');
    await expectAccessible();

    // 2. The parent turns red by the worst-of rule, and the page explains why.
    await page.goto(`${server.url}/programmas/${SLUG}/voortgang/elementen/${parent.nodeId}`);
    await expect.poll(() => page.getByTestId('current-status').textContent()).toContain('Rood: achter of geblokkeerd (afgeleid)');
    await page.getByRole('heading', { name: 'Uitleg van de afgeleide stand' }).waitFor();
    expect(await page.locator('.rt-uitleg').textContent()).toContain(child.title);
    await expectAccessible();

    // 3. A manager overrides it with a reason; the derived value stays visible.
    await page.getByLabel('Status die geldt').selectOption('oranje');
    await page
      .getByLabel('Reden van de overschrijving (minstens 10 tekens)')
      .fill('Vervanging is geregeld per volgende maand, besproken in het AST.');
    await page.getByRole('button', { name: 'Overschrijven' }).click();
    await page.getByText('De overschrijving is opgeslagen.').waitFor();
    await expect.poll(() => page.getByTestId('current-status').textContent()).toContain('Oranje: aandacht nodig (overschreven)');
    expect(await page.getByTestId('derived-status').textContent()).toContain('Rood');
    expect(await page.getByTestId('override-reason').textContent()).toContain('besproken in het AST');
    await expectAccessible();

    // 4. The current period is locked.
    await page.goto(`${server.url}/programmas/${SLUG}/voortgang/perioden`);
    await page.getByRole('button', { name: `Vergrendel ${current.label}` }).click();
    await page.getByText(`Periode ${current.label} is vergrendeld`).waitFor();

    // 5. A later update changes the live state but not the locked snapshot.
    await page.goto(`${server.url}/programmas/${SLUG}/voortgang/elementen/${child.nodeId}`);
    await page.getByLabel('Status', { exact: true }).selectOption('groen');
    await page.getByRole('button', { name: 'Update plaatsen' }).click();
    await page.getByText('De update is geplaatst.').waitFor();
    const live = await state();
    const frozen = await state(`?periodId=${current.id}`);
    const find = (list: NodeState[], id: string) => list.find((n) => n.nodeId === id);
    expect(find(live, child.nodeId)?.status).toBe('groen');
    expect(find(frozen, child.nodeId)?.status).toBe('rood');
    expect(find(frozen, parent.nodeId)).toMatchObject({ status: 'oranje', derived: { status: 'rood' } });
    expect(find(live, parent.nodeId)?.derived?.status).not.toBe('rood');

    // The dashboard shows the frozen period on request, with text labels beside the colours.
    await page.goto(`${server.url}/programmas/${SLUG}/voortgang?periode=${current.id}`);
    await page.getByText(`Bevroren stand van de vergrendelde periode ${current.label}`).waitFor();
    expect(await page.getByTestId('level-row').count()).toBeGreaterThan(0);
    await expectAccessible();

    for (const [path, heading] of [
      ['', 'Stoplichten'],
      ['/mijn-updates', 'Mijn updates'],
      ['/planning?jaar=2023', 'Kwartaalplanning 2023'],
      ['/tijdlijn', 'Tijdlijn'],
      ['/terugblik', 'Terugblik'],
    ] as const) {
      await page.goto(`${server.url}/programmas/${SLUG}/voortgang${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await expect.poll(() => page.getByText('Bezig met laden…').count()).toBe(0);
      await expectAccessible();
    }
    // The quarter plan carries the demo milestones, labelled as demo where they are listed.
    await page.goto(`${server.url}/programmas/${SLUG}/voortgang/planning?jaar=2023`);
    await expect.poll(() => page.locator('.rt-milestone').count()).toBeGreaterThan(0);
    // English is available too, with the same text labels beside the colours.
    await page.goto(`${server.url}/programmas/${SLUG}/voortgang`);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Traffic lights' }).waitFor();
    expect(await page.locator('thead').first().textContent()).toContain('Red');
    await expectAccessible();
  });
});
