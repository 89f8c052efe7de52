import { describe, expect, it } from 'vitest';
import { parseDutchDate } from './dates';

/** The rule in its plain form: two layouts, a real day, years 1900–2200. */
function expected(raw: string): string | null {
  const v = raw.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  const nl = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(v);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]].map(Number) : nl ? [nl[3], nl[2], nl[1]].map(Number) : [NaN, NaN, NaN];
  if (y === undefined || m === undefined || d === undefined || !(y >= 1900 && y <= 2200)) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

describe('parseDutchDate', () => {
  it('agrees with the plain rule for every day, month and leap-year edge in both layouts', () => {
    const years = ['1899', '1900', '1999', '2000', '2023', '2024', '2100', '2200', '2201', '0000'];
    const two = (n: number) => String(n).padStart(2, '0');
    for (const y of years) {
      for (let m = 0; m <= 13; m += 1) {
        for (let d = 0; d <= 32; d += 1) {
          for (const raw of [
            `${y}-${two(m)}-${two(d)}`,
            `${y}-${m}-${d}`,
            `${two(d)}-${two(m)}-${y}`,
            `${d}-${m}-${y}`,
            ` ${y}-${two(m)}-${two(d)}`,
          ]) {
            if (parseDutchDate(raw) !== expected(raw)) throw new Error(`${raw}: ${parseDutchDate(raw)} ≠ ${expected(raw)}`);
          }
        }
      }
    }
    for (const raw of ['', '2024-01-1x', '2024/01/01', '２０２４-01-01', '2024-01-01T00', '+2024-01-01'])
      expect(parseDutchDate(raw)).toBe(expected(raw));
  });
});
