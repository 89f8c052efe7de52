import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateInput, toDisplayDate } from './date-input';

describe('parseDateInput: dates as people type them', () => {
  it('reads dd-mm-jjjj and keeps jjjj-mm-dd working', () => {
    expect(parseDateInput('17-02-2022')).toBe('2022-02-17');
    expect(parseDateInput(' 7-2-2022 ')).toBe('2022-02-07');
    expect(parseDateInput('17/02/2022')).toBe('2022-02-17');
    expect(parseDateInput('17.02.2022')).toBe('2022-02-17');
    expect(parseDateInput('2022-02-17')).toBe('2022-02-17');
  });
  it('refuses what is not a real date', () => {
    for (const v of ['31-02-2022', '17-13-2022', '17-02-22', '2022-02-30', 'morgen', '', '00-01-2022'])
      expect(parseDateInput(v), v).toBeNull();
  });
  it('every real date shown as dd-mm-jjjj reads back to itself (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }), (at) => {
        const iso = at.toISOString().slice(0, 10);
        expect(parseDateInput(toDisplayDate(iso))).toBe(iso);
        expect(parseDateInput(iso)).toBe(iso);
      }),
    );
  });
});
