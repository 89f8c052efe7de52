import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { productFromCategory } from '../../domain/monitor/reasons';
import { readCsv } from './csv';
import { parseDutchDate } from './dates';
import { EpisodeCsvScan, parseEpisodesCsv, scanEpisodesCsv } from './parse-episodes-csv';
import { plainToEpisode } from './plain-row';
import { clientPseudonym, quoted } from './pseudonym';
import type { EpisodeInput, ParseOutcome } from '../../domain/monitor/episode-input';
import type { ImportIssue } from '../../domain/monitor/responses';

const SECRET = 'parse-test-secret-0123456789';
const HEADER = ['client', 'gemeente', 'aanbieder', 'product', 'start', 'einde', 'reden_einde', 'pgb'];

/**
 * The oracle: the parser as it was before the fast path, written for clarity: every record
 * through the RFC 4180 reader, a Map of keys for repeats. The fast parser must agree with it on
 * every file (items, errors and skipped rows, with their line numbers and Dutch reasons).
 */
function oracle(text: string, secret: string | undefined): ParseOutcome<EpisodeInput> {
  const items: EpisodeInput[] = [];
  const errors: ImportIssue[] = [];
  const skipped: ImportIssue[] = [];
  const records = readCsv(text);
  const head = records.next();
  if (head.done) return { items, errors: [{ row: 1, field: '(bestand)', reason: 'het bestand is leeg' }], skipped };
  const header = head.value.fields.map((f) => f.trim().toLowerCase());
  const col = HEADER.map((c) => header.indexOf(c));
  HEADER.forEach((c, i) => {
    if (col[i] === -1 && c !== 'pgb') errors.push({ row: 1, field: c, reason: 'kolom ontbreekt in de kopregel' });
  });
  if (errors.length > 0) return { items, errors, skipped };
  const pgbValues = new Map(
    Object.entries({ ja: true, nee: false, j: true, n: false, '1': true, '0': false, true: true, false: false, '': false }),
  );
  const seen = new Map<string, { item: EpisodeInput; line: number }>();
  for (const { line: row, fields } of records) {
    const get = (name: string) => {
      const c = col[HEADER.indexOf(name)] ?? -1;
      return c === -1 ? '' : (fields[c] ?? '').trim();
    };
    const before = errors.length;
    const client = clientPseudonym(get('client'), secret);
    if (!client.ok) errors.push({ row, field: 'client', reason: client.reason });
    const g = get('gemeente');
    const gemeente = /^\d{1,4}$/.test(g) ? g.padStart(4, '0') : null;
    if (!gemeente) errors.push({ row, field: 'gemeente', reason: `${quoted(g)} is geen CBS-gemeentecode van 4 cijfers` });
    const aanbieder = get('aanbieder');
    if (!aanbieder) errors.push({ row, field: 'aanbieder', reason: 'aanbieder ontbreekt' });
    const productRaw = get('product');
    const product = productFromCategory(productRaw);
    // Reported with the row's other errors; a category outside the monitor only skips a valid row.
    if (!product && !/^\d{1,2}$/.test(productRaw))
      errors.push({ row, field: 'product', reason: `${quoted(productRaw)} is geen BW, MO of iWmo-productcategorie` });
    const s = get('start');
    const start = parseDutchDate(s);
    if (!start) errors.push({ row, field: 'start', reason: `${quoted(s)} is geen datum (jjjj-mm-dd of dd-mm-jjjj)` });
    const e = get('einde');
    const einde = e === '' ? null : parseDutchDate(e);
    if (e !== '' && !einde) errors.push({ row, field: 'einde', reason: `${quoted(e)} is geen datum (jjjj-mm-dd of dd-mm-jjjj)` });
    if (start && einde && einde < start) errors.push({ row, field: 'einde', reason: 'einde ligt voor start' });
    const r = get('reden_einde');
    const reden = r === '' ? null : /^\d{1,2}$/.test(r) ? r.padStart(2, '0') : undefined;
    if (reden === undefined) errors.push({ row, field: 'reden_einde', reason: `${quoted(r)} is geen iWmo-reden (twee cijfers)` });
    if (einde && reden === null) errors.push({ row, field: 'reden_einde', reason: 'reden_einde ontbreekt terwijl er een einde is' });
    if (e === '' && reden) errors.push({ row, field: 'reden_einde', reason: 'reden_einde zonder einde' });
    const p = get('pgb');
    const pgb = pgbValues.get(p.toLowerCase());
    if (pgb === undefined) errors.push({ row, field: 'pgb', reason: `${quoted(p)} is geen ja of nee` });
    if (errors.length > before || !client.ok || !gemeente || !start || pgb === undefined || reden === undefined) continue;
    if (!product) {
      skipped.push({
        row,
        field: 'product',
        reason: `productcategorie ${productRaw} valt buiten de monitor (alleen 15 beschermd wonen en 16 opvang)`,
      });
      continue;
    }
    const key = `c|${client.client}|${gemeente}|${aanbieder}|${product}|${start}`;
    const prev = seen.get(key);
    if (prev) {
      if (prev.item.einde !== einde || prev.item.redenEinde !== reden || prev.item.pgb !== pgb) {
        errors.push({
          row,
          field: 'start',
          reason: `zelfde cliënt, gemeente, aanbieder, product en start als regel ${prev.line}, maar andere gegevens`,
        });
      } else skipped.push({ row, field: '(regel)', reason: `herhaling van regel ${prev.line}` });
      continue;
    }
    const item: EpisodeInput = {
      key,
      client: client.client,
      gemeente,
      aanbieder,
      product,
      start,
      einde,
      redenEinde: reden,
      pgb,
      toewijzingNummer: null,
      bron: 'csv',
    };
    seen.set(key, { item, line: row });
    items.push(item);
  }
  return { items, errors, skipped };
}

