import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../domain/shared/errors';
import type { GapItem } from './gap-table';
import { parseGapTable } from './parse-gap-table';

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../../../test/fixtures/import/${name}`, import.meta.url));
const parse = (name: string) => parseGapTable(fixture(name));
const text = (s: string) => parseGapTable(new TextEncoder().encode(s));

/** An item with nothing but the fields a test names. */
function item(fields: Partial<GapItem> & Pick<GapItem, 'code' | 'title' | 'row'>): GapItem {
  return { currentPractices: [], gaps: [], proposals: [], budgetCents: null, budgetNotes: [], ...fields };
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('parseGapTable — fixtures with exact results', () => {
  it('reads a clean TSV with the header on the first line', async () => {
    const table = await parse('gap-basic.tsv');
    expect(table.source).toEqual({ kind: 'tsv', sheet: '\t', encoding: 'utf-8', headerRow: 1 });
    expect(table.items).toEqual([
      item({
        code: '1',
        title: 'Inwoners vinden snel passende hulp',
        row: 2,
        currentPractices: ['Inloopspreekuur in de bibliotheek'],
        gaps: ['Geen aanbod in de avond'],
        proposals: ['Avondspreekuur twee keer per week'],
        budgetCents: 750_000,
      }),
      item({
        code: '2',
        title: 'Minder mensen in crisis',
        row: 3,
        currentPractices: ['Crisiskaart met huisartsen'],
        gaps: ['Te weinig ervaringsdeskundigen'],
        proposals: ['Twee ervaringsdeskundigen inzetten'],
        budgetCents: 2_700_000,
      }),
      item({
        code: '3',
        title: 'Goede overgang uit beschermd wonen',
        row: 4,
        currentPractices: ['Woonbegeleiding door de wijkteams'],
        gaps: ['Geen vaste contactpersoon'],
        proposals: ['Vast aanspreekpunt per wijk'],
        budgetCents: 150_000,
      }),
    ]);
    expect(table.budgetTotalCents).toBe(750_000 + 2_700_000 + 150_000);
    expect(table.warnings).toEqual([]);
  });

  it('finds a header below title lines and skips blank lines and blank rows (semicolon CSV, CRLF)', async () => {
    const table = await parse('gap-header-later.csv');
    expect(table.source).toEqual({ kind: 'csv', sheet: ';', encoding: 'utf-8', headerRow: 5 });
    expect(table.items).toEqual([
      item({
        code: '1',
        title: 'Snelle toegang',
        row: 6,
        currentPractices: ['Wijkteam'],
        gaps: ['Wachttijd'],
        proposals: ['Extra uren'],
        budgetCents: 250_050,
      }),
      item({
        code: '2',
        title: 'Preventie',
        row: 9,
        currentPractices: ['Voorlichting op scholen'],
        gaps: ['Geen bereik volwassenen'],
        proposals: ['Campagne'],
        budgetCents: 300_000,
      }),
    ]);
    expect(table.warnings).toEqual([]);
  });

  it('reads comma CSV with quoted cells holding delimiters, quotes, line breaks and bullet lists', async () => {
    const table = await parse('gap-quoted.csv');
    expect(table.source.sheet).toBe(',');
    expect(table.items).toEqual([
      item({
        code: '1',
        title: 'Hulp dichtbij, ook in de kleine kernen',
        row: 2,
        currentPractices: ['Spreekuur in het dorpshuis', 'Huisbezoek door het wijkteam'],
        gaps: ['Geen vervoer, geen "digitale" hulp'],
        proposals: ['Belbus inzetten'],
        budgetCents: 750_000,
      }),
      item({
        code: '2',
        title: 'Zorg na ontslag',
        row: 3,
        currentPractices: ['Nazorg door de\nGGZ-aanbieder'],
        proposals: ['Warme overdracht, binnen één week'],
      }),
    ]);
  });

  it('adds continuation rows (empty number) to the item above: practices, gaps, proposals and budgets', async () => {
    const table = await parse('gap-continuation.tsv');
    expect(table.items).toEqual([
      item({
        code: '1',
        title: 'Iedereen heeft een dagbesteding',
        row: 2,
        currentPractices: ['Dagbesteding via de Wmo', 'Werkproject bij de kringloop', 'Inloophuis'],
        gaps: ['Te weinig plekken in het noorden', 'Lange reistijd'],
        proposals: ['Nieuwe locatie in het noorden', 'Vervoer regelen'],
        budgetCents: 750_000 + 250_000 + 100_000,
      }),
      item({
        code: '2',
        title: 'Schuldhulp op tijd',
        row: 5,
        currentPractices: ['Budgetcoach'],
        gaps: ['Wachtlijst bij de kredietbank'],
        proposals: ['Vroegsignalering met woningcorporaties', 'Extra schuldhulpverlener'],
        budgetCents: 1_200_000 + 5_500_000,
      }),
    ]);
    expect(table.budgetTotalCents).toBe(7_800_000);
    expect(table.warnings).toEqual([]);
  });

  it('merges a repeated number with the same title and keeps a repeated number with another title apart', async () => {
    const table = await parse('gap-repeated-numbers.tsv');
    expect(table.items).toEqual([
      item({
        code: '1',
        title: 'Wonen met begeleiding',
        row: 2,
        currentPractices: ['Ambulante begeleiding', 'Housing First pilot'],
        gaps: ['Te weinig woningen'],
        proposals: ['Afspraken met corporaties'],
        budgetCents: 1_500_000,
      }),
      item({
        code: '2',
        title: 'Werk en inkomen',
        row: 3,
        currentPractices: ['Participatieplekken'],
        gaps: ['Geen jobcoach'],
        proposals: ['Jobcoach aanstellen'],
        budgetCents: 2_000_000,
      }),
      // Row 6 repeats number 2 without a title right below row 5: it continues the item of row 5.
      item({
        code: '2',
        title: 'Werk naar vermogen',
        row: 5,
        currentPractices: ['Beschut werk'],
        gaps: ['Weinig plaatsen'],
        proposals: ['Uitbreiden beschut werk', 'Overleg met het UWV'],
        budgetCents: 800_000,
      }),
    ]);
    expect(table.warnings).toEqual([
      { row: 4, field: 'Nr.', message: 'Nummer 1 met dezelfde titel staat al op rij 2; samengevoegd.' },
      {
        row: 5,
        field: 'Nr.',
        message: "Nummer 2 staat ook op rij 3 met een andere titel ('Werk en inkomen'); als apart resultaat ingelezen.",
      },
      // "1." and a title differing only in case are the same item; its repeated practice is not doubled.
      { row: 7, field: 'Nr.', message: 'Nummer 1 met dezelfde titel staat al op rij 2; samengevoegd.' },
    ]);
  });

  it('treats n.v.t., nvt, dashes and empty cells as nothing, but a written 0 as zero', async () => {
    const table = await parse('gap-empty-markers.tsv');
    expect(table.items).toEqual([
      item({ code: '1', title: 'Eenzaamheid verminderen', row: 2 }),
      item({ code: '2', title: 'Mantelzorgers ontlasten', row: 3, gaps: ['Geen respijtzorg'] }),
      item({
        code: '3',
        title: 'Signalen eerder oppakken',
        row: 5,
        currentPractices: ['Meldpunt'],
        proposals: ['Training voor buurtwerkers'],
        budgetCents: 0,
      }),
    ]);
    expect(table.warnings).toEqual([]);
  });

  it('reads Dutch amounts as integer cents, adds amounts of one item and checks a totals row', async () => {
    const table = await parse('gap-amounts.tsv');
    expect(table.items.map((i) => [i.code, i.budgetCents, i.budgetNotes])).toEqual([
      ['1', 750_000, []],
      ['2', 2_700_000, []],
      ['3', 150_000, []],
      ['4', 250_050, []],
      ['5', 100_000 + 25_000, []],
      ['6', null, ['PM']],
      ['7', 123_456_789, []],
      ['8', 200_000 + 300_000, []],
    ]);
    expect(table.budgetTotalCents).toBe(127_931_839);
    expect(table.warnings).toEqual([
      { row: 8, field: 'Benodigd budget', message: "'PM' is geen bedrag; bewaard als toelichting bij het budget." },
      { row: 11, message: 'Totaalrij overgeslagen; het totaal (€ 1.279.318,39) klopt met de som van de bedragen.' },
    ]);
  });

  it.each([
    ['gap-windows-1252.csv', 'windows-1252'],
    ['gap-utf8-bom.csv', 'utf-8-bom'],
    ['gap-utf16.txt', 'utf-16le'],
  ])('decodes %s (%s) to the same items', async (name, encoding) => {
    const table = await parse(name);
    expect(table.source.encoding).toBe(encoding);
    expect(table.items).toEqual([
      item({
        code: '1',
        title: 'Cliënten één aanspreekpunt',
        row: 2,
        currentPractices: ['Café voor ervaringsdeskundigen'],
        gaps: ['Geen ‘warme’ overdracht'],
        proposals: ['Coördinator aanstellen'],
        budgetCents: 1_250_000,
      }),
      item({
        code: '2',
        title: 'Financiële zorgen eerder zien',
        row: 3,
        currentPractices: ['Vroegsignalering'],
        gaps: ['Geen bereik bij zzp’ers'],
        proposals: ['Actieve benadering'],
        budgetCents: 325_075,
      }),
    ]);
  });

  it('reads XLSX: the sheet with the table, merged cells as continuation, numbers, rich text and a formula total', async () => {
    const table = await parse('gap-table.xlsx');
    expect(table.source).toEqual({ kind: 'xlsx', sheet: 'Hiaatanalyse', headerRow: 3 });
    expect(table.items).toEqual([
      item({
        code: '1',
        title: 'Passende dagbesteding',
        row: 4,
        currentPractices: ['Dagbesteding Wmo', 'Kringloopproject', 'Inloophuis'],
        gaps: ['Te weinig plekken'],
        proposals: ['Nieuwe locatie', 'Vervoer'],
        budgetCents: 750_000 + 250_000 + 100_050,
      }),
      item({
        code: '2',
        title: 'Schuldhulp',
        row: 8,
        currentPractices: ['Budgetcoach'],
        gaps: ['Wachtlijst'],
        proposals: ['Vroegsignalering'],
      }),
    ]);
    expect(table.warnings).toEqual([
      { row: 9, message: 'Totaalrij overgeslagen; het totaal (€ 11.000,50) klopt met de som van de bedragen.' },
    ]);
  });

  it('matches headers tolerantly: case, punctuation, extra words, another column order', async () => {
    const table = await parse('gap-header-variants.tsv');
    expect(table.items).toEqual([
      item({
        code: 'A1',
        title: 'Vroeg erbij',
        row: 2,
        currentPractices: ['Huisartsenoverleg'],
        gaps: ['Geen POH-GGZ jeugd'],
        proposals: ['POH-GGZ jeugd'],
        budgetCents: 400_000,
      }),
    ]);
  });

  it('warns about unused columns, text without a header and a repeated header row', async () => {
    const table = await parse('gap-extra-columns.tsv');
    expect(table.items).toEqual([
      item({
        code: '1',
        title: 'Toegang',
        row: 2,
        currentPractices: ['Loket'],
        gaps: ['Wachttijd'],
        proposals: ['Extra loket'],
        budgetCents: 500_000,
      }),
      item({ code: '2', title: 'Nazorg', row: 4, gaps: ['Geen nazorg'], proposals: ['Nazorgteam'], budgetCents: 600_000 }),
    ]);
    expect(table.warnings).toEqual([
      { row: 1, message: "Kolom 'Opmerking' (kolom G) wordt niet geïmporteerd." },
      { row: 3, message: 'De kopregel staat hier nog een keer; deze rij is overgeslagen.' },
      { row: 4, message: 'Tekst in kolom H heeft geen kop en wordt niet geïmporteerd.' },
    ]);
  });

  it('refuses the whole file and names every bad row, field and reason', async () => {
    const error = await refusal(parse('gap-errors.tsv'));
    expect(error.code).toBe('IMPORT_ROW_INVALID');
    expect(error.details).toEqual([
      { row: 2, field: 'Nr.', reason: 'leeg, en er staat geen resultaat boven deze rij waar hij bij kan horen' },
      { row: 4, field: 'Resultaat', reason: 'ontbreekt bij nummer 2' },
      { row: 5, field: 'Benodigd budget', reason: "'999.999.999.999' is onwaarschijnlijk groot voor een bedrag" },
    ]);
    expect(error.message).toContain("Rij 4, kolom 'Resultaat': ontbreekt bij nummer 2.");
  });

  it('refuses a file without a recognisable header', async () => {
    const error = await refusal(parse('gap-no-header.csv'));
    expect(error.code).toBe('IMPORT_FILE_INVALID');
    expect(error.message).toContain("'Nr.' en 'Resultaat'");
  });
});

describe('parseGapTable — rules in small tables', () => {
  const H = 'Nr.\tResultaat\tWat doen we al\tHiaat\tVoorstel\tBenodigd budget';

  it('reports a totals row that differs from the sum', async () => {
    const table = await text(`${H}\n1\tA\t\t\t\t1.000\n2\tB\t\t\t\t2.000\nTotaal\t\t\t\t\t4.000\n`);
    expect(table.warnings).toEqual([
      { row: 4, message: 'Totaalrij overgeslagen; het totaal (€ 4.000,00) wijkt af van de som van de bedragen (€ 3.000,00).' },
    ]);
    expect(table.items).toHaveLength(2);
  });

  it('appends title text of a continuation row to the title above, with a warning', async () => {
    const table = await text(`${H}\n1\tInwoners met verward gedrag\tMeldpunt\n\tkrijgen snel hulp\tWijkagent\n`);
    expect(table.items).toEqual([
      item({ code: '1', title: 'Inwoners met verward gedrag krijgen snel hulp', row: 2, currentPractices: ['Meldpunt', 'Wijkagent'] }),
    ]);
    expect(table.warnings).toEqual([
      { row: 3, field: 'Resultaat', message: "Rij zonder nummer: tekst uit 'Resultaat' toegevoegd aan de titel van rij 2." },
    ]);
  });

  it('reads a first item without a number, with a warning', async () => {
    const table = await text(`${H}\n\tZonder nummer\tIets\n`);
    expect(table.items).toEqual([item({ code: '', title: 'Zonder nummer', row: 2, currentPractices: ['Iets'] })]);
    expect(table.warnings).toEqual([{ row: 2, field: 'Nr.', message: 'Resultaat zonder nummer ingelezen.' }]);
  });

  it('merges a repeated number without a title into the earlier item of that number', async () => {
    const table = await text(`${H}\n1\tA\n2\tB\n1\t\tLater\t\t\t500\n`);
    expect(table.items).toEqual([
      item({ code: '1', title: 'A', row: 2, currentPractices: ['Later'], budgetCents: 50_000 }),
      item({ code: '2', title: 'B', row: 3 }),
    ]);
    expect(table.warnings).toEqual([{ row: 4, field: 'Resultaat', message: 'Nummer 1 zonder Resultaat; samengevoegd met rij 2.' }]);
  });

  it('refuses a table with a header and no items', async () => {
    const error = await refusal(text(`Titel\n${H}\n\n-\tn.v.t.\t\n`));
    expect(error.code).toBe('IMPORT_FILE_INVALID');
    expect(error.details).toEqual([{ row: 2, reason: 'onder de kopregel (rij 2) staan geen resultaten' }]);
  });

  it.each([
    ['', 'het bestand is leeg'],
    ['"Nr.\tResultaat\n1\tA\n', 'aanhalingsteken wordt niet gesloten'],
  ])('refuses unreadable input %j', async (input, reason) => {
    const error = await refusal(text(input));
    expect(error.code).toBe('IMPORT_FILE_INVALID');
    expect(error.message).toContain(reason);
  });

  it('refuses the old binary .xls format with advice', async () => {
    const error = await refusal(parseGapTable(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])));
    expect(error.message).toContain('.xlsx');
  });
  it('reads the spreadsheet layout that repeats number and title on every row without warnings', async () => {
    const table = await text(`${H}\n1\tA\tEen\t\t\t100\n1\tA\tTwee\t\t\t200\n2\tB\tDrie\n2\tB\tDrie\n`);
    expect(table.items).toEqual([
      item({ code: '1', title: 'A', row: 2, currentPractices: ['Een', 'Twee'], budgetCents: 30_000 }),
      item({ code: '2', title: 'B', row: 4, currentPractices: ['Drie'] }),
    ]);
    expect(table.warnings).toEqual([]);
  });

  it('adds the amounts of a multi-line budget cell and keeps its text lines as notes', async () => {
    const table = await text(`${H}\n1\tA\t\t\t\t"€ 1.000\nuit reserve\n500"\n`);
    expect(table.items).toEqual([item({ code: '1', title: 'A', row: 2, budgetCents: 150_000, budgetNotes: ['uit reserve'] })]);
    expect(table.warnings).toEqual([
      { row: 2, field: 'Benodigd budget', message: "'uit reserve' is geen bedrag; bewaard als toelichting bij het budget." },
    ]);
  });

  it('does not mistake a numbered result called "Totaal…" for a totals row', async () => {
    const table = await text(`${H}\n1\tTotaal aanbod jongeren\tJongerenwerk\t\t\t100\n`);
    expect(table.items).toEqual([
      item({ code: '1', title: 'Totaal aanbod jongeren', row: 2, currentPractices: ['Jongerenwerk'], budgetCents: 10_000 }),
    ]);
  });
});
