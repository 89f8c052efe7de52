import { describe, expect, it } from 'vitest';
import { readCsv } from './csv';
import { parseDutchDate } from './dates';
import { parseEpisodesCsv } from './parse-episodes-csv';
import { clientPseudonym, isValidBsn, pseudonymise } from './pseudonym';

describe('episode import parsers', () => {
  it('reads quoted CSV with either separator and keeps line numbers', () => {
    const recs = [...readCsv('a;b\r\n"x;""y""";2\n\n"multi\nline";3\n')];
    expect(recs).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x;"y"', '2'] },
      { line: 4, fields: ['multi\nline', '3'] },
    ]);
  });

  it('accepts jjjj-mm-dd and dd-mm-jjjj, and only real dates', () => {
    expect(parseDutchDate('2024-02-29')).toBe('2024-02-29');
    expect(parseDutchDate('1-3-2024')).toBe('2024-03-01');
    expect(parseDutchDate('29-02-2023')).toBeNull();
    expect(parseDutchDate('2024/01/01')).toBeNull();
  });

  it('checks the elfproef and pseudonymises with the key', () => {
    expect(isValidBsn('999900006')).toBe(true);
    expect(isValidBsn('999900007')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
    expect(pseudonymise('999900006', 'k1-0123456789abcdef')).toBe(pseudonymise('999900006', 'k1-0123456789abcdef'));
    expect(pseudonymise('999900006', 'k1-0123456789abcdef')).not.toBe(pseudonymise('999900006', 'k2-0123456789abcdef'));
    expect(clientPseudonym('cl-17', undefined)).toEqual({ ok: true, client: 'cl-17' });
  });

  it('skips other product categories and maps 15/16 to BW/MO', () => {
    const r = parseEpisodesCsv(
      'client,gemeente,aanbieder,product,start,einde,reden_einde,pgb\na,363,X,15,2024-01-01,,,\nb,0363,X,02,2024-01-01,,,\n',
      undefined,
    );
    expect(r.errors).toEqual([]);
    expect(r.items.map((i) => [i.gemeente, i.product, i.pgb])).toEqual([['0363', 'BW', false]]);
    expect(r.skipped[0]).toMatchObject({ row: 3, field: 'product' });
  });

  it('names a missing column', () => {
    const r = parseEpisodesCsv('client,gemeente,aanbieder,product,start\n', undefined);
    expect(r.errors).toEqual([
      { row: 1, field: 'einde', reason: 'kolom ontbreekt in de kopregel' },
      { row: 1, field: 'reden_einde', reason: 'kolom ontbreekt in de kopregel' },
    ]);
  });
});
