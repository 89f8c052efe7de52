import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signInAsAdmin, startServer, wcagViolations, type RunningServer } from './support';

/** Set SCREENSHOT_DIR to look at every screen (not committed). */
async function shot(page: Page, name: string) {
  const dir = process.env.SCREENSHOT_DIR;
  if (dir) await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

async function expectAccessible(page: Page, name: string) {
  await shot(page, name);
  expect(await wcagViolations(page)).toEqual([]);
}

/** Twenty milestones in the wordings real planning grids hold (issue 18), some put in a planning cell. */
const MILESTONES: { title: string; due: string; cell?: [string, string]; placeholder?: true }[] = [
  { title: 'Startnotitie', due: '30-09-2022' },
  { title: 'Kwartiermaker aangesteld', due: 'okt 2022' },
  { title: 'Plan van aanpak', due: 'Q3 2022' },
  { title: 'Kick-off met gemeenten', due: 'begin Q3 2022' },
  { title: 'Locatiecriteria vastgesteld', due: 'eind Q3 2022' },
  { title: 'Bestuurlijk akkoord locaties', due: 'eind Q3 / begin Q4 2022', cell: ['2022', '3'] },
  { title: 'Bouwvergunning', due: 'H2 2023' },
  { title: 'Bouw en inrichting', due: 'H2 2023 – 2024' },
  { title: 'Eerste bewoners', due: '2023' },
  { title: 'Werving begeleiders', due: 'Q3 en Q4 2022' },
  { title: 'Evaluatie pilot', due: 'Q4 2022 of Q1 2023' },
  { title: 'Buurtgesprekken', due: 'doorlopend' },
  { title: '', due: 'p.m.', cell: ['2023', '1'], placeholder: true },
  { title: 'Convenant zorgverzekeraar', due: 'september 2022' },
  { title: 'Tussenrapportage', due: '3e kwartaal 2023' },
  { title: 'Begroting 2023', due: 'eind 2022' },
  { title: 'Informatieavond', due: '2022-11-15' },
  { title: 'Tweede locatie gekozen', due: 'Q1 2023' },
  { title: 'Woonbegeleiding gecontracteerd', due: 'tweede helft 2023' },
  { title: 'Monitoring opgezet', due: 'Q4 2022 t/m Q2 2023' },
];

describe('a real programme entered and kept up entirely in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const slug = 'samen-wonen-testregio';
  const ids: Record<string, string> = {};

  // The machine may be shared and loaded: the demo load at start and the long scenario get time.
  beforeAll(async () => {
    server = await startServer({ startTimeoutMs: 240_000 });
    browser = await launchBrowser();
    page = await browser.newPage();
    await signInAsAdmin(page, server);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const nodeIdFromUrl = () => {
    const m = /\/elementen\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname);
    if (!m?.[1]) throw new Error(`geen element-adres: ${page.url()}`);
    return m[1];
  };

  it('adds a person who acts for two organisations', async () => {
    await page.goto(`${server.url}/personen`);
    await page.getByRole('heading', { level: 1, name: 'Personen' }).waitFor();
    await page.getByLabel('Naam', { exact: true }).fill('Fenna Trekker');
    await page.getByLabel('E-mailadres').fill('fenna@example.nl');
    await page.getByLabel('trekker', { exact: true }).check();
    await page.getByLabel('Organisatie toevoegen').selectOption({ label: 'Menzis' });
    await page.getByLabel('Organisatie toevoegen').selectOption({ label: 'Venlo' });
    await expect.poll(() => page.getByTestId('person-organisations').locator('li').count()).toBe(2);
    await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
    await page.getByRole('status').filter({ hasText: 'Fenna Trekker is toegevoegd.' }).waitFor();
    const row = page.getByTestId('person-row').filter({ hasText: 'Fenna Trekker' });
    await expect.poll(() => row.textContent()).toMatch(/Menzis, Venlo|Venlo, Menzis/);
    await expectAccessible(page, 'entry-persons');
  }, 240_000);

  it('corrects the person: another e-mail address, a phone number, one organisation fewer', async () => {
    await page.getByRole('button', { name: 'Wijzigen: Fenna Trekker' }).click();
    const form = page.getByRole('form', { name: 'Fenna Trekker wijzigen' });
    await form.getByLabel('E-mailadres').fill('f.trekker@example.nl');
    await form.getByLabel('Telefoonnummer').fill('077 123 45 67');
    await form.getByRole('button', { name: 'Verwijderen: Venlo' }).click();
    await expectAccessible(page, 'entry-person-edit');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De gegevens van Fenna Trekker zijn opgeslagen.' }).waitFor();
    const row = page.getByTestId('person-row').filter({ hasText: 'Fenna Trekker' });
    await expect.poll(() => row.textContent()).toContain('f.trekker@example.nl');
    expect(await row.textContent()).not.toContain('Venlo');
    // Saved, not only shown: a reload reads it back from the server.
    await page.reload();
    await expect.poll(() => page.getByTestId('person-row').filter({ hasText: 'Fenna Trekker' }).textContent()).toContain('Menzis');
    expect(await page.getByTestId('person-row').filter({ hasText: 'Fenna Trekker' }).textContent()).not.toContain('Venlo');
  }, 240_000);

  it('deletes an organisation nobody refers to, and says why one in use cannot go', async () => {
    await page.goto(`${server.url}/organisaties`);
    await page.getByRole('heading', { level: 1, name: 'Organisaties' }).waitFor();
    await page.getByLabel('Naam', { exact: true }).fill('Stichting Eenmalig');
    await page.getByLabel('Soort', { exact: true }).selectOption('overig');
    await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await page.getByRole('link', { name: 'Stichting Eenmalig' }).click();
    await page.getByRole('button', { name: 'Stichting Eenmalig verwijderen' }).click();
    await expectAccessible(page, 'entry-organisation-delete');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByTestId('flash').filter({ hasText: 'Stichting Eenmalig is verwijderd.' }).waitFor();
    expect(await page.getByRole('link', { name: 'Stichting Eenmalig' }).count()).toBe(0);
    // Menzis is a partner in the demo programmes and Fenna acts for it: refused, with the reason.
    await page.getByRole('link', { name: 'Menzis', exact: true }).click();
    await page.getByRole('button', { name: 'Menzis verwijderen' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByRole('alertdialog').getByText('wordt nog gebruikt').waitFor();
  }, 240_000);

  it('creates the programme with region, version, adoption, what it replaces, vision and goal; dates typed dd-mm-jjjj', async () => {
    await page.goto(`${server.url}/programmas/nieuw`);
    await page.getByRole('heading', { level: 1, name: 'Nieuw programma' }).waitFor();
    await page.getByLabel('Titel', { exact: true }).fill('Samen Wonen Testregio');
    await page.getByLabel('Niveaus van de doelenboom').fill('Thema > Project > Activiteit');
    await page.getByLabel('Begindatum').fill('17-02-2022');
    await page.getByLabel('Einddatum').fill('31-12-2025');
    await page.getByLabel('Regio', { exact: true }).selectOption({ label: 'Noord-Limburg' });
    await page.getByLabel('Versie van het document').fill('2.1');
    await page.getByLabel('Vastgesteld op').fill('31-02-2022');
    await page.getByLabel('Vastgesteld door (orgaan)').fill('Bestuurlijk overleg Wonen');
    await page.getByLabel('Vervangt').fill('Regioplan Wonen 2018–2021');
    await page.getByLabel('Visie').fill('Iedereen woont zo gewoon mogelijk.');
    await page.getByLabel('Doel', { exact: true }).fill('Vijftig extra woonplekken in 2025.');
    await page.getByRole('button', { name: 'Programma aanmaken' }).click();
    // A date that does not exist is refused at the field, in Dutch.
    await page.locator('.utrecht-form-field-error-message', { hasText: 'Vul een bestaande datum in als dd-mm-jjjj' }).waitFor();
    await page.getByLabel('Vastgesteld op').fill('14-03-2022');
    await page.getByRole('button', { name: 'Programma aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Samen Wonen Testregio' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/programmas/${slug}`);
    await expect.poll(() => page.getByTestId('programme-region').textContent()).toBe('Noord-Limburg');
    await expect.poll(() => page.getByTestId('programme-adoption').textContent()).toBe('14-03-2022 door Bestuurlijk overleg Wonen');
    await page.getByText('17-02-2022 – 31-12-2025').waitFor();
    await expectAccessible(page, 'entry-programme');

    // The list shows the region and filters on it.
    await page.goto(server.url);
    await page.getByLabel('Toon programma’s van regio').selectOption({ label: 'Noord-Limburg' });
    await expect
      .poll(() => page.getByTestId('programme-row').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('Samen Wonen Testregio')]));
    for (const text of await page.getByTestId('programme-row').allTextContents()) expect(text).toContain('Noord-Limburg');
    await expectAccessible(page, 'entry-programme-list');
  }, 240_000);

  it('enters three levels with sections, a trekker, municipalities with an exclusion, an alias and a same-level sub-card', async () => {
    await page.goto(`${server.url}/programmas/${slug}`);
    await page.getByRole('link', { name: 'Nieuw element: Thema' }).click();
    await page.getByLabel('Code', { exact: true }).fill('1');
    await page.getByLabel('Titel', { exact: true }).fill('Wonen en herstel');
    await page.getByRole('button', { name: 'Element aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: '1 Wonen en herstel' }).waitFor();
    ids.theme = nodeIdFromUrl();

    await page.getByRole('link', { name: 'Nieuw element: Project' }).click();
    await page.getByLabel('Code', { exact: true }).fill('1.1');
    await page.getByLabel('Titel', { exact: true }).fill('Skaeve huse in de regio');
    await page.getByLabel('Schaal').selectOption('regionaal');
    await page.getByLabel('Andere namen').fill('Prikkelarme woningen\nTweede-kansenwoningen');
    for (const [i, title, body] of [
      [1, 'Reikwijdte', 'Zeven gemeenten, plus Gennep als buur.'],
      [2, 'Governance', 'Stuurgroep Wonen, tweemaandelijks.'],
    ] as const) {
      await page.getByRole('button', { name: 'Paragraaf met kop toevoegen' }).click();
      await page.getByLabel(`Kop van paragraaf ${i}`).fill(title);
      await page.getByLabel(`Tekst van paragraaf ${i}`).fill(body);
    }
    await page.getByLabel('Trekker toevoegen').selectOption({ label: 'Fenna Trekker' });
    await page.getByTestId('trekker-list').getByText('Fenna Trekker').waitFor();
    await page.getByText(/^Deelnemende gemeenten \(/).click();
    await page.getByLabel('Venlo', { exact: true }).selectOption('deelnemer');
    await page.getByLabel('Horst aan de Maas', { exact: true }).selectOption('deelnemer');
    await page.getByLabel('Beesel', { exact: true }).selectOption('uitgezonderd');
    await expectAccessible(page, 'entry-node-form');
    await page.getByRole('button', { name: 'Element aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: '1.1 Skaeve huse in de regio' }).waitFor();
    ids.project = nodeIdFromUrl();
    await page.getByRole('heading', { name: 'Governance' }).waitFor();
    await page.getByText('Stuurgroep Wonen, tweemaandelijks.').waitFor();
    await page.getByText('Prikkelarme woningen, Tweede-kansenwoningen').waitFor();
    await page.getByText('Fenna Trekker').first().waitFor();
    await page.getByText('Horst aan de Maas, Venlo').or(page.getByText('Venlo, Horst aan de Maas')).waitFor();
    await expectAccessible(page, 'entry-node');

    // A sub-card inside the project card: the same level as its parent.
    await page.getByRole('link', { name: 'Nieuw element: Activiteit' }).click();
    await page.getByLabel('Niveau').selectOption({ label: 'Project (zelfde niveau: deelkaart)' });
    await page.getByLabel('Code', { exact: true }).fill('1.1a');
    await page.getByLabel('Titel', { exact: true }).fill('Deelkaart financiering');
    await page.getByRole('button', { name: 'Element aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: '1.1a Deelkaart financiering' }).waitFor();
    ids.subcard = nodeIdFromUrl();

    await page.goto(`${server.url}/programmas/${slug}/elementen/${ids.project}`);
    await page.getByRole('link', { name: 'Nieuw element: Activiteit' }).click();
    await page.getByLabel('Code', { exact: true }).fill('1.1.1');
    await page.getByLabel('Titel', { exact: true }).fill('Locaties zoeken');
    await page.getByRole('button', { name: 'Element aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: '1.1.1 Locaties zoeken' }).waitFor();
    ids.activity = nodeIdFromUrl();

    await page.goto(`${server.url}/programmas/${slug}/elementen/${ids.theme}`);
    await page.getByRole('link', { name: 'Nieuw element: Project' }).click();
    await page.getByLabel('Code', { exact: true }).fill('1.2');
    await page.getByLabel('Titel', { exact: true }).fill('Herstelacademie');
    await page.getByRole('button', { name: 'Element aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: '1.2 Herstelacademie' }).waitFor();
    ids.paused = nodeIdFromUrl();

    // The tree: the sub-card shows at the project level under its project; the alias finds the project.
    await page.goto(`${server.url}/programmas/${slug}`);
    await expect.poll(() => page.getByTestId('tree-node').count()).toBe(5);
    await page.getByLabel('Zoek in code, titel en tekst').fill('prikkelarm');
    await expect
      .poll(() => page.getByTestId('tree-node').allTextContents())
      .toEqual([expect.stringContaining('Wonen en herstel'), expect.stringContaining('Skaeve huse')]);
    await expectAccessible(page, 'entry-tree-search');
  }, 240_000);

  it('enters twenty milestones in every wording; refuses one with the accepted forms; done late, undo, edit, delete', async () => {
    await page.goto(`${server.url}/programmas/${slug}/voortgang/elementen/${ids.project}`);
    await page.getByRole('heading', { level: 2, name: 'Mijlpalen' }).waitFor();
    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Mijlpaal toevoegen' }) });
    await form.locator('input[name="milestoneTitle"]').fill('Voorjaarsoverleg');
    await form.locator('input[name="milestoneDue"]').fill('voorjaar 2023');
    await form.getByRole('button', { name: 'Mijlpaal toevoegen' }).click();
    await page.getByText(/onbekende termijn 'voorjaar 2023'; schrijf bijvoorbeeld .*eind Q3 \/ begin Q4 2022/).waitFor();

    for (const [i, m] of MILESTONES.entries()) {
      await form.locator('input[name="milestoneTitle"]').fill(m.title);
      if (m.placeholder) await form.getByLabel('Geplande mijlpaal, nog te benoemen').check();
      await form.locator('input[name="milestoneDue"]').fill(m.due);
      if (m.cell) {
        await form.locator('input[name="planYear"]').fill(m.cell[0]);
        await form.locator('select[name="planQuarter"]').selectOption(m.cell[1]);
      }
      await form.getByRole('button', { name: 'Mijlpaal toevoegen' }).click();
      await expect.poll(() => page.getByTestId('milestone').count(), { timeout: 15_000 }).toBe(i + 1);
      if (m.cell) {
        await form.locator('input[name="planYear"]').fill('');
        await form.locator('select[name="planQuarter"]').selectOption('');
      }
    }
    const item = (title: string) => page.getByTestId('milestone').filter({ hasText: title });
    await item('Mijlpaal nog te benoemen').waitFor();
    await expect.poll(() => item('Bestuurlijk akkoord locaties').textContent()).toContain('planning: Q3 2022');

    // Done on a past date after the end of Q3 2022: "te laat gehaald"; then undone, and done in time.
    await item('Plan van aanpak').getByRole('button', { name: 'Gehaald: Plan van aanpak' }).click();
    await page.getByLabel('Gehaald op').fill('12-10-2022');
    await page
      .locator('form', { has: page.getByRole('heading', { name: 'Gehaald: Plan van aanpak' }) })
      .getByRole('button', { name: 'Gehaald' })
      .click();
    await expect.poll(() => item('Plan van aanpak').textContent()).toContain('te laat gehaald');
    await expect.poll(() => item('Plan van aanpak').textContent()).toContain('gehaald op 12-10-2022');
    await expectAccessible(page, 'entry-milestones');
    await item('Plan van aanpak').getByRole('button', { name: 'Gehaald ongedaan maken: Plan van aanpak' }).click();
    await expect.poll(() => item('Plan van aanpak').textContent()).not.toContain('gehaald op');
    await item('Plan van aanpak').getByRole('button', { name: 'Gehaald: Plan van aanpak' }).click();
    await page.getByLabel('Gehaald op').fill('15-09-2022');
    await page
      .locator('form', { has: page.getByRole('heading', { name: 'Gehaald: Plan van aanpak' }) })
      .getByRole('button', { name: 'Gehaald' })
      .click();
    await expect.poll(() => item('Plan van aanpak').textContent()).toMatch(/\bgehaald gehaald op 15-09-2022/);

    // Edit (a correction with a reason) and delete (with a reason).
    await item('Informatieavond').getByRole('button', { name: 'Wijzigen: Informatieavond' }).click();
    const edit = page.locator('form', { has: page.getByRole('heading', { name: 'Mijlpaal wijzigen: Informatieavond' }) });
    await edit.locator('input[name="edit-milestoneTitle"]').fill('Informatieavond buurt');
    await edit.locator('input[name="edit-milestoneDue"]').fill('nov 2022');
    await edit.getByLabel('Reden van de wijziging (bij een correctie)').fill('verkeerde datum overgenomen');
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => item('Informatieavond buurt').textContent()).toContain('(nov 2022)');
    await item('Werving begeleiders').getByRole('button', { name: 'Verwijderen: Werving begeleiders' }).click();
    await page.getByLabel('Waarom (komt in het logboek)').fill('dubbel met de deelkaart');
    await page.getByRole('button', { name: 'Definitief verwijderen' }).click();
    await expect.poll(() => page.getByTestId('milestone').count()).toBe(19);
    await page.getByRole('status').filter({ hasText: 'Mijlpaal “Werving begeleiders” is verwijderd.' }).waitFor();
  }, 240_000);

  it('shows the milestones where the programme put them in the quarter grid', async () => {
    await page.goto(`${server.url}/programmas/${slug}/voortgang/planning?jaar=2022`);
    const row = page.locator('tr', { hasText: 'Skaeve huse in de regio' });
    await row.waitFor();
    const q3 = row.locator('td').nth(2);
    const q4 = row.locator('td').nth(3);
    // "eind Q3 / begin Q4 2022" ends in Q4 but was put in Q3.
    await expect.poll(() => q3.textContent()).toContain('Bestuurlijk akkoord locaties');
    await expect.poll(() => q4.textContent()).not.toContain('Bestuurlijk akkoord locaties');
    await expect.poll(() => q3.textContent()).toContain('Kick-off met gemeenten');
    await expect.poll(() => q4.textContent()).toContain('Kwartiermaker aangesteld');
    await expectAccessible(page, 'entry-planning-2022');
    await page.goto(`${server.url}/programmas/${slug}/voortgang/planning?jaar=2023`);
    await expect
      .poll(() => page.locator('tr', { hasText: 'Skaeve huse in de regio' }).locator('td').nth(0).textContent())
      .toContain('Mijlpaal nog te benoemen');
  }, 240_000);

  it('pauses a project (not counted as late), corrects an update, and finds the correction in the look-back and dashboard', async () => {
    // A milestone on the project to pause, overdue before the pause.
    await page.goto(`${server.url}/programmas/${slug}/voortgang/elementen/${ids.paused}`);
    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Mijlpaal toevoegen' }) });
    await form.locator('input[name="milestoneTitle"]').fill('Eerste cohort gestart');
    await form.locator('input[name="milestoneDue"]').fill('Q2 2023');
    await form.getByRole('button', { name: 'Mijlpaal toevoegen' }).click();
    await expect.poll(() => page.getByTestId('milestone').count()).toBe(1);
    await page.goto(`${server.url}/programmas/${slug}/voortgang`);
    await page.getByText('Eerste cohort gestart').first().waitFor();

    await page.goto(`${server.url}/programmas/${slug}/voortgang/elementen/${ids.paused}`);
    await page.getByLabel('Nieuwe levensfase').selectOption('gepauzeerd');
    await page.getByLabel('Vanaf').fill('01-03-2023');
    await page.getByLabel('Reden (verplicht bij pauzeren of stoppen)').fill('Wachten op de aanbesteding');
    await page.getByRole('button', { name: 'Levensfase vastleggen' }).click();
    await expect.poll(() => page.getByTestId('current-lifecycle').textContent()).toBe('gepauzeerd sinds 01-03-2023');
    await expectAccessible(page, 'entry-lifecycle');

    // An update on the activity, entered wrongly, then corrected with a reason.
    await page.goto(`${server.url}/programmas/${slug}/voortgang/elementen/${ids.activity}`);
    await page.getByLabel('Status').selectOption('rood');
    await page.getByLabel('Percentage gereed (0–100, mag leeg)').fill('10');
    await page.locator('input[name="reportDate"]').fill('17-02-2023');
    await page.getByLabel('Behaalde resultaten').fill('Geen locatie gevonden');
    await page.getByRole('button', { name: 'Update plaatsen' }).click();
    await expect.poll(() => page.getByTestId('history-row').count()).toBe(1);
    await page.getByRole('button', { name: 'Corrigeren: update van 17-02-2023' }).click();
    const correction = page.locator('section', { has: page.getByRole('heading', { name: 'Update van 17-02-2023 corrigeren' }) });
    await correction.getByLabel('Status').selectOption('groen');
    await correction.getByLabel('Percentage gereed (0–100, mag leeg)').fill('40');
    await correction.getByLabel('Behaalde resultaten').fill('Twee locaties in beeld');
    await correction.getByLabel('Waarom was het verkeerd?').fill('stand van een ander project overgenomen');
    await correction.getByRole('button', { name: 'Correctie opslaan' }).click();
    await expect.poll(() => page.getByTestId('history-row').count()).toBe(2);
    await expect.poll(() => page.getByTestId('current-status').textContent()).toContain('Groen');
    await page.getByTestId('correction-mark').filter({ hasText: 'gecorrigeerd: stand van een ander project overgenomen' }).waitFor();
    await page.getByText('vervangen door een correctie').waitFor();
    await expectAccessible(page, 'entry-correction');

    // Look-back: the corrected version, marked as corrected; the wrong one is not shown.
    await page.goto(`${server.url}/programmas/${slug}/voortgang/terugblik`);
    await page.getByText('Twee locaties in beeld').waitFor();
    await page.getByTestId('terugblik-corrected').filter({ hasText: 'gecorrigeerd (stand van een ander project overgenomen)' }).waitFor();
    expect(await page.getByText('Geen locatie gevonden').count()).toBe(0);
    await expectAccessible(page, 'entry-terugblik');

    // Dashboard: the paused project's milestone is not late; life-cycle beside the traffic light.
    await page.goto(`${server.url}/programmas/${slug}/voortgang`);
    await page.getByRole('heading', { name: 'Levensfase per niveau' }).waitFor();
    await page.getByText('Plan van aanpak').or(page.getByText('Startnotitie')).first().waitFor();
    expect(await page.getByText('Eerste cohort gestart').count()).toBe(0);
    const projects = page.getByTestId('lifecycle-row').filter({ hasText: 'Project' });
    await expect.poll(() => projects.locator('[data-lifecycle="gepauzeerd"]').textContent()).toBe('1');
    await expect.poll(() => page.getByTestId('worst-row').filter({ hasText: 'Locaties zoeken' }).textContent()).toContain('gecorrigeerd');
    await expectAccessible(page, 'entry-dashboard');
  }, 240_000);

  it('removes the trekker at their request: the project shows "vervallen persoon"', async () => {
    await page.goto(`${server.url}/personen`);
    await page.getByRole('button', { name: 'Verwijderen (AVG): Fenna Trekker' }).click();
    await page.getByRole('button', { name: 'Gegevens wissen' }).click();
    await page.getByRole('status').filter({ hasText: 'vervallen persoon' }).waitFor();
    expect(await page.getByTestId('person-row').filter({ hasText: 'Fenna Trekker' }).count()).toBe(0);
    await page.goto(`${server.url}/programmas/${slug}/elementen/${ids.project}`);
    await page.getByText('vervallen persoon').first().waitFor();
  }, 240_000);
});
