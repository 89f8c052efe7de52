import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EpisodeInput, PlainEpisode } from '../../domain/monitor/episode-input';
import { copyField, EpisodeCopyRows } from './episode-copy-text';

/** COPY text escaping as the PostgreSQL manual describes it, written the slow, obvious way. */
function reference(s: string): Buffer {
  let out = '';
  for (const ch of s) out += ch === '\\' ? '\\\\' : ch === '\t' ? '\\t' : ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : ch;
  return Buffer.from(out, 'utf8');
}

const episode = (i: number, aanbieder = `A${i}`): EpisodeInput => ({
  key: `c|k${i}|0363|${aanbieder}|BW|2024-01-01`,
  client: `k${i}`,
  gemeente: '0363',
  aanbieder,
  product: 'BW',
  start: '2024-01-01',
  einde: i % 2 ? '2024-02-01' : null,
  redenEinde: i % 2 ? '19' : null,
  pgb: i % 3 === 0,
  toewijzingNummer: null,
  bron: 'csv',
});

const lines = (rows: EpisodeCopyRows) => Buffer.concat(rows.chunks()).toString('utf8').split('\n').slice(0, -1);

describe('COPY text for episodes', () => {
  it('escapes backslash, tab, newline and carriage return and nothing else', () => {
    const odd = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom('\\', '\t', '\n', '\r', 'N', '.', 'é', '😀', '\ud800', '\udc00') }),
    );
    fc.assert(
      fc.property(odd, (s) => {
        fc.pre(!s.includes('\0'));
        expect(Buffer.from(copyField(s), 'utf8')).toEqual(reference(s));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a NUL character, which PostgreSQL cannot store, with a Dutch message', () => {
    expect(() => copyField('a\0b')).toThrow(/NUL-teken/);
    expect(() => new EpisodeCopyRows().add(episode(1, 'Zorg\0B.V.'))).toThrow(/NUL-teken/);
  });

  it('writes a plain row from byte ranges exactly as the same episode from strings', () => {
    const src = Buffer.from('xx k17,363,Zorg B.V.,2024-01-05,2024-03-01,2;', 'latin1');
    const plain: PlainEpisode = {
      src,
      client: 3,
      clientEnd: 6,
      gemeente: 7,
      gemeenteEnd: 10,
      aanbieder: 11,
      aanbiederEnd: 20,
      product: 'MO',
      start: 21,
      einde: 32,
      reden: 43,
      redenEnd: 44,
      pgb: true,
    };
    const open: PlainEpisode = { ...plain, einde: -1, reden: 44, redenEnd: 44, pgb: false };
    const fromBytes = new EpisodeCopyRows(41);
    fromBytes.addPlain(plain);
    fromBytes.addPlain(open);
    const fromStrings = new EpisodeCopyRows(41);
    const base = {
      key: 'c|k17|0363|Zorg B.V.|MO|2024-01-05',
      client: 'k17',
      gemeente: '0363',
      aanbieder: 'Zorg B.V.',
      product: 'MO',
      start: '2024-01-05',
      toewijzingNummer: null,
      bron: 'csv',
    } as const;
    fromStrings.add({ ...base, einde: '2024-03-01', redenEinde: '02', pgb: true });
    fromStrings.add({ ...base, einde: null, redenEinde: null, pgb: false });
    expect(lines(fromBytes)).toEqual(lines(fromStrings));
    expect(lines(fromBytes)[0]).toBe(
      '0000000000000000041\tc|k17|0363|Zorg B.V.|MO|2024-01-05\tk17\t0363\tZorg B.V.\tMO\t2024-01-05\t2024-03-01\t02\tt\t\\N\tcsv',
    );
    expect(lines(fromBytes)[1]?.slice(0, 20)).toBe('0000000000000000042\t');
  });

  it('numbers rows as they are added and hands on full chunks while rows are still being added', () => {
    const first = 999_999_999_990;
    const rows = new EpisodeCopyRows(first);
    const taken: Buffer[] = [];
    const n = 120_000;
    for (let i = 0; i < n; i += 1) {
      rows.add(episode(i, `A${i % 7}`));
      if (i % 10_000 === 0) taken.push(...rows.takeChunks());
    }
    taken.push(...rows.takeChunks(true));
    expect(taken.length).toBeGreaterThan(2);
    const got = Buffer.concat(taken).toString('utf8').split('\n').slice(0, -1);
    expect(got).toHaveLength(n);
    got.forEach((line, i) => {
      if (!line.startsWith(`${String(first + i).padStart(19, '0')}\tc|k${i}|`)) throw new Error(`regel ${i}: ${line.slice(0, 40)}`);
    });
    expect(() => rows.numberRows(1)).toThrow();
  });

  it('writes one line per episode, \\N for null, t/f for pgb', () => {
    const rows = new EpisodeCopyRows();
    rows.add(episode(1, 'Zorg\tB.V.\\Noord'));
    rows.add(episode(2));
    rows.numberRows(7);
    expect(lines(rows)).toEqual([
      '0000000000000000007\tc|k1|0363|Zorg\\tB.V.\\\\Noord|BW|2024-01-01\tk1\t0363\tZorg\\tB.V.\\\\Noord\tBW\t2024-01-01\t2024-02-01\t19\tf\t\\N\tcsv',
      '0000000000000000008\tc|k2|0363|A2|BW|2024-01-01\tk2\t0363\tA2\tBW\t2024-01-01\t\\N\t\\N\tf\t\\N\tcsv',
    ]);
  });

  it('numbers rows across many chunks and many rows, and again when asked twice', () => {
    const rows = new EpisodeCopyRows();
    const n = 70_000;
    // Every 10,000th row is large, so the rows spread over several chunks.
    for (let i = 0; i < n; i += 1) rows.add(episode(i, i % 10_000 === 0 ? 'x'.repeat(1_500_000) : `A${i % 7}`));
    expect(rows.rows).toBe(n);
    expect(rows.chunks().length).toBeGreaterThan(3);
    for (const first of [999_999_999_990, 1]) {
      rows.numberRows(first);
      const got = lines(rows);
      expect(got).toHaveLength(n);
      got.forEach((line, i) => {
        if (Number(line.slice(0, 19)) !== first + i || !line.startsWith(`${String(first + i).padStart(19, '0')}\tc|k${i}|`))
          throw new Error(`regel ${i}: ${line.slice(0, 40)}`);
      });
    }
  });
});
