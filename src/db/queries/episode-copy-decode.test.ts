import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EpisodeColumnsBuilder, type EpisodeColumns } from '../../domain/monitor/episode-columns';
import { ByteKeys, EpisodeCopyDecoder } from './episode-copy-decode';

/** One episode as plain data, dates as day numbers (as the COPY select gives them). */
interface Row {
  client: string;
  gemeente: string;
  aanbieder: string;
  product: 'BW' | 'MO';
  start: number;
  einde: number | null;
  reden: string | null;
  pgb: boolean;
}

/** A text value the way PostgreSQL's COPY TO writes it, written the slow, obvious way. */
function copyValue(s: string): string {
  const escapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\b': '\\b', '\f': '\\f', '\v': '\\v' };
  let out = '';
  for (const ch of s) out += escapes[ch] ?? ch;
  return out;
}

function copyText(rows: readonly Row[]): Buffer {
  const line = (r: Row) =>
    [
      copyValue(r.client),
      copyValue(r.gemeente),
      copyValue(r.aanbieder),
      r.product,
      String(r.start),
      r.einde === null ? '\\N' : String(r.einde),
      r.reden === null ? '\\N' : copyValue(r.reden),
      r.pgb ? 't' : 'f',
    ].join('\t');
  return Buffer.from(rows.map((r) => `${line(r)}\n`).join(''), 'utf8');
}

/** The columns built from the row objects themselves: what the decoder must give. */
function reference(rows: readonly Row[]): EpisodeColumns {
  const b = new EpisodeColumnsBuilder();
  for (const r of rows) b.addDays(r.client, r.gemeente, r.aanbieder, r.product, r.start, r.einde, r.reden, r.pgb);
  return b.build();
}

function decode(chunks: readonly Uint8Array[]): EpisodeColumns {
  const b = new EpisodeColumnsBuilder();
  const decoder = new EpisodeCopyDecoder(b);
  for (const c of chunks) decoder.push(c);
  decoder.end();
  return b.build();
}

