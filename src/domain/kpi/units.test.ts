import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors';
import { applyChange, formatQuantity, percentagePointDifference, quantity, type Change, type Quantity } from './units';
import { targetEndValue, validateTarget } from './targets';

describe('percent and procentpunt are different units', () => {
  it('−2,5 procentpunt from 20% is 17,5%; −2,5 percent from 20% is 19,5%', () => {
    expect(applyChange(quantity('percent', 20), quantity('procentpunt', -2.5)).value).toBeCloseTo(17.5, 12);
    expect(applyChange(quantity('percent', 20), quantity('percent', -2.5)).value).toBeCloseTo(19.5, 12);
  });

  it('the compiler refuses a count where a percentage or a change is asked', () => {
    const count: Quantity<'aantal'> = quantity('aantal', 3);
    // @ts-expect-error: a difference of percentages takes percentages, not counts
    percentagePointDifference(count, quantity('percent', 10));
    // @ts-expect-error: a change is in percent or procentpunt, never in aantal
    const bad: Change = quantity('aantal', 5);
    expect(bad.unit).toBe('aantal');
    const diff: Quantity<'procentpunt'> = percentagePointDifference(quantity('percent', 22), quantity('percent', 19.5));
    // @ts-expect-error: a difference in procentpunten is not a percentage
    const asPercent: Quantity<'percent'> = diff;
    expect(asPercent.unit).toBe('procentpunt');
  });

  it('refuses procentpunten on an indicator that is not a percentage, at run time too', () => {
    expect(() => applyChange(quantity('aantal', 120), quantity('procentpunt', -2.5))).toThrow(DomainError);
    expect(
      validateTarget({ kind: 'relatief', change: quantity('procentpunt', -2.5), by: '2025-12-31' }, 'aantal', {
        value: 1,
        date: '2020-01-01',
      }),
    ).toHaveLength(1);
    expect(() =>
      targetEndValue({ kind: 'relatief', change: quantity('procentpunt', -2.5), by: '2025-12-31' }, 'euro', {
        value: 1,
        date: '2020-01-01',
      }),
    ).toThrow(/procentpunten/);
  });

  it('formats in Dutch', () => {
    expect(formatQuantity('aantal', 1234.5)).toBe('1.234,5');
    expect(formatQuantity('percent', 12.5)).toBe('12,5%');
    expect(formatQuantity('procentpunt', -2.5)).toBe('−2,5 procentpunt');
    expect(formatQuantity('euro', 1234.56)).toBe('€ 1.234,56');
    expect(formatQuantity('aantal', 2500)).toBe('2.500');
    expect(formatQuantity('percent', null)).toBe('onbekend');
  });
});
