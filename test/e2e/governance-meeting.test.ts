import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAsAdmin, launchBrowser, signInAsAdmin, startServer, wcagViolations, type RunningServer } from './support';

const SLUG = 'meedoen-en-wonen-nml';
const OVERLEG = 'Regionaal beleidsoverleg Meedoen en Wonen';
/** Set RT_SCREENSHOTS=<dir> to keep a PNG of every page this test visits. */
const SHOTS = process.env.RT_SCREENSHOTS;

describe('governance in Chromium: a meeting from agenda to decisions and actions, closed', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let adminFetch: Awaited<ReturnType<typeof apiAsAdmin>>;
  const expectAccessible = async () => expect(await wcagViolations(page)).toEqual([]);
  const shot = async (name: string) => {
    if (!SHOTS) return;
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  };

  beforeAll(async () => {
    // The full demo on a loaded machine can take longer than the default minute to start.
    server = await startServer({ startTimeoutMs: 180_000 });
    adminFetch = await apiAsAdmin(server);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInAsAdmin(page, server);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the bodies with their relations, a body with a vacant seat, and plans a meeting', async () => {
    await page.goto(`${server.url}/programmas/${SLUG}`);
    await page.getByRole('link', { name: 'Overleg', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Overleggen' }).waitFor();
    const rows = page.getByTestId('body-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(4);
    const overlegRow = rows.filter({ has: page.getByRole('link', { name: OVERLEG, exact: true }) });
    expect(await overlegRow.textContent()).toContain('verwijst naar Dagelijks bestuur MGR');
    expect(await rows.filter({ hasText: 'Accountgesprek' }).textContent()).toContain(`valt onder ${OVERLEG}`);
    await expectAccessible();
    await shot('bodies');

    await overlegRow.getByRole('link', { name: OVERLEG }).click();
    await page.getByRole('heading', { level: 1, name: OVERLEG }).waitFor();
    expect(await page.getByTestId('seat-row').first().textContent()).toContain('Vacant');
    await expectAccessible();
    await shot('body');

    // Edit the body: its duration as written and a steered node; the page shows the saved values.
    await page.getByRole('button', { name: 'Overleg wijzigen' }).click();
    const edit = page.getByRole('form', { name: 'Overleg wijzigen' });
    await edit.getByLabel('Duur').fill('2 uur (e2e)');
    await expectAccessible();
    await shot('body-edit');
    await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByTestId('body-notice').getByText('Het overleg is opgeslagen.').waitFor();
    await page.getByText('2 uur (e2e)').waitFor();

    // A seat on behalf of two organisations.
    const seatForm = page.getByRole('form', { name: 'Zetel toevoegen' });
    await seatForm.getByLabel('Rol').fill('adviseur');
    const first = seatForm.getByLabel('Namens organisatie 1', { exact: true });
    const orgA = (await first.locator('option').nth(1).textContent()) ?? '';
    await first.selectOption({ index: 1 });
    await seatForm.getByRole('button', { name: 'Nog een: Namens organisatie' }).click();
    const second = seatForm.getByLabel('Namens organisatie 2', { exact: true });
    const orgB = (await second.locator('option').nth(2).textContent()) ?? '';
    await second.selectOption({ index: 2 });
    await seatForm.getByRole('button', { name: 'Zetel toevoegen' }).click();
    await page.getByTestId('body-notice').getByText('De zetel is toegevoegd.').waitFor();
    const advisor = page.getByTestId('seat-row').filter({ has: page.getByRole('rowheader', { name: 'adviseur', exact: true }) });
    expect(await advisor.textContent()).toContain(`${orgA}, ${orgB}`);
    await expectAccessible();

    const today = new Date().toISOString().slice(0, 10);
    await page.getByLabel('Datum', { exact: true }).fill(`${today.slice(8, 10)}-${today.slice(5, 7)}-${today.slice(0, 4)}`);
    await page.getByRole('button', { name: 'Vergadering plannen' }).click();
    await page.getByTestId('body-notice').getByText('is gepland').waitFor();
    const dutchToday = `${today.slice(8, 10)}-${today.slice(5, 7)}-${today.slice(0, 4)}`;
    await page.getByTestId('meeting-row').getByRole('link', { name: dutchToday }).click();
    await page.getByRole('heading', { level: 1, name: `Vergadering ${OVERLEG} van ${dutchToday}` }).waitFor();
  });

  it('runs the meeting: agenda with the node’s progress, carried action done, decision, new action, minutes; then closes it', async () => {
    const meetingUrl = page.url();
    // The agenda item about an ambition pulls in what was reported since the previous meeting.
    const nodes = (await (await adminFetch(`/programmes/${SLUG}/progress`)).json()).nodes as { nodeId: string; title: string }[];
    const ambition = nodes.find((n) => n.title === 'Meer samenwerking');
    if (!ambition) throw new Error('ambition missing from the demo');
    await page.getByLabel('Over element').first().selectOption(ambition.nodeId);
    await page.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
    await page.getByTestId('meeting-notice').getByText('Het agendapunt is toegevoegd.').waitFor();
    const item = page.getByTestId('agenda-item').filter({ hasText: 'Meer samenwerking' });
    await expect.poll(() => item.textContent()).toContain('Gemeld sinds de vorige vergadering (');

    // The action left open at the previous meeting comes back; it is marked done here.
    const carried = page.getByRole('table', { name: 'Actiepunten uit eerdere vergaderingen' });
    await shot('meeting-agenda');
    const carriedText = (await carried.getByTestId('action-row').first().textContent()) ?? '';
    expect(carriedText).toContain('Demo: knelpunten');
    await carried.getByRole('combobox').first().selectOption('gereed');
    await carried.getByRole('button', { name: 'Status opslaan' }).first().click();
    await page.getByTestId('meeting-notice').getByText('De status is opgeslagen.').waitFor();

    await page.getByLabel('Besluit', { exact: true }).fill('De regionale aanpak van samenwerking wordt voortgezet.');
    await page.getByLabel('Vastgesteld document').fill('Beleidsagenda, versie 2026');
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await page.getByTestId('decision').filter({ hasText: 'Vastgesteld: Beleidsagenda, versie 2026' }).waitFor();

    await page.getByLabel('Actie', { exact: true }).fill('Voorstel voor de werkagenda opstellen');
    await page.getByLabel('Eigenaar (persoon)').selectOption({ label: 'Procesregisseur MGR (demo)' });
    await page.getByLabel('Termijn').fill('31-03-2099');
    await page.getByRole('button', { name: 'Actiepunt afspreken' }).click();
    await page.getByTestId('meeting-notice').getByText('Het actiepunt is afgesproken.').waitFor();
    const ownActions = page.getByRole('table', { name: 'Actiepunten met eigenaar, termijn en status' });
    await ownActions.getByRole('rowheader', { name: 'Voorstel voor de werkagenda opstellen' }).waitFor();
    expect(await ownActions.textContent()).toContain('31-03-2099');

    // Correct the action: a new deadline typed dd-mm-jjjj (a date that does not exist is refused at the field).
    await page.getByRole('button', { name: 'Actiepunt wijzigen: Voorstel voor de werkagenda opstellen' }).click();
    const editAction = page.getByRole('form', { name: 'Actiepunt wijzigen' });
    await editAction.getByLabel('Termijn').fill('31-04-2099');
    await editAction.getByRole('button', { name: 'Actiepunt opslaan' }).click();
    await editAction.getByText('Vul een bestaande datum in als dd-mm-jjjj.').waitFor();
    await expectAccessible();
    await shot('meeting-edit-action');
    await editAction.getByLabel('Termijn').fill('30-04-2099');
    await editAction.getByRole('button', { name: 'Actiepunt opslaan' }).click();
    await page.getByTestId('meeting-notice').getByText('Het actiepunt is opgeslagen.').waitFor();
    await expect.poll(async () => ownActions.textContent()).toContain('30-04-2099');

    await page.getByRole('textbox', { name: 'Verslag', exact: true }).fill('Samenwerking besproken; voorstel volgt.');
    await page.getByRole('button', { name: 'Verslag opslaan' }).click();
    await page.getByTestId('meeting-notice').getByText('Het verslag is opgeslagen.').waitFor();
    await expectAccessible();
    await shot('meeting-open');

    // Close it: the confirm dialog starts on Annuleren; after closing, the page is read-only.
    await page.getByRole('button', { name: 'Vergadering sluiten' }).click();
    await page.getByRole('alertdialog', { name: 'Vergadering sluiten?' }).waitFor();
    await expectAccessible();
    await page.getByRole('button', { name: 'Sluiten', exact: true }).click();
    await page.getByTestId('closed-notice').waitFor();
    expect(await page.getByRole('button', { name: 'Agendapunt toevoegen' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Vergadering sluiten' }).count()).toBe(0);
    expect(await page.getByText('Samenwerking besproken; voorstel volgt.').count()).toBe(1);
    await expectAccessible();
    await shot('meeting-closed');

    // The server refuses a change to the closed meeting, in Dutch.
    const meetingId = meetingUrl.split('/').pop() ?? '';
    const refused = await adminFetch(`/programmes/${SLUG}/meetings/${meetingId}/decisions`, {
      method: 'POST',
      body: JSON.stringify({ text: 'Te laat' }),
    });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain('is gesloten');
    // Decisions and open actions as the board report will read them.
    const report = (await (await adminFetch(`/programmes/${SLUG}/governance/decisions`)).json()) as {
      decisions: { text: string }[];
      openActions: { text: string }[];
    };
    expect(report.decisions.map((d) => d.text)).toContain('De regionale aanpak van samenwerking wordt voortgezet.');
    expect(report.openActions.map((a) => a.text)).toContain('Voorstel voor de werkagenda opstellen');

    // The meeting's own report, downloaded from the meeting page.
    const links = page.getByTestId('meeting-report').getByRole('link');
    expect(await links.count()).toBe(4);
    const href = (await page.getByRole('link', { name: 'Download als DOCX' }).getAttribute('href')) ?? '';
    expect(href).toContain(`meeting=${meetingId}`);
    const download = await page.evaluate(async (url) => {
      const res = await fetch(url, { credentials: 'same-origin' });
      const bytes = new Uint8Array(await res.arrayBuffer());
      return { status: res.status, type: res.headers.get('content-type'), magic: String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0) };
    }, href);
    expect(download).toEqual({
      status: 200,
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      magic: 'PK',
    });
    const pdfHref = (await page.getByRole('link', { name: 'Download als PDF' }).getAttribute('href')) ?? '';
    const pdf = await page.evaluate(async (url) => (await fetch(url, { credentials: 'same-origin' })).status, pdfHref);
    expect(pdf).toBe(200);
  });

  it('shows the calendar with its differences from the frequency, and the person page', async () => {
    await page.goto(`${server.url}/programmas/${SLUG}/overleg/kalender?jaar=2022`);
    await page.getByRole('heading', { level: 1, name: 'Vergaderkalender 2022' }).waitFor();
    const row = page.getByTestId('calendar-row').filter({ has: page.getByRole('link', { name: OVERLEG, exact: true }) });
    await expect.poll(() => row.textContent()).toContain('10 vergaderingen in 2022; nominaal 12 keer per jaar.');
    await expectAccessible();
    await shot('calendar');

    const body = row.getByRole('link', { name: OVERLEG, exact: true });
    await body.click();
    await page.getByRole('link', { name: 'Procesregisseur MGR (demo)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overleggen van Procesregisseur MGR (demo)' }).waitFor();
    expect(await page.getByTestId('person-seat').first().textContent()).toContain('secretaris');
    await expectAccessible();
    await shot('person');
  });
});
