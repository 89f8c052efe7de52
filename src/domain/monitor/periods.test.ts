import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, isoFromDayNumber, splitPeriods } from './periods';

describe('splitPeriods', () => {
  it('cuts a year into quarters, months and itself, with day counts', () => {
    expect(splitPeriods('2024-01-01', '2024-12-31', 'kwartaal')).toEqual([
      { key: '2024-Q1', start: '2024-01-01', end: '2024-03-31', days: 91 },
      { key: '2024-Q2', start: '2024-04-01', end: '2024-06-30', days: 91 },
      { key: '2024-Q3', start: '2024-07-01', end: '2024-09-30', days: 92 },
      { key: '2024-Q4', start: '2024-10-01', end: '2024-12-31', days: 92 },
    ]);
    expect(splitPeriods('2024-01-01', '2024-12-31', 'jaar')).toEqual([{ key: '2024', start: '2024-01-01', end: '2024-12-31', days: 366 }]);
    const months = splitPeriods('2023-11-01', '2024-02-29', 'maand');
    expect(months.map((m) => [m.key, m.days])).toEqual([
      ['2023-11', 30],
      ['2023-12', 31],
      ['2024-01', 31],
      ['2024-02', 29],
    ]);
  });

  it('takes only whole periods that start within the range', () => {
    expect(splitPeriods('2024-02-15', '2024-07-01', 'kwartaal').map((p) => p.key)).toEqual(['2024-Q2', '2024-Q3']);
    expect(() => splitPeriods('2024-01-02', '2024-01-31', 'kwartaal')).toThrow(/geen hele kwartaal/);
    expect(() => splitPeriods('2024-05-01', '2024-01-01', 'maand')).toThrow(/voor de begindatum/);
    expect(() => splitPeriods('2024-02-30', '2024-03-01', 'maand')).toThrow(/bestaat niet/);
  });

  it('gives consecutive periods without gaps or overlaps', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 800 }),
        fc.constantFrom('maand', 'kwartaal', 'jaar' as const),
        (a, len, per) => {
          const from = isoFromDayNumber(dayNumber('2015-01-01') + a);
          const to = isoFromDayNumber(dayNumber(from) + len + 366);
          const ps = splitPeriods(from, to, per);
          for (const p of ps) expect(p.days).toBe(dayNumber(p.end) - dayNumber(p.start) + 1);
          for (let i = 1; i < ps.length; i += 1) expect(dayNumber(ps[i]?.start ?? '') - dayNumber(ps[i - 1]?.end ?? '')).toBe(1);
          expect(ps[0]?.start.endsWith('-01')).toBe(true);
          expect((ps[0]?.start ?? '') >= from && (ps[ps.length - 1]?.start ?? '') <= to).toBe(true);
        },
      ),
    );
  });
});
