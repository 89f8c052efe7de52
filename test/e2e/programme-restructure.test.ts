import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAsAdmin, launchBrowser, signInAsAdmin, startServer, wcagViolations, type RunningServer } from './support';

/** Set SCREENSHOT_DIR to look at every screen (not committed). */
async function expectAccessible(page: Page, name: string) {
  const dir = process.env.SCREENSHOT_DIR;
  if (dir) await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
  expect(await wcagViolations(page)).toEqual([]);
}

interface FlatNode {
  id: string;
  parentId: string | null;
  position: number;
  code: string | null;
  title: string;
  version: number;
}
interface Effort {
  id: string;
  partner: { type: string; organisation?: { id: string; name: string }; group?: string };
  text: string | null;
  goalIds: string[];
  version: number;
}

const NML = 'meedoen-en-wonen-nml';
const GRONINGEN = 'mjp-pkp-groningen';

/**
 * The programme secretary restructures a tree (move, reorder, renumber, delete), corrects and
 * withdraws partners' efforts and links goals across programmes: as a user in Chromium, checking
 * after each step what the page says and what the API now holds.
 */
describe('restructuring a programme in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let api: Awaited<ReturnType<typeof apiAsAdmin>>;
  const json = async <T>(path: string): Promise<T> => (await (await api(path)).json()) as T;
  const tree = (slug: string) => json<{ nodes: FlatNode[] }>(`/programmes/${slug}/tree?shape=flat`).then((r) => r.nodes);
  const find = (nodes: FlatNode[], title: string) => {
    const n = nodes.find((x) => x.title === title);
    if (!n) throw new Error(`no node '${title}' in the demo data`);
    return n;
  };
  const openPage = async () => {
    const page = await browser.newPage();
    await signInAsAdmin(page, server);
    return page;
  };
  const status = (page: Page, testId: string) => page.getByTestId(testId);

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    api = await apiAsAdmin(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('moves a node with its children under another parent, then reorders it among its new siblings', async () => {
    const before = await tree(NML);
    const ambition = find(before, 'Meer preventie');
    const pillar2 = find(before, 'Wonen & Thuis zijn in de wijk');
    const children = before.filter((n) => n.parentId === ambition.id);
    expect(children).toHaveLength(3);

    const page = await openPage();
    await page.goto(`${server.url}/programmas/${NML}/elementen/${ambition.id}`);
    await page.getByText('Plaats 1 van 4 onder ‘1 Meedoen & Erbij horen’.').waitFor();
    await expectAccessible(page, 'restructure-node');

    await page.getByRole('button', { name: 'Verplaatsen…' }).click();
    const dialog = page.getByRole('dialog', { name: '‘Meer preventie’ verplaatsen' });
    await dialog.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('‘Meer preventie’ verplaatsen');
    // Neither the node itself nor anything below it can be its new parent.
    const targets = dialog.getByTestId('move-targets');
    await targets.getByLabel(/Meedoen & Erbij horen/).waitFor();
    for (const n of [ambition, ...children]) expect(await targets.getByLabel(n.title, { exact: false }).count()).toBe(0);
    await expectAccessible(page, 'restructure-move-dialog');

    await dialog.getByLabel('Zoek een element op code of titel').fill('wonen & thuis');
    await targets.getByLabel(/Wonen & Thuis zijn in de wijk/).check();
    await dialog.getByLabel('Plaats').selectOption({ label: 'Als eerste' });
    await dialog.getByText('Nieuwe plek: onder ‘2 Wonen & Thuis zijn in de wijk’, plaats 1 van 4.').waitFor();
    await dialog.getByRole('button', { name: 'Verplaatsen', exact: true }).click();
    await status(page, 'structure-status')
      .getByText('‘Meer preventie’ staat nu onder ‘2 Wonen & Thuis zijn in de wijk’, op plaats 1 van 4.')
      .waitFor();
    expect(await dialog.count()).toBe(0);
    await page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link', { name: '2 Wonen & Thuis zijn in de wijk' }).waitFor();
    await page.getByText('Plaats 1 van 4 onder ‘2 Wonen & Thuis zijn in de wijk’.').waitFor();
    let now = await tree(NML);
    expect(find(now, 'Meer preventie')).toMatchObject({ parentId: pillar2.id, position: 0 });
    expect(now.filter((n) => n.parentId === ambition.id).map((n) => n.id)).toEqual(children.map((n) => n.id));

    // One step down, and back up; at the top "Omhoog" stays focusable but does nothing.
    await page.getByRole('button', { name: 'Omlaag' }).click();
    await status(page, 'structure-status').getByText('Verplaatst naar plaats 2 van 4.').waitFor();
    await page.getByText('Plaats 2 van 4 onder ‘2 Wonen & Thuis zijn in de wijk’.').waitFor();
    now = await tree(NML);
    expect(find(now, 'Meer preventie').position).toBe(1);
    expect(find(now, 'Doorzetten transformatie van opvang en beschermd wonen').position).toBe(0);
    await page.getByRole('button', { name: 'Omhoog' }).click();
    await page.getByText('Plaats 1 van 4 onder ‘2 Wonen & Thuis zijn in de wijk’.').waitFor();
    expect(await page.getByRole('button', { name: 'Omhoog' }).getAttribute('aria-disabled')).toBe('true');
    expect(find(await tree(NML), 'Meer preventie').position).toBe(0);
    await expectAccessible(page, 'restructure-node-after-move');
  });

  it('renumbers the codes after a preview of old → new', async () => {
    const page = await openPage();
    await page.goto(`${server.url}/programmas/${NML}`);
    await page.getByRole('button', { name: 'Codes hernummeren…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Codes hernummeren' });
    await dialog.waitFor();
    // The numbering each level already uses is the starting point: 1, (none), I.
    expect(await dialog.getByLabel('Niveau 1: Pijler').inputValue()).toBe('getal');
    expect(await dialog.getByLabel('Niveau 3: Activiteit').inputValue()).toBe('romeins');
    const row = (title: string) => dialog.getByTestId('renumber-row').filter({ hasText: title });
    await expect.poll(() => row('Meer preventie').locator('td').allTextContents()).toEqual(['geen code', '2.1']);
    await expect.poll(() => row('Deelnemen aan de Preventiescanner Dakloosheid').locator('td').allTextContents()).toEqual(['I', '2.1.I']);
    await expectAccessible(page, 'restructure-renumber-dialog');

    await dialog.getByLabel('Niveau 3: Activiteit').selectOption('getal');
    await expect.poll(() => row('Deelnemen aan de Preventiescanner Dakloosheid').locator('td').allTextContents()).toEqual(['I', '2.1.1']);
    const caption = (await dialog.locator('caption').textContent()) ?? '';
    const changing = Number(/\((\d+) van \d+\)/.exec(caption)?.[1]);
    expect(changing).toBe(await dialog.getByTestId('renumber-row').count());

    await dialog.getByRole('button', { name: 'Nieuwe codes toepassen' }).click();
    await status(page, 'tree-status').getByText(`Codes hernummerd: ${changing} gewijzigd.`).waitFor();
    const shown = page.locator('.rt-tree__row', { has: page.getByRole('link', { name: 'Meer preventie', exact: true }) });
    await expect.poll(() => shown.locator('.rt-tree__code').textContent()).toBe('2.1');
    const now = await tree(NML);
    expect(find(now, 'Meer preventie').code).toBe('2.1');
    expect(find(now, 'Deelnemen aan de Preventiescanner Dakloosheid').code).toBe('2.1.1');
    expect(find(now, 'Meedoen & Erbij horen').code).toBe('1');

    // Applied: the same numbering now changes nothing.
    await page.getByRole('button', { name: 'Codes hernummeren…' }).click();
    await dialog.getByLabel('Niveau 3: Activiteit').selectOption('getal');
    await dialog.getByTestId('renumber-none').waitFor();
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('deletes a node with its children after a confirmation that lists them, and says so on the parent page', async () => {
    const before = await tree(NML);
    const ambition = find(before, 'Meer preventie');
    const doomed = [ambition.id, ...before.filter((n) => n.parentId === ambition.id).map((n) => n.id)];
    const page = await openPage();
    await page.goto(`${server.url}/programmas/${NML}/elementen/${ambition.id}`);
    await page.getByRole('button', { name: 'Verwijderen…' }).click();
    const dialog = page.getByRole('alertdialog', { name: '‘2.1 Meer preventie’ verwijderen?' });
    await dialog.waitFor();
    await dialog.getByText('Onderliggende elementen die mee worden verwijderd (3):').waitFor();
    expect(await dialog.getByTestId('delete-children').getByRole('listitem').allTextContents()).toEqual([
      'Activiteit 2.1.1 Deelnemen aan de Preventiescanner Dakloosheid',
      'Activiteit 2.1.2 Basispakket (oggz-)preventieactiviteiten invoeren',
      'Activiteit 2.1.3 Innovatieve vormen van preventie verkennen',
    ]);
    // The safe choice has the focus.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Annuleren');
    await expectAccessible(page, 'restructure-delete-dialog');

    await dialog.getByRole('button', { name: 'Definitief verwijderen' }).click();
    await page.waitForURL(`${server.url}/programmas/${NML}/elementen/${ambition.parentId}`);
    await page.getByTestId('flash').getByText('‘2.1 Meer preventie’ is verwijderd, samen met 3 onderliggende elementen.').waitFor();
    await page.getByRole('heading', { level: 1, name: '2 Wonen & Thuis zijn in de wijk' }).waitFor();
    const childList = page.getByRole('heading', { level: 2, name: 'Onderliggende elementen' }).locator('xpath=following-sibling::ul[1]');
    await expect.poll(() => childList.getByRole('listitem').count()).toBe(3);
    expect(await page.getByRole('link', { name: '2.1 Meer preventie' }).count()).toBe(0);
    await expectAccessible(page, 'restructure-after-delete');

    const now = await tree(NML);
    expect(now).toHaveLength(before.length - 4);
    expect(now.filter((n) => doomed.includes(n.id))).toEqual([]);
    expect((await api(`/programmes/${NML}/nodes/${ambition.id}`)).status).toBe(404);
  });

  it('edits an effort (also after someone else changed it) and deletes another', async () => {
    const goal = find(await tree(GRONINGEN), 'Leefstijl');
    const efforts = async () =>
      (await json<{ items: Effort[] }>(`/programmes/${GRONINGEN}/efforts`)).items.filter((e) => e.goalIds.includes(goal.id));
    const menzis = (await efforts()).find((e) => e.partner.organisation?.name === 'Menzis');
    if (!menzis) throw new Error('no Menzis effort on Leefstijl in the demo data');

    const page = await openPage();
    await page.goto(`${server.url}/programmas/${GRONINGEN}/elementen/${goal.id}`);
    const rows = page.getByTestId('effort-row');
    await expect.poll(() => rows.count()).toBe(3);

    await page.getByRole('button', { name: 'Wijzigen: inspanning van Menzis' }).click();
    let dialog = page.getByRole('dialog', { name: 'Inspanning van Menzis wijzigen' });
    await dialog.waitFor();
    // The same form as for a new effort, filled in with what is stored.
    expect(await dialog.getByLabel('Partner', { exact: true }).inputValue()).toBe(`org:${menzis.partner.organisation?.id}`);
    expect(await dialog.getByLabel('Wat doet deze partner?').inputValue()).toBe(menzis.text);
    await expectAccessible(page, 'restructure-effort-edit');
    await dialog.getByLabel('Wat doet deze partner?').fill('Menzis neemt leefstijl op in alle zorgcontracten');
    await dialog.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await status(page, 'effort-status').getByText('Inspanning van Menzis gewijzigd.').waitFor();
    await rows.filter({ hasText: 'Menzis neemt leefstijl op in alle zorgcontracten' }).waitFor();
    let stored = (await efforts()).find((e) => e.id === menzis.id);
    expect(stored).toMatchObject({
      text: 'Menzis neemt leefstijl op in alle zorgcontracten',
      version: menzis.version + 1,
      goalIds: [goal.id],
    });

    // A colleague saves first: the dialog shows their text beside mine, and I re-apply mine.
    await page.getByRole('button', { name: 'Wijzigen: inspanning van Menzis' }).click();
    dialog = page.getByRole('dialog', { name: 'Inspanning van Menzis wijzigen' });
    await dialog.getByLabel('Wat doet deze partner?').fill('Mijn versie van de toezegging');
    const colleague = await api(`/programmes/${GRONINGEN}/efforts/${menzis.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ version: menzis.version + 1, text: 'Tekst van een collega' }),
    });
    expect(colleague.status).toBe(200);
    await dialog.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    const conflict = dialog.getByTestId('conflict');
    await conflict.getByRole('cell', { name: 'Tekst van een collega' }).waitFor();
    await conflict.getByRole('cell', { name: 'Mijn versie van de toezegging' }).waitFor();
    await expectAccessible(page, 'restructure-effort-conflict');
    await conflict.getByRole('button', { name: 'Mijn wijziging opnieuw toepassen op de huidige stand' }).click();
    await dialog.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await rows.filter({ hasText: 'Mijn versie van de toezegging' }).waitFor();
    stored = (await efforts()).find((e) => e.id === menzis.id);
    expect(stored).toMatchObject({ text: 'Mijn versie van de toezegging', version: menzis.version + 3 });

    // Withdraw the providers' commitment.
    await page.getByRole('button', { name: 'Verwijderen: inspanning van Aanbieders' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Inspanning van Aanbieders verwijderen?' });
    await confirm.getByText(/^Aanbieders zegt toe: “/).waitFor();
    await expectAccessible(page, 'restructure-effort-delete');
    await confirm.getByRole('button', { name: 'Inspanning verwijderen' }).click();
    await status(page, 'effort-status').getByText('Inspanning van Aanbieders verwijderd.').waitFor();
    await expect.poll(() => rows.count()).toBe(2);
    expect((await efforts()).map((e) => e.partner.organisation?.name ?? e.partner.group).sort()).toEqual(['Groninger gemeenten', 'Menzis']);
  });

  it('links a goal to a node of another programme, follows the link there, and removes it', async () => {
    const goal = find(await tree(GRONINGEN), 'Leefstijl');
    const other = find(await tree(NML), 'Regionale publiekscampagne tegen stigmatisering');
    const nml = await json<{ title: string; shortName: string }>(`/programmes/${NML}`);
    const groningen = await json<{ title: string }>(`/programmes/${GRONINGEN}`);
    const otherName = `${other.code} ${other.title}`;

    const page = await openPage();
    await page.goto(`${server.url}/programmas/${GRONINGEN}/elementen/${goal.id}`);
    await page.getByText('Geen verbindingen met andere elementen.').waitFor();
    await page.getByRole('button', { name: 'Verbinding toevoegen' }).click();
    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Verbinding toevoegen' }) });
    await form.getByRole('button', { name: 'Verbinding opslaan' }).click();
    await form.locator('.utrecht-form-field-error-message', { hasText: 'Kies een soort verbinding.' }).waitFor();
    await form.getByLabel('Soort verbinding').selectOption({ label: 'Dit element draagt bij aan …' });
    await form.getByLabel('Programma van het andere element').selectOption({ label: nml.shortName });
    await expect.poll(() => form.getByLabel('Element', { exact: true }).locator(`option[value="${other.id}"]`).count()).toBe(1);
    await form.getByLabel('Element', { exact: true }).selectOption(other.id);
    await form.getByLabel('Toelichting (niet verplicht)').fill('De campagne helpt ook leefstijl bespreekbaar te maken');
    await expectAccessible(page, 'restructure-link-form');
    await form.getByRole('button', { name: 'Verbinding opslaan' }).click();
    await status(page, 'link-status').getByText(`Verbinding met ‘${otherName}’ toegevoegd.`).waitFor();
    const row = page.getByTestId('link-row');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('th').textContent()).toBe(`Dit element draagt bij aan ${otherName}`);
    expect(await row.locator('td').allTextContents()).toEqual([
      nml.title,
      'De campagne helpt ook leefstijl bespreekbaar te maken',
      'Verwijderen',
    ]);
    const stored = await json<{ links: { id: string; direction: string; kind: string; node: { id: string } }[] }>(
      `/programmes/${GRONINGEN}/nodes/${goal.id}`,
    );
    expect(stored.links).toMatchObject([{ direction: 'uit', kind: 'draagt-bij-aan', node: { id: other.id } }]);
    await expectAccessible(page, 'restructure-links');

    // The other programme's node shows the link coming in, naming this programme.
    await row.getByRole('link', { name: otherName }).click();
    await page.getByRole('heading', { level: 1, name: otherName }).waitFor();
    const incoming = page.getByTestId('link-row');
    await expect.poll(() => incoming.locator('th').textContent()).toBe(`${goal.code} Leefstijl draagt bij aan dit element`);
    expect(await incoming.locator('td').first().textContent()).toBe(groningen.title);
    await page.goBack();

    await page.getByRole('button', { name: `Verwijderen: verbinding met ${otherName}` }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Verbinding verwijderen?' });
    await confirm.getByText(`Dit element draagt bij aan ${otherName}`).waitFor();
    await expectAccessible(page, 'restructure-link-delete');
    await confirm.getByRole('button', { name: 'Verbinding verwijderen' }).click();
    await status(page, 'link-status').getByText(`Verbinding met ‘${otherName}’ verwijderd.`).waitFor();
    await page.getByText('Geen verbindingen met andere elementen.').waitFor();
    expect((await json<{ links: unknown[] }>(`/programmes/${GRONINGEN}/nodes/${goal.id}`)).links).toEqual([]);
  });
});
