import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../domain/shared/errors';
import type { SheetNode } from './programme-sheet';
import { parseProgrammeSheet } from './parse-programme-sheet';

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../../../test/fixtures/import/${name}`, import.meta.url));

function node(fields: Partial<SheetNode> & Pick<SheetNode, 'row' | 'code' | 'title' | 'parentIndex' | 'depth'>): SheetNode {
  return { description: null, levelLabel: null, owner: null, start: null, deadline: null, status: null, lifecycle: null, ...fields };
}

describe('parseProgrammeSheet', () => {
  it('builds the hierarchy from dotted codes, with level names, owner, dates and status', async () => {
    const sheet = await parseProgrammeSheet(fixture('sheet-dotted-codes.tsv'));
    expect(sheet.source.headerRow).toBe(3);
    expect(sheet.levelLabels).toEqual(['Pijler', 'Ambitie', 'Activiteit']);
    expect(sheet.nodes).toEqual([
      node({ row: 4, code: '1', title: 'Wonen', levelLabel: 'Pijler', owner: 'Gemeente Venlo', parentIndex: null, depth: 0 }),
      node({
        row: 5,
        code: '1.1',
        title: 'Voldoende woningen',
        levelLabel: 'Ambitie',
        start: '2022-01-01',
        status: 'groen',
        parentIndex: 0,
        depth: 1,
        deadline: { grain: 'kwartaal', wording: 'Q4 2023', start: '2023-10-01', end: '2023-12-31' },
      }),
      node({
        row: 6,
        code: '1.1.1',
        title: 'Afspraken met corporaties',
        levelLabel: 'Activiteit',
        owner: 'Woningcorporatie',
        start: '2022-03-15',
        status: 'afgerond',
        parentIndex: 1,
        depth: 2,
        deadline: { grain: 'periode', wording: 'Q3 en Q4 2022', start: '2022-07-01', end: '2022-12-31' },
      }),
      node({
        row: 7,
        code: '1.1.2',
        title: 'Skaeve huse',
        levelLabel: 'Activiteit',
        status: 'oranje',
        parentIndex: 1,
        depth: 2,
        deadline: { grain: 'doorlopend', wording: 'doorlopend', start: null, end: null },
      }),
      node({ row: 9, code: '2', title: 'Meedoen', levelLabel: 'Pijler', parentIndex: null, depth: 0 }),
      node({
        row: 10,
        code: '2.3.1',
        title: 'Dagbesteding dichtbij',
        levelLabel: 'Activiteit',
        start: '2022-09-01',
        status: 'niet-gestart',
        parentIndex: 4,
        depth: 1,
        deadline: { grain: 'datum', wording: '30-09-2023', start: '2023-09-30', end: '2023-09-30' },
      }),
      node({ row: 11, code: '2.4', title: 'Werk', levelLabel: 'Thema', parentIndex: 4, depth: 1 }),
    ]);
    expect(sheet.warnings).toEqual([
      { row: 10, field: 'Code', message: 'Code 2.3 ontbreekt; geplaatst onder 2.' },
      { row: 10, field: 'Niveau', message: "Niveau 'Activiteit' wijkt af van 'Ambitie' op dezelfde diepte." },
      { row: 11, field: 'Status', message: "Onbekende status 'in de wacht'; niet overgenomen." },
      { row: 11, field: 'Niveau', message: "Niveau 'Thema' wijkt af van 'Ambitie' op dezelfde diepte." },
    ]);
  });

  it('follows a parent column, also forward and past repeated codes, and orders parents first', async () => {
    const sheet = await parseProgrammeSheet(fixture('sheet-parent-column.csv'));
    expect(sheet.levelLabels).toEqual(['Niveau 1', 'Niveau 2']);
    expect(sheet.nodes).toEqual([
      node({ row: 3, code: 'B', title: 'Doel B', description: 'Hoofddoel B', parentIndex: null, depth: 0 }),
      node({ row: 2, code: 'A', title: 'Kind van B', owner: 'GGD', parentIndex: 0, depth: 1 }),
      node({ row: 4, code: 'C', title: 'Doel C', parentIndex: null, depth: 0 }),
      node({ row: 5, code: '', title: 'Zonder code onder C', parentIndex: 2, depth: 1 }),
      node({ row: 6, code: 'C', title: 'Nog een C', parentIndex: null, depth: 0 }),
      node({ row: 7, code: 'D', title: 'Onder de dubbele C', parentIndex: 4, depth: 1 }),
    ]);
    expect(sheet.warnings).toEqual([
      { row: 5, field: 'Bovenliggende code', message: 'Code C komt meer dan eens voor; gekoppeld aan rij 4.' },
      { row: 7, field: 'Bovenliggende code', message: 'Code C komt meer dan eens voor; gekoppeld aan rij 6.' },
    ]);
  });

  it('reads the deadline wordings of planning grids and maps life-cycle words in the status column', async () => {
    const text = [
      'Code\tTitel\tEinddatum\tStatus',
      '1\tThema\teind Q3 / begin Q4 2022\t',
      '1.1\tProject\tH2 2023 – 2024\tOn hold',
      '1.2\tAnder project\tokt 2022\tvoorgesteld te stoppen',
      '1.3\tDerde\tp.m.\tgroen',
    ].join('\n');
    const sheet = await parseProgrammeSheet(new TextEncoder().encode(text));
    expect(sheet.nodes.map((n) => [n.code, n.deadline?.grain ?? null, n.status, n.lifecycle])).toEqual([
      ['1', 'periode', null, null],
      ['1.1', 'periode', null, 'gepauzeerd'],
      ['1.2', 'maand', null, 'voorgesteld-te-stoppen'],
      ['1.3', 'geen', 'groen', null],
    ]);
    expect(sheet.warnings).toEqual([]);
  });

  it('builds an outline from the level column alone', async () => {
    const sheet = await parseProgrammeSheet(fixture('sheet-outline.tsv'));
    expect(sheet.nodes.map((n) => [n.code, n.parentIndex, n.depth])).toEqual([
      ['I', null, 0],
      ['a', 0, 1],
      ['a1', 1, 2],
      ['b', 0, 1],
      ['II', null, 0],
      ['x', 4, 1],
    ]);
    expect(sheet.warnings).toEqual([{ row: 7, field: 'Niveau', message: 'Niveau 3 past niet bij de plaats in de boom (niveau 2).' }]);
  });

  it('refuses the whole sheet and names every bad row, field and reason', async () => {
    const error = await parseProgrammeSheet(fixture('sheet-errors.tsv')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('IMPORT_ROW_INVALID');
    expect((error as DomainError).details).toEqual([
      { row: 2, field: 'Titel', reason: 'ontbreekt bij code 1' },
      { row: 3, field: 'Bovenliggende code', reason: "'9' komt niet voor als code in het bestand" },
      { row: 4, field: 'Startdatum', reason: "'31-02-2022' is geen datum (verwacht dd-mm-jjjj)" },
      { row: 5, field: 'Einddatum', reason: expect.stringContaining("onbekende termijn 'binnenkort'") },
      { row: 6, field: 'Bovenliggende code', reason: 'de bovenliggende codes vormen een kring (rijen 6, 7)' },
    ]);
  });

  it('gives a consistent tree or a DomainError for random sheets, and accepts a fair share of them', async () => {
    // Sheets built to be mostly valid (unique codes, parents among the rows above), with a fault
    // in a few rows: a generator that only produced rejected sheets would check nothing about
    // trees, so the test counts what the parser accepted and rejected.
    const FAULTS = ['lege titel', 'onbekende ouder', 'termijn', 'status'] as const;
    const sheet = fc.integer({ min: 1, max: 12 }).chain((n) =>
      fc.array(
        fc.record({
          parent: fc.nat({ max: 1000 }),
          title: fc.constantFrom('Titel', 'Doel', 'Actie'),
          deadline: fc.constantFrom('', 'Q3 2022', '01-02-2023'),
          status: fc.constantFrom('', 'groen', 'gereed'),
          fault: fc.integer({ min: 0, max: 59 }),
        }),
        { minLength: n, maxLength: n },
      ),
    );
    const rowsOf = (spec: { parent: number; title: string; deadline: string; status: string; fault: number }[]) =>
      spec.map((r, i) => {
        const p = r.parent % (i + 1);
        const fault = FAULTS[r.fault];
        return [
          `c${i}`,
          fault === 'lege titel' ? '' : r.title,
          fault === 'onbekende ouder' ? 'zz' : p === i ? '' : `c${p}`,
          fault === 'termijn' ? 'ooit' : r.deadline,
          fault === 'status' ? 'raar' : r.status,
        ];
      });
    let accepted = 0;
    let rejected = 0;
    let withTree = 0;
    await fc.assert(
      fc.asyncProperty(sheet, async (spec) => {
        const rows = rowsOf(spec);
        const text = ['Code\tTitel\tBovenliggende code\tEinddatum\tStatus', ...rows.map((r) => r.join('\t'))].join('\n');
        try {
          const parsed = await parseProgrammeSheet(new TextEncoder().encode(text));
          accepted += 1;
          if (parsed.nodes.some((n) => n.parentIndex !== null)) withTree += 1;
          expect(parsed.nodes).toHaveLength(rows.length);
          parsed.nodes.forEach((n, i) => {
            expect(n.title).not.toBe('');
            if (n.parentIndex === null) expect(n.depth).toBe(0);
            else {
              expect(n.parentIndex).toBeLessThan(i);
              expect(n.depth).toBe((parsed.nodes[n.parentIndex]?.depth ?? -2) + 1);
            }
          });
          expect(parsed.levelLabels).toHaveLength(Math.max(0, ...parsed.nodes.map((n) => n.depth + 1)));
        } catch (e) {
          if (!(e instanceof DomainError)) throw e;
          // Only a sheet with a fault may be refused.
          expect(
            spec.some((r) => FAULTS[r.fault] !== undefined),
            (e as Error).message,
          ).toBe(true);
          rejected += 1;
        }
      }),
      { numRuns: 300 },
    );
    // Both branches must be exercised substantially, and accepted sheets must include real trees.
    expect(accepted, `${accepted} aanvaard, ${rejected} afgewezen`).toBeGreaterThanOrEqual(60);
    expect(rejected, `${accepted} aanvaard, ${rejected} afgewezen`).toBeGreaterThanOrEqual(30);
    expect(withTree, `${withTree} aanvaarde bladen met een boom`).toBeGreaterThanOrEqual(20);
    console.info(`programmablad-eigenschap: ${accepted} aanvaard (${withTree} met een boom), ${rejected} afgewezen`);
  });
  it('handles a long chain of parents without running out of stack', async () => {
    const rows = [
      'Code\tTitel\tBovenliggende code',
      ...Array.from({ length: 5000 }, (_, i) => `c${i}\tStap ${i}\t${i === 0 ? '' : `c${i - 1}`}`),
    ];
    const sheet = await parseProgrammeSheet(new TextEncoder().encode(rows.join('\n')));
    expect(sheet.nodes).toHaveLength(5000);
    expect(sheet.nodes.at(-1)?.depth).toBe(4999);
    expect(sheet.levelLabels).toHaveLength(5000);
  });
});
