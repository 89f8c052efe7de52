import { describe, expect, it } from 'vitest';
import { hashKey, SeenKeys } from './seen-keys';

describe('SeenKeys', () => {
  it('finds every entry with a hash among many collisions, also after growing', () => {
    const seen = new SeenKeys(4);
    const n = 20_000;
    for (let i = 0; i < n; i += 1) seen.add(i % 8, i % 3, i * 10, i + 2);
    for (let h1 = 0; h1 < 8; h1 += 1) {
      for (let h2 = 0; h2 < 3; h2 += 1) {
        const starts: number[] = [];
        for (let s = seen.first(h1, h2); s !== -1; s = seen.next(s, h1, h2)) {
          expect(seen.lineOf(s)).toBe(seen.recordStart(s) / 10 + 2);
          starts.push(seen.recordStart(s));
        }
        const want = Array.from({ length: n }, (_, i) => i)
          .filter((i) => i % 8 === h1 && i % 3 === h2)
          .map((i) => i * 10);
        expect(starts.sort((a, b) => a - b)).toEqual(want);
      }
    }
    expect(seen.first(9, 0)).toBe(-1);
  });

  it('hashes parts as the joined string', () => {
    expect(hashKey(['c', 'k1', '0363', 'A|1', 'BW', '2024-01-01'], 124)).toEqual(hashKey(['c|k1|0363|A|1|BW|2024-01-01'], 124));
    expect(hashKey(['c', 'k1'], 124)).not.toEqual(hashKey(['c', 'k2'], 124));
  });
});