/** Field values that matter: valid and invalid, with separators, quotes, line breaks and padding. */
const value = {
  client: fc.constantFrom(
    'k1',
    'k2',
    ' k1 ',
    '999900006',
    '999900007',
    '12345672',
    '',
    'a"b',
    'x,y',
    'x;y',
    'twee\nregels',
    'tab\there',
    'back\\slash',
    'Zoë',
    'k\u00a0',
    '1234567',
    'x'.repeat(201),
  ),
  gemeente: fc.constantFrom('363', '0363', '1', '03a3', '', '12345', ' 0363', '٣٦٣'),
  aanbieder: fc.constantFrom(
    'A1',
    'A 2',
    '',
    'Zorg, B.V.',
    'Zorg; B.V.',
    '"Het Huis"',
    'regel\r\nbreuk',
    'Zorg\rB.V.',
    'Zorg & Co',
    'Café',
  ),
  product: fc.constantFrom('BW', 'MO', '15', '16', '02', 'bw', 'Mo', 'XX', '', ' 16', 'B', 'BWX', 'ß'),
  start: fc.constantFrom(
    '2024-01-01',
    '1-3-2024',
    '01-03-2024',
    '2024-02-30',
    '2024-2-5',
    '',
    '2024-01-01 ',
    '2024-02-29',
    '2023-02-29',
    '1899-12-31',
    '2024-01-1x',
  ),
  einde: fc.constantFrom('', '', '2024-03-01', '2023-01-01', 'x', '31-12-2024', '2024-01-01'),
  reden: fc.constantFrom('', '', '19', '2', '20', 'x', '123', ' 7'),
  pgb: fc.constantFrom('ja', 'nee', 'Ja', 'N', '', 'misschien', 'constructor', 'TRUE', 'False', 'j', '1', '0', 'jaa', 'nee '),
};

/** A row as its field values, plus which of them the writer quotes without needing to. */
const rowArb = fc.record({
  fields: fc.tuple(value.client, value.gemeente, value.aanbieder, value.product, value.start, value.einde, value.reden, value.pgb),
  quote: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
  emptyLineAfter: fc.boolean(),
});

interface Layout {
  sep: ',' | ';';
  eol: '\n' | '\r\n';
  bom: boolean;
  /** Quote every field, or only those that need it (plus the row's chosen ones). */
  quoteAll: boolean;
  /** Leave the optional pgb column out. */
  withoutPgb: boolean;
}

function writeCsv(rows: readonly { fields: readonly string[]; quote: readonly boolean[]; emptyLineAfter: boolean }[], l: Layout): string {
  const width = l.withoutPgb ? 7 : 8;
  const cell = (v: string, chosen: boolean) =>
    l.quoteAll || chosen || v.includes(l.sep) || v.includes('"') || v.includes('\n') || v.includes('\r')
      ? `"${v.replaceAll('"', '""')}"`
      : v;
  const lines = [HEADER.slice(0, width).join(l.sep)];
  for (const r of rows) {
    lines.push(
      r.fields
        .slice(0, width)
        .map((v, i) => cell(v, r.quote[i] ?? false))
        .join(l.sep),
    );
    if (r.emptyLineAfter) lines.push('');
  }
  return `${l.bom ? '\uFEFF' : ''}${lines.join(l.eol)}${l.eol}`;
}

const rowsArb = fc.array(rowArb, { maxLength: 25 });
const layoutArb = fc.record({
  sep: fc.constantFrom<',' | ';'>(',', ';'),
  eol: fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
  bom: fc.boolean(),
  quoteAll: fc.boolean(),
  withoutPgb: fc.boolean(),
});

