import { describe, expect, it } from 'vitest';
import { parseAmount } from './amount';

describe('parseAmount', () => {
  it.each([
    ['7.500', 750_000],
    ['27.000', 2_700_000],
    ['1500', 150_000],
    ['€ 2.500,50', 250_050],
    ['€2.500,5', 250_050],
    ['€ 1.000,-', 100_000],
    ['1.000,--', 100_000],
    ['EUR 1.234.567,89', 123_456_789],
    ['12 euro', 1_200],
    ['0', 0],
    ['€ 0,00', 0],
    ['2500.50', 250_050],
    ['1.5', 150],
    ['007', 700],
    ['1 500', 150_000],
  ])('%s is %i cents', (text, cents) => {
    expect(parseAmount(text)).toEqual({ kind: 'amount', cents });
  });

  it.each(['PM', 'ca. 5.000', '5.000 per jaar', '1,500', '7.50.0', '-500', '1.2345', 'uit bestaande middelen', '€'])(
    '%s is not an amount',
    (text) => {
      const parsed = parseAmount(text);
      if (text === '€') expect(parsed).toEqual({ kind: 'empty' });
      else expect(parsed).toEqual({ kind: 'text', text });
    },
  );

  it('takes spreadsheet numbers exactly and refuses fractions of cents', () => {
    expect(parseAmount(7500)).toEqual({ kind: 'amount', cents: 750_000 });
    expect(parseAmount(1000.5)).toEqual({ kind: 'amount', cents: 100_050 });
    expect(parseAmount(0.29)).toEqual({ kind: 'amount', cents: 29 });
    expect(parseAmount(10.005)).toEqual({ kind: 'text', text: '10.005' });
    expect(parseAmount(-5)).toEqual({ kind: 'text', text: '-5' });
  });

  it('flags amounts too large to be a budget', () => {
    expect(parseAmount('999.999.999.999')).toEqual({ kind: 'too-large', text: '999.999.999.999' });
    expect(parseAmount(1e13)).toEqual({ kind: 'too-large', text: '10000000000000' });
    expect(parseAmount('10.000.000.000')).toEqual({ kind: 'amount', cents: 1_000_000_000_000 });
  });
});
