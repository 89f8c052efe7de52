import { describe, expect, it } from 'vitest';
import { formatCount, formatMeasure, formatPercent, parseDisplayDate, periodLabel } from './figure-format';

describe('monitor formats', () => {
  it('labels periods as the board reads them', () => {
    expect(periodLabel({ key: '2024-Q3' }, 'nl')).toBe('Q3 2024');
    expect(periodLabel({ key: '2024' }, 'en')).toBe('2024');
    expect(periodLabel({ key: '2024-03' }, 'nl')).toBe('mrt 2024');
  });

  it('writes numbers the Dutch way and keeps suppression marks as they are', () => {
    expect(formatCount(23834)).toBe('23.834');
    expect(formatCount('<5')).toBe('<5');
    expect(formatCount('x')).toBe('x');
    expect(formatMeasure(259.07, 2)).toBe('259,07');
    expect(formatMeasure(null, 1)).toBe('–');
    expect(formatPercent(0.8532)).toBe('85,3%');
  });

  it('reads dd-mm-jjjj dates and refuses dates that do not exist', () => {
    expect(parseDisplayDate('01-01-2024')).toBe('2024-01-01');
    expect(parseDisplayDate('1-2-2024')).toBe('2024-02-01');
    expect(parseDisplayDate('29-02-2023')).toBeNull();
    expect(parseDisplayDate('2024-01-01')).toBeNull();
  });
});
