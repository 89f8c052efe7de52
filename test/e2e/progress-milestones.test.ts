import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAsAdmin, launchBrowser, signInAsAdmin, startServer, wcagViolations, type RunningServer } from './support';

const SLUG = 'meedoen-en-wonen-nml';

/** PUT …/milestones/:milestoneId from the node's progress page: edit, mark done, and a version conflict shown beside the input. */
describe('milestones in Chromium: edit, mark done, conflict', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let adminFetch: Awaited<ReturnType<typeof apiAsAdmin>>;
  const editForm = () => page.getByRole('form', { name: /Mijlpaal wijzigen/ });

  beforeAll(async () => {
    server = await startServer();
    adminFetch = await apiAsAdmin(server);
    browser = await launchBrowser();
    page = await browser.newPage();
    await signInAsAdmin(page, server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('edits a milestone, shows a stale edit beside the stored one, and marks it done', async () => {
    // A demo node with an open milestone.
    const progress = (await (await adminFetch(`/programmes/${SLUG}/progress`)).json()) as { nodes: { nodeId: string }[] };
    let found: { nodeId: string; m: { id: string; title: string; dueLabel: string; version: number } } | null = null;
    for (const n of progress.nodes) {
      const h = (await (await adminFetch(`/programmes/${SLUG}/progress/nodes/${n.nodeId}`)).json()) as {
        milestones: { id: string; title: string; dueLabel: string; doneDate: string | null; version: number }[];
      };
      const m = h.milestones.find((x) => !x.doneDate);
      if (m) {
        found = { nodeId: n.nodeId, m };
        break;
      }
    }
    if (!found) throw new Error('no open milestone in the demo');
    const { nodeId, m } = found;
    await page.goto(`${server.url}/programmas/${SLUG}/voortgang/elementen/${nodeId}`);
    await page.getByRole('heading', { name: 'Mijlpalen' }).waitFor();

    // 1. Edit the title.
    await page.getByRole('button', { name: `Wijzigen: ${m.title}` }).click();
    await editForm().getByLabel('Titel', { exact: true }).fill('Werkafspraken vastgelegd');
    await page.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await page.getByText('De mijlpaal is opgeslagen.').waitFor();
    await page.getByRole('button', { name: 'Wijzigen: Werkafspraken vastgelegd' }).waitFor();

    // 2. Open the form again; meanwhile someone else changes the milestone (version 2 → 3).
    await page.getByRole('button', { name: 'Wijzigen: Werkafspraken vastgelegd' }).click();
    const other = await adminFetch(`/programmes/${SLUG}/progress/milestones/${m.id}`, {
      method: 'PUT',
      body: JSON.stringify({ nodeId, title: 'Door een ander aangepast', doneDate: null, version: m.version + 1 }),
    });
    expect(other.status).toBe(200);
    await editForm().getByLabel('Titel', { exact: true }).fill('Mijn nieuwe titel');
    await page.getByRole('button', { name: 'Wijziging opslaan' }).click();
    const notice = page.getByTestId('conflict');
    await notice.waitFor();
    await expect.poll(() => notice.textContent()).toContain('Door een ander aangepast');
    expect(await notice.textContent()).toContain('Mijn nieuwe titel');
    expect(await wcagViolations(page)).toEqual([]);

    // 3. Re-apply my change on top of the stored version, with a done date: saved as version 4.
    await page.getByRole('button', { name: 'Mijn wijziging opnieuw toepassen op de huidige stand' }).click();
    await editForm().getByLabel('Gehaald op (dd-mm-jjjj; leeg: nog niet gehaald)').fill('01-03-2026');
    await page.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await page.getByText('De mijlpaal is opgeslagen.').waitFor();
    const after = (await (await adminFetch(`/programmes/${SLUG}/progress/nodes/${nodeId}`)).json()) as {
      milestones: { id: string; title: string; doneDate: string | null; version: number }[];
    };
    expect(after.milestones.find((x) => x.id === m.id)).toMatchObject({
      title: 'Mijn nieuwe titel',
      doneDate: '2026-03-01',
      version: m.version + 3,
    });
    await page.screenshot({ path: 'reports/milestone-edit.png', fullPage: true }).catch(() => undefined);
  });
});