describe('parseEpisodesCsv', () => {
  it('agrees with the straightforward reader on every file: items, errors, skipped and line numbers', () => {
    fc.assert(
      fc.property(rowsArb, layoutArb, (rows, layout) => {
        const text = writeCsv(rows, layout);
        expect(parseEpisodesCsv(text, SECRET)).toEqual(oracle(text, SECRET));
      }),
      { numRuns: 400 },
    );
  });

  it('reads plain lines (split in place) and quoted lines (RFC 4180 reader) to the same result', () => {
    fc.assert(
      fc.property(rowsArb, layoutArb, (rows, layout) => {
        const plain = parseEpisodesCsv(writeCsv(rows, { ...layout, quoteAll: false }), SECRET);
        expect(parseEpisodesCsv(writeCsv(rows, { ...layout, quoteAll: true }), SECRET)).toEqual(plain);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same result with CRLF, a BOM or ; as separator', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const base = parseEpisodesCsv(writeCsv(rows, { sep: ',', eol: '\n', bom: false, quoteAll: false, withoutPgb: false }), SECRET);
        for (const layout of [
          { sep: ',', eol: '\r\n', bom: false },
          { sep: ',', eol: '\n', bom: true },
          { sep: ';', eol: '\n', bom: false },
          { sep: ';', eol: '\r\n', bom: true },
        ] as const) {
          expect(parseEpisodesCsv(writeCsv(rows, { ...layout, quoteAll: false, withoutPgb: false }), SECRET)).toEqual(base);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('numbers rows by the lines of the file across quoted line breaks, CRLF and empty lines', () => {
    const text = [
      'client;gemeente;aanbieder;product;start;einde;reden_einde;pgb',
      'k1;0363;"Zorg',
      'en meer";BW;2024-01-01;;;nee',
      '',
      'k2;0363;A1;BW;2024-13-01;;;nee',
      'k1;0363;"Zorg',
      'en meer";BW;2024-01-01;;;nee',
      'k1;0363;"Zorg',
      'en meer";BW;2024-01-01;2024-02-01;19;nee',
      'k3;0363;A1;02;2024-01-01;;;nee',
    ].join('\r\n');
    const r = parseEpisodesCsv(text, undefined);
    expect(r.items.map((i) => i.aanbieder)).toEqual(['Zorg\r\nen meer']);
    expect(r.errors).toEqual([
      { row: 5, field: 'start', reason: "'2024-13-01' is geen datum (jjjj-mm-dd of dd-mm-jjjj)" },
      { row: 8, field: 'start', reason: 'zelfde cliënt, gemeente, aanbieder, product en start als regel 2, maar andere gegevens' },
    ]);
    expect(r.skipped).toEqual([
      { row: 6, field: '(regel)', reason: 'herhaling van regel 2' },
      { row: 10, field: 'product', reason: 'productcategorie 02 valt buiten de monitor (alleen 15 beschermd wonen en 16 opvang)' },
    ]);
  });

  it('takes a header with a BOM and finds repeats among many rows', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `k${i % 2500},0363,A1,BW,2024-01-01,,,nee`);
    const r = parseEpisodesCsv(`\uFEFF${HEADER.join(',')}\n${rows.join('\n')}\n`, undefined);
    expect(r.errors).toEqual([]);
    expect(r.items).toHaveLength(2500);
    expect(r.skipped).toHaveLength(2500);
    expect(r.skipped[0]).toEqual({ row: 2502, field: '(regel)', reason: 'herhaling van regel 2' });
  });

  it('rejects a NUL character (which the database cannot store) with a Dutch error naming row and field', () => {
    const r = parseEpisodesCsv(
      `${HEADER.join(',')}\nk1,0363,A1,BW,2024-01-01,,,nee\nk\u00002,0363,A1,BW,2024-01-01,,,nee\n` +
        `k3,0363,"Zorg\u0000 B.V.",MO,2024-01-01,,,nee\nk4,0\u0000363,A1,BW,2024-01-01,,,nee\n`,
      undefined,
    );
    expect(r.items.map((i) => i.client)).toEqual(['k1']);
    expect(r.errors).toEqual([
      { row: 3, field: 'client', reason: 'bevat een NUL-teken (byte 0), dat niet kan worden opgeslagen' },
      { row: 4, field: 'aanbieder', reason: 'bevat een NUL-teken (byte 0), dat niet kan worden opgeslagen' },
      { row: 5, field: 'gemeente', reason: "'0\u0000363' is geen CBS-gemeentecode van 4 cijfers" },
    ]);
  });

  it('names every wrong field of a row, the product among them, and skips a valid row of another category', () => {
    const r = parseEpisodesCsv(`${HEADER.join(',')}\nk1,0363,A1,XX,2024-01-01,,,misschien\nk2,0363,A1,17,2024-01-01,,,nee\n`, undefined);
    expect(r.errors).toEqual([
      { row: 2, field: 'product', reason: "'XX' is geen BW, MO of iWmo-productcategorie" },
      { row: 2, field: 'pgb', reason: "'misschien' is geen ja of nee" },
    ]);
    expect(r.skipped).toEqual([
      { row: 3, field: 'product', reason: 'productcategorie 17 valt buiten de monitor (alleen 15 beschermd wonen en 16 opvang)' },
    ]);
  });

  it('reads bytes and text alike, and hands plain lines to the sink as byte ranges of the same episode', () => {
    const text =
      `${HEADER.join(';')}\r\nk1; 363 ;Zorg B.V.;bw;2024-01-01;2024-02-01;2;TRUE\r\n` +
      `k2;0363;"A";16;1-3-2024;;;\r\nZoë;0363;A;MO;2024-01-01;;;nee\r\n`;
    const plain: EpisodeInput[] = [];
    const general: EpisodeInput[] = [];
    const scan = scanEpisodesCsv(Buffer.from(text, 'utf8'), undefined, {
      add: (e) => general.push(e),
      addPlain: (p) => plain.push(plainToEpisode(p)),
    });
    expect(scan).toEqual({ count: 3, errors: [], skipped: [] });
    expect(plain).toEqual([
      {
        key: 'c|k1|0363|Zorg B.V.|BW|2024-01-01',
        client: 'k1',
        gemeente: '0363',
        aanbieder: 'Zorg B.V.',
        product: 'BW',
        start: '2024-01-01',
        einde: '2024-02-01',
        redenEinde: '02',
        pgb: true,
        toewijzingNummer: null,
        bron: 'csv',
      },
    ]);
    expect(general.map((e) => e.client)).toEqual(['k2', 'Zoë']);
    expect(parseEpisodesCsv(text, undefined).items).toEqual([...plain, ...general]);
  });

  it('finds a repeat of a plain line in a quoted or non-ASCII one and the other way round', () => {
    const text =
      `${HEADER.join(',')}\nk1,0363,A1,BW,2024-01-01,,,nee\n"k1",363,A1,15,2024-01-01,,,n\n` +
      `Zoë,0363,A1,BW,2024-01-01,,,nee\nZoë,0363,A1,BW,2024-01-01,2024-02-01,19,nee\nk1,0363,A1,BW,01-01-2024,,,ja\n`;
    const r = parseEpisodesCsv(text, undefined);
    expect(r.items.map((i) => i.client)).toEqual(['k1', 'Zoë']);
    expect(r.skipped).toEqual([{ row: 3, field: '(regel)', reason: 'herhaling van regel 2' }]);
    expect(r.errors).toEqual([
      { row: 5, field: 'start', reason: 'zelfde cliënt, gemeente, aanbieder, product en start als regel 4, maar andere gegevens' },
      { row: 6, field: 'start', reason: 'zelfde cliënt, gemeente, aanbieder, product en start als regel 2, maar andere gegevens' },
    ]);
  });

  it('checks a file in steps to the same result as at once', () => {
    const rows = Array.from({ length: 3000 }, (_, i) =>
      i % 7 === 3 ? `"k${i % 1700}",0363,A1,BW,2024-01-01,,,nee` : `k${i % 1700},0363,${i % 11 === 5 ? '' : 'A1'},BW,2024-01-01,,,nee`,
    );
    const text = Buffer.from(`${HEADER.join(',')}\n${rows.join('\n')}\n`);
    const whole = parseEpisodesCsv(text.toString('utf8'), undefined);
    const items: EpisodeInput[] = [];
    const scan = new EpisodeCsvScan(text, undefined);
    expect(scan.rowsAtMost()).toBe(3001);
    while (!scan.done) scan.step(97, { add: (e) => items.push(e), addPlain: (p) => items.push(plainToEpisode(p)) });
    expect({ items, errors: scan.errors, skipped: scan.skipped }).toEqual(whole);
    expect(whole.errors.length).toBeGreaterThan(0);
    expect(whole.skipped.length).toBeGreaterThan(0);
  });

  it("does not take a pgb value from an object's prototype", () => {
    const r = parseEpisodesCsv(`${HEADER.join(',')}\nk1,0363,A1,BW,2024-01-01,,,constructor\n`, undefined);
    expect(r.errors).toEqual([{ row: 2, field: 'pgb', reason: "'constructor' is geen ja of nee" }]);
  });
});