/** The bytes cut at the given places (sorted, within the length). */
function cut(bytes: Uint8Array, at: readonly number[]): Uint8Array[] {
  const places = [...new Set(at.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const p of [...places, bytes.length]) {
    out.push(bytes.subarray(from, p));
    from = p;
  }
  return out;
}

const row = (client: string, over: Partial<Row> = {}): Row => ({
  client,
  gemeente: '0363',
  aanbieder: 'A',
  product: 'BW',
  start: 19_723,
  einde: null,
  reden: null,
  pgb: false,
  ...over,
});

describe('decoding episode COPY text from bytes', () => {
  it('unescapes backslash, tab, newline and the other escapes inside values', () => {
    const rows = [
      row('a\\b', { aanbieder: 'Zorg\tgroep\nNoord\\Zuid', reden: 'x\ry' }),
      row('\\N', { aanbieder: '\b\f\v', reden: '\\N' }),
      row('a\\b', { gemeente: '03\\3', aanbieder: 'Zorg\tgroep\nNoord\\Zuid' }),
      row('a\tb'),
      row(''),
    ];
    const got = decode([copyText(rows)]);
    expect(got).toEqual(reference(rows));
    expect(got.aanbieders).toEqual(['Zorg\tgroep\nNoord\\Zuid', '\b\f\v', 'A']);
    expect(got.reasons).toEqual(['x\ry', '\\N']);
    expect(got.gemeenten).toEqual(['0363', '03\\3']);
    // The two rows of client 'a\b' (one found through the escaped slow path twice) are one client.
    expect(new Set(got.client).size).toBe(4);
  });

  it('keeps non-ASCII clients and aanbieders apart and intact', () => {
    const rows = [
      row('cliënt-é'),
      row('cliënt-è'),
      row('😀', { aanbieder: 'Zorg & Welzijn Fryslân' }),
      row('cliënt-é', { aanbieder: 'Zorg & Welzijn Fryslân' }),
      row('日本'),
    ];
    const got = decode([copyText(rows)]);
    expect(got).toEqual(reference(rows));
    expect(got.aanbieders).toEqual(['A', 'Zorg & Welzijn Fryslân']);
    expect(new Set(got.client).size).toBe(4);
  });

  it('reads null einde and reden, MO and pgb, and days before 1970', () => {
    const rows = [
      row('p1', { einde: 19_800, reden: '19', product: 'MO', pgb: true }),
      row('p2', { start: -365, einde: -1, reden: null }),
      row('p3', { start: 0, einde: 0 }),
    ];
    const got = decode([copyText(rows)]);
    expect(got).toEqual(reference(rows));
    expect([...got.einde]).toEqual([19_800, -1, 0]);
    expect([...got.start]).toEqual([19_723, -365, 0]);
    expect([...got.reason]).toEqual([0, -1, -1]);
    expect([...got.product]).toEqual([1, 0, 0]);
    expect([...got.pgb]).toEqual([1, 0, 0]);
  });

  it('numbers many clients in any order like the string builder does', () => {
    // 60,000 episodes of 40,000 clients in a scrambled order: the hash table grows many times.
    const rows: Row[] = [];
    for (let i = 0; i < 60_000; i++) {
      const c = (i * 7919) % 40_000;
      rows.push(
        row(`k${c}-${'é'.repeat(c % 3)}`, {
          gemeente: String(1000 + (c % 40)),
          aanbieder: `A${c % 300}`,
          start: c,
          einde: c % 2 ? c + 30 : null,
          reden: c % 2 ? String(c % 17) : null,
          pgb: c % 5 === 0,
        }),
      );
    }
    const got = decode([copyText(rows)]);
    const want = reference(rows);
    // Typed arrays as plain arrays: vitest compares those much faster.
    for (const column of ['client', 'gemeente', 'aanbieder', 'product', 'start', 'einde', 'reason', 'pgb'] as const)
      expect([...got[column]], column).toEqual([...want[column]]);
    expect([got.size, got.gemeenten, got.aanbieders, got.reasons]).toEqual([want.size, want.gemeenten, want.aanbieders, want.reasons]);
    expect(new Set(got.client).size).toBe(40_000);
  });

  it('gives the same columns for any values, however the bytes are cut into chunks', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'b', 'N', '\\', '\t', '\n', '\r', '\b', '\f', '\v', '\x01', ' ', 'é', '😀', '日'),
    });
    const anyRow = fc.record({
      client: fc.oneof(text, fc.constantFrom('p1', 'p2', 'p\\1')),
      gemeente: fc.oneof(fc.constantFrom('0363', '0014'), text),
      aanbieder: fc.oneof(fc.constantFrom('A', 'B'), text),
      product: fc.constantFrom<'BW' | 'MO'>('BW', 'MO'),
      start: fc.integer({ min: -100_000, max: 100_000 }),
      einde: fc.option(fc.integer({ min: -100_000, max: 100_000 })),
      reden: fc.option(fc.oneof(fc.constantFrom('19', '\\N'), text)),
      pgb: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(anyRow, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 12 }), fc.boolean(), (rows, cuts, lastNewline) => {
        let bytes: Uint8Array = copyText(rows);
        // The last row may come without its newline.
        if (!lastNewline && bytes.length > 0) bytes = bytes.subarray(0, bytes.length - 1);
        expect(decode(cut(bytes, cuts))).toEqual(reference(rows));
      }),
      { numRuns: 300 },
    );
  });

  it('decodes a byte at a time', () => {
    const rows = [row('cliënt\\1', { aanbieder: 'é\t😀', reden: '日' }), row('cliënt\\1', { einde: 20_000 })];
    const bytes = copyText(rows);
    expect(decode([...bytes].map((b) => Uint8Array.of(b)))).toEqual(reference(rows));
  });

  it('refuses a row with missing or unreadable fields', () => {
    expect(() => decode([Buffer.from('p1\t0363\tA\tBW\t19723\n')])).toThrow(/COPY-regel/);
    expect(() => decode([Buffer.from('p1\t0363\tA\tBW\tx\t\\N\t\\N\tf\n')])).toThrow(/COPY-regel/);
    expect(() => decode([Buffer.from('p1\t0363\tA\tBW\t19723\t\\N\t\\N\tf\textra\n')])).toThrow(/COPY-regel/);
  });
});

describe('ByteKeys', () => {
  it('tells keys apart by their bytes, also when every hash is the same', () => {
    const keys = new ByteKeys();
    const words = ['a', 'ab', '', 'abc', 'b', 'ba', 'é', 'e\u0301', ...Array.from({ length: 2000 }, (_, i) => `w${i}`)];
    const buf = Buffer.from(words.join('|'));
    const ranges: [number, number][] = [];
    let from = 0;
    for (const w of words) {
      const len = Buffer.byteLength(w);
      ranges.push([from, from + len]);
      from += len + 1;
    }
    for (let round = 0; round < 2; round++) ranges.forEach(([f, t], i) => expect(keys.code(buf, f, t, 42)).toBe(i));
    expect(keys.size).toBe(words.length);
    // The same bytes elsewhere (another buffer, another offset) are the same key.
    expect(keys.code(Buffer.from('xxabc'), 2, 5, 42)).toBe(3);
  });
});
