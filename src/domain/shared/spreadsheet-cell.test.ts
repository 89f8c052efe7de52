import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from './spreadsheet-cell';

describe('neutraliseFormula', () => {
  it('puts an apostrophe before text a spreadsheet would run, and leaves other text alone', () => {
    for (const s of ['=1+1', '+31', '-2', '@SUM(A1)', '\tx', '\r=1']) expect(neutraliseFormula(s)).toBe(`'${s}`);
    for (const s of ['Almere', '<5', 'x', '0034', "'=1", '']) expect(neutraliseFormula(s)).toBe(s);
  });

  it('never returns text that starts with a formula character', () => {
    fc.assert(fc.property(fc.string(), (s) => !/^[=+\-@\t\r]/.test(neutraliseFormula(s)) && neutraliseFormula(s).endsWith(s)));
  });
});
