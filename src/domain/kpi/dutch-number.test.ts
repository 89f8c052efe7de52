import { describe, expect, it } from 'vitest';
import { parseDutchNumber } from './dutch-number';

describe('Dutch numbers in KPI files', () => {
  it('reads thousands dots, decimal commas, percent signs, euro signs and minus signs', () => {
    expect(parseDutchNumber('1.234,5')).toEqual({ kind: 'number', value: 1234.5, percent: false });
    expect(parseDutchNumber('12,5%')).toEqual({ kind: 'number', value: 12.5, percent: true });
    expect(parseDutchNumber('€ 1.234,56')).toEqual({ kind: 'number', value: 1234.56, percent: false });
    expect(parseDutchNumber('−2,5')).toEqual({ kind: 'number', value: -2.5, percent: false });
    expect(parseDutchNumber('2.500')).toEqual({ kind: 'number', value: 2500, percent: false });
    expect(parseDutchNumber(17)).toEqual({ kind: 'number', value: 17, percent: false });
  });
  it('keeps unknown apart from empty and from 0, and refuses what it would have to guess', () => {
    expect(parseDutchNumber('onbekend')).toEqual({ kind: 'unknown' });
    expect(parseDutchNumber('n.b.')).toEqual({ kind: 'unknown' });
    expect(parseDutchNumber('')).toEqual({ kind: 'empty' });
    expect(parseDutchNumber('0')).toEqual({ kind: 'number', value: 0, percent: false });
    expect(parseDutchNumber('2.5').kind).toBe('invalid');
    expect(parseDutchNumber('veel').kind).toBe('invalid');
  });
});
