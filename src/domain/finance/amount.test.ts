import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatEuro, readDutchAmount } from './amount';

describe('readDutchAmount', () => {
  it.each([
    ['7.500', 750_000],
    ['€ 2.176.993', 217_699_300],
    ['1500', 150_000],
    ['12.345,67', 1_234_567],
    ['€ 25.000,-', 2_500_000],
    ['2500.50', 250_050],
    ['0', 0],
  ])('%s is %i cents', (text, cents) => expect(readDutchAmount(text)).toEqual({ ok: true, cents }));

  it.each([
    ['', 'empty'],
    ['1,500', 'ambiguous'],
    ['1.2345', 'ambiguous'],
    ['1.500.5', 'ambiguous'],
    ['-500', 'negative'],
    ['PM', 'not-an-amount'],
    ['€ 99.999.999.999', 'too-large'],
  ])('%s is refused (%s)', (text, reason) => expect(readDutchAmount(text)).toEqual({ ok: false, reason }));

  it('reads back what formatEuro writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000_000 }), (cents) => {
        expect(formatEuro(cents)).toMatch(/^€ \d{1,3}(\.\d{3})*,\d{2}$/);
        expect(readDutchAmount(formatEuro(cents))).toEqual({ ok: true, cents });
      }),
    );
  });
});
