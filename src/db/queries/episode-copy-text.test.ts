import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EpisodeInput } from '../../import/episodes/types';
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
    const odd = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('\\', '\t', '\n', '\r', 'N', '.', 'é', '😀', '\ud800', '\udc00') }));
    fc.assert(
      fc.property(odd, (s) => {
        expect(Buffer.from(copyField(s), 'utf8')).toEqual(reference(s));
      }),
      { numRuns: 500 },
    );
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
        if (Number(line.slice(0, 19)) !== first + i || !line.startsWith(`${String(first + i).padStart(19, '0')}\tc|k${i}|`)) throw new Error(`regel ${i}: ${line.slice(0, 40)}`);
      });
    }
  });
});
