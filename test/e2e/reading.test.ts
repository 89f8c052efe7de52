import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAsAdmin, launchBrowser, signInAsAdmin, startServer, wcagViolations, type RunningServer } from './support';

/**
 * Reading a programme the way its people read it (issue 19): lists in tree order with paths, the
 * node page with its progress, contradictions flagged on the dashboard, and where an organisation
 * commits through a group. Screenshots go to $READING_SHOTS when set (looked at by hand).
 */
interface TreeRow {
  id: string;
  parentId: string | null;
  position: number;
  code: string | null;
  title: string;
}

function depthFirst(rows: TreeRow[]): TreeRow[] {
  const out: TreeRow[] = [];
  const walk = (parent: string | null) => {
    for (const r of rows.filter((x) => x.parentId === parent).sort((a, b) => a.position - b.position)) {
      out.push(r);
      walk(r.id);
    }
  };
  walk(null);
  return out;
}

describe('reading a programme in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let api: Awaited<ReturnType<typeof apiAsAdmin>>;
  const json = async <T>(path: string): Promise<T> => (await (await api(path)).json()) as T;
  const expectAccessible = async () => expect(await wcagViolations(page)).toEqual([]);
  const shot = async (name: string) => {
    const dir = process.env.READING_SHOTS;
    if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
  };
  const treeOrder = async (slug: string) => depthFirst((await json<{ nodes: TreeRow[] }>(`/programmes/${slug}/tree?shape=flat`)).nodes);

  beforeAll(async () => {
    // The demo start (three programmes, progress and monitor demo) can take over a minute on a loaded machine.
    server = await startServer({ startTimeoutMs: 180_000 });
    api = await apiAsAdmin(server);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInAsAdmin(page, server);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lists the planning and the look-back in tree order, with paths that tell repeated codes apart', async () => {
    const order = (await treeOrder('mjp-pkp-groningen')).map((n) => n.id);
    await page.goto(`${server.url}/programmas/mjp-pkp-groningen/voortgang/planning?jaar=2021`);
    await page.getByTestId('planning-row').first().waitFor();
    const rows = await page
      .getByTestId('planning-row')
      .locator('th a')
      .evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
    expect(rows.length).toBeGreaterThan(5);
    const ranks = rows.map((href) => order.indexOf(href.split('/').at(-1) ?? ''));
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    const headers = await page.getByTestId('planning-row').locator('th').allTextContents();
    expect(headers.some((h) => h.startsWith('Primaire preventie › 1 '))).toBe(true);
    expect(headers.some((h) => h.startsWith('Secundaire preventie › 1 '))).toBe(true);
    await page.getByTestId('demo-notice').waitFor();
    await expectAccessible();

    await page.goto(`${server.url}/programmas/meedoen-en-wonen-nml/voortgang/terugblik`);
    await page.locator('.rt-terugblik-item').first().waitFor();
    const nml = (await treeOrder('meedoen-en-wonen-nml')).map((n) => n.id);
    const items = await page.locator('.rt-terugblik-item').evaluateAll((els) =>
      els.map((el) => ({
        date: (el.querySelector('p')?.textContent ?? '').slice(0, 10),
        href: el.querySelector('h3 a')?.getAttribute('href') ?? '',
      })),
    );
    const byDate = new Map<string, number[]>();
    for (const i of items) byDate.set(i.date, [...(byDate.get(i.date) ?? []), nml.indexOf(i.href.split('/').at(-1) ?? '')]);
    for (const ranksOfDay of byDate.values()) expect([...ranksOfDay].sort((a, b) => a - b)).toEqual(ranksOfDay);
    expect(await page.locator('.rt-terugblik-item .rt-path').count()).toBeGreaterThan(0);
    await expectAccessible();
  });

  it('flags a contradiction on the dashboard as "controleren" and ignores it with a note', async () => {
    await page.goto(`${server.url}/programmas/meedoen-en-wonen-nml/voortgang`);
    const first = page.getByTestId('check').first();
    await first.waitFor();
    expect(await first.textContent()).toMatch(/controleren/i);
    await page.getByTestId('demo-notice').waitFor();
    await expectAccessible();
    await shot('dashboard');
    const before = await page.getByTestId('check').count();
    await first.locator('summary', { hasText: 'Signaal negeren' }).click();
    await first.getByLabel('Waarom klopt de status toch? (minstens 5 tekens)').fill('Besproken in het AST: de planning is aangepast.');
    await first.getByRole('button', { name: 'Signaal negeren' }).click();
    await page.getByText('Het signaal is genegeerd; uw notitie is bewaard.').waitFor();
    await expect.poll(() => page.getByTestId('check').count()).toBe(before - 1);
    await page.getByText(/Genegeerde signalen \(1\)/).waitFor();
    await expectAccessible();
  });

  it('shows a node page with status, milestones and latest updates, linked to its progress page and back', async () => {
    const progress = await json<{ nodes: { nodeId: string; derived: unknown; lastUpdate: unknown }[] }>(
      '/programmes/meedoen-en-wonen-nml/progress',
    );
    let nodeId = '';
    for (const n of progress.nodes.filter((x) => x.lastUpdate && !x.derived)) {
      const h = await json<{ milestones: unknown[]; updates: unknown[] }>(`/programmes/meedoen-en-wonen-nml/progress/nodes/${n.nodeId}`);
      if (h.milestones.length > 0 && h.updates.length > 0) {
        nodeId = n.nodeId;
        break;
      }
    }
    expect(nodeId).not.toBe('');
    await page.goto(`${server.url}/programmas/meedoen-en-wonen-nml/elementen/${nodeId}`);
    await page.getByTestId('node-progress').waitFor();
    expect(await page.getByTestId('node-status').textContent()).toMatch(/Groen|Oranje|Rood|Afgerond|Niet gestart|Vervallen/);
    expect(await page.getByTestId('node-milestones').locator('li').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('node-updates').locator('li').count()).toBeGreaterThan(0);
    // Text keeps its lists: no raw "- " bullets on the page.
    expect(await page.locator('main').textContent()).not.toMatch(/(^|\n)- /);
    await expectAccessible();
    await shot('node-page');
    await page.getByRole('link', { name: /Voortgang en updates van dit element|Alle \d+ updates/ }).click();
    await page.getByRole('link', { name: 'Terug naar het element' }).click();
    await page.getByTestId('node-progress').waitFor();
  });

  it('shows where a gemeente commits, also through the group "Groninger gemeenten"', async () => {
    const orgs = await json<{ items: { id: string; name: string }[] }>('/organisations');
    const wk = orgs.items.find((o) => o.name === 'Westerkwartier');
    if (!wk) throw new Error('Westerkwartier ontbreekt');
    await page.goto(`${server.url}/organisaties/${wk.id}/inzet`);
    await page.getByRole('heading', { level: 1, name: 'Waar zet Westerkwartier zich in?' }).waitFor();
    expect(await page.getByTestId('commit-groups').textContent()).toContain('Groninger gemeenten');
    const rows = page.getByTestId('commitment-row');
    expect(await rows.count()).toBeGreaterThan(3);
    expect(await rows.filter({ hasText: 'via Groninger gemeenten' }).count()).toBeGreaterThan(0);
    await expectAccessible();
    await shot('organisation');

    // The same through the tree filter and the DIN matrix.
    await page.goto(`${server.url}/programmas/mjp-pkp-groningen`);
    await page.getByLabel('Organisatie (ook via groep)').selectOption(wk.id);
    await page.getByRole('link', { name: 'Waar zet deze organisatie zich in?' }).waitFor();
    await expect.poll(() => page.getByTestId('tree-node').count()).toBeGreaterThan(3);
    await expectAccessible();
    await page.goto(`${server.url}/programmas/mjp-pkp-groningen/din?organisatie=${wk.id}`);
    await page.getByText('Inspanningen van Westerkwartier per doel, ook via Groninger gemeenten').first().waitFor();
    expect(await page.getByTestId('din-row').count()).toBe(14);
    await expectAccessible();
  });
});
