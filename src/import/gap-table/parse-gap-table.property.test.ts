import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../domain/shared/errors';
import { gapTableXlsx, type GapTableExportItem } from '../../exports/gap-table-xlsx';
import type { GapTable } from './gap-table';
import { parseGapTable } from './parse-gap-table';

/**
 * Property tests: generated tables written the way real files are (TSV, both CSV flavours, XLSX;
 * UTF-8 with and without BOM, Windows-1252, UTF-16) read back to exactly the generated items;
 * damaged files (truncated, re-encoded, random bytes, random cells) give a DomainError or a
 * consistent result, never another exception and never half-built data.
 */

const fixtureDir = new URL('../../../test/fixtures/import/', import.meta.url);
const fixtures = readdirSync(fixtureDir)
  .filter((name) => name.startsWith('gap-'))
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, fixtureDir))) }));

/** Resolves to the table, or to the DomainError; any other failure fails the property. */
async function outcome(bytes: Uint8Array): Promise<GapTable | DomainError> {
  try {
    const table = await parseGapTable(bytes);
    assertConsistent(table);
    return table;
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
}

/** What "no partial garbage" means for a result the parser does return. */
function assertConsistent(table: GapTable): void {
  expect(table.items.length).toBeGreaterThan(0);
  let total = 0;
  for (const item of table.items) {
    expect(item.code !== '' || item.title !== '').toBe(true);
    expect(item.title).not.toBe('');
    expect(item.row).toBeGreaterThan(table.source.headerRow);
    if (item.budgetCents !== null) {
      expect(Number.isSafeInteger(item.budgetCents) && item.budgetCents >= 0).toBe(true);
      total += item.budgetCents;
    }
    for (const entry of [...item.currentPractices, ...item.gaps, ...item.proposals]) expect(entry.trim()).not.toBe('');
  }
  expect(table.budgetTotalCents).toBe(total);
  for (const w of table.warnings) expect(w.row).toBeGreaterThanOrEqual(1);
}

// ---------- generated tables ----------

const word = fc.constantFrom(
  'zorg',
  'wijk',
  'café',
  'cliënt',
  'één',
  'hulp',
  'Wmo',
  'GGZ',
  'inloop',
  '“warm”',
  'team',
  'a;b',
  'x,y',
  'zeg "ja"',
  'Q3',
  '2023',
  '€',
  'maatje',
);
const phrase = fc.array(word, { minLength: 1, maxLength: 5 }).map((ws) => ws.join(' '));
const entries = (max: number) => fc.uniqueArray(phrase, { maxLength: max });
const amounts = fc.array(fc.integer({ min: 0, max: 500_000_000 }), { maxLength: 3 });

const items = fc
  .array(fc.record({ title: phrase, practices: entries(3), gaps: entries(2), proposals: entries(2), amounts }), {
    minLength: 1,
    maxLength: 6,
  })
  .map((list) =>
    list.map((g, i) => ({
      code: String(i + 1),
      title: g.title,
      currentPractices: g.practices,
      gaps: g.gaps,
      proposals: g.proposals,
      amounts: g.amounts,
    })),
  );
type GenItem = (typeof items extends fc.Arbitrary<infer T> ? T : never)[number];

/** Dutch notation, in the ways people type it. */
function dutchAmount(cents: number, style: number): string {
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  const grouped = String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const decimals = rest === 0 ? ['', ',-', ',00'][style % 3] : `,${String(rest).padStart(2, '0')}`;
  return [`${grouped}${decimals}`, `€ ${grouped}${decimals}`, `${euros}${decimals}`, `€${euros}${decimals}`][style % 4] ?? '';
}

function toRows(list: GenItem[], style: number): string[][] {
  const rows: string[][] = [['Plan extra middelen'], [], ['Nr.', 'Resultaat', 'Wat doen we al', 'Hiaat', 'Voorstel', 'Benodigd budget']];
  for (const item of list) {
    const height = Math.max(1, item.currentPractices.length, item.gaps.length, item.proposals.length, item.amounts.length);
    for (let i = 0; i < height; i += 1) {
      const amount = item.amounts[i];
      rows.push([
        i === 0 ? item.code : '',
        i === 0 ? item.title : '',
        item.currentPractices[i] ?? (i === 0 ? 'n.v.t.' : ''),
        item.gaps[i] ?? (i === 0 ? '-' : ''),
        item.proposals[i] ?? '',
        amount === undefined ? '' : dutchAmount(amount, style + i),
      ]);
    }
    if (style % 2 === 0) rows.push(['', '', '', '', '', '']);
  }
  return rows;
}

function delimited(rows: string[][], delimiter: string): string {
  const quote = (cell: string) => (/[";,\t\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((r) => r.map(quote).join(delimiter)).join('\r\n') + '\r\n';
}

const CP1252: Record<string, number> = { '€': 0x80, '“': 0x93, '”': 0x94 };
function encode(text: string, encoding: string): Uint8Array {
  if (encoding === 'utf-16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (encoding === 'utf-8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  if (encoding === 'windows-1252') return Uint8Array.from([...text].map((ch) => CP1252[ch] ?? ch.charCodeAt(0)));
  return Buffer.from(text, 'utf8');
}

function expected(list: GenItem[]) {
  return list.map((g) => ({
    code: g.code,
    title: g.title,
    currentPractices: g.currentPractices,
    gaps: g.gaps,
    proposals: g.proposals,
    budgetCents: g.amounts.length === 0 ? null : g.amounts.reduce((a, b) => a + b, 0),
    budgetNotes: [],
  }));
}

describe('parseGapTable properties', () => {
  it('reads generated text tables back exactly, in every delimiter and encoding', async () => {
    await fc.assert(
      fc.asyncProperty(
        items,
        fc.constantFrom('\t', ';', ','),
        fc.constantFrom('utf-8', 'utf-8-bom', 'windows-1252', 'utf-16le'),
        fc.nat(11),
        async (list, delimiter, encoding, style) => {
          const table = await parseGapTable(encode(delimited(toRows(list, style), delimiter), encoding));
          expect(table.items.map(({ row: _row, ...rest }) => rest)).toEqual(expected(list));
          expect(table.warnings).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('round-trips through the XLSX export: import → export → import gives the same content', async () => {
    await fc.assert(
      fc.asyncProperty(items, async (list) => {
        const first = await parseGapTable(encode(delimited(toRows(list, 0), ';'), 'utf-8'));
        const exported: GapTableExportItem[] = first.items.map(({ row: _row, ...rest }) => rest);
        const again = await parseGapTable(await gapTableXlsx({ title: 'Hiaatanalyse', items: exported }));
        expect(again.items.map(({ row: _row, ...rest }) => rest)).toEqual(exported);
        expect(again.budgetTotalCents).toBe(first.budgetTotalCents);
      }),
      { numRuns: 25 },
    );
  });

  it('never throws anything but DomainError on truncated fixtures', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fixtures), fc.double({ min: 0, max: 1, noNaN: true }), async (f, at) => {
        await outcome(f.bytes.subarray(0, Math.floor(f.bytes.length * at)));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws anything but DomainError on fixtures with random bytes overwritten', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...fixtures),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        async (f, edits) => {
          const bytes = Uint8Array.from(f.bytes);
          for (const [at, value] of edits) bytes[at % bytes.length] = value;
          await outcome(bytes);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never throws anything but DomainError on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        await outcome(bytes);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws anything but DomainError on a real header above random cells', async () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('', 'n.v.t.', '-', 'Totaal', '1', '2', '1.', '€ 2.500,50', '7.500', 'PM', '"', '""', '\n', '999.999.999.999.999'),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 15 }), fc.constantFrom('\t', ';', ','), async (rows, d) => {
        const text =
          ['Nr.', 'Resultaat', 'Wat doen we al', 'Hiaat', 'Voorstel', 'Benodigd budget'].join(d) +
          '\n' +
          rows.map((r) => r.join(d)).join('\n');
        await outcome(new TextEncoder().encode(text));
      }),
      { numRuns: 300 },
    );
  });

  it('reads a UTF-8 file mistaken for another encoding as a DomainError or a consistent table', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fixtures.filter((f) => !f.name.endsWith('.xlsx'))), async (f) => {
        const asLatin1 = Uint8Array.from(Buffer.from(Buffer.from(f.bytes).toString('latin1'), 'utf16le'));
        await outcome(asLatin1);
      }),
      { numRuns: 30 },
    );
  });
});
