import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, dutchDate, isIsoDate, quarterBounds, quarterOf } from './dates';
import { assertValidPeriods, boardMeetingPeriods, previousPeriod, quarterPeriods, reportingWindows } from './periods';

describe('dates', () => {
  it('knows quarters, leap days and the Dutch date of an instant', () => {
    expect(quarterBounds(2024, 1)).toEqual({ start: '2024-01-01', end: '2024-03-31' });
    expect(quarterBounds(2022, 4)).toEqual({ start: '2022-10-01', end: '2022-12-31' });
    expect(quarterOf('2022-07-01')).toEqual({ year: 2022, quarter: 3 });
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(daysBetween('2022-12-31', '2023-01-10')).toBe(10);
    expect(isIsoDate('2023-02-29')).toBe(false);
    // 23:30 UTC on 31 December is already 1 January in Amsterdam.
    expect(dutchDate(new Date('2022-12-31T23:30:00Z'))).toBe('2023-01-01');
  });
});

describe('reporting periods', () => {
  it('builds quarters with a due date after each quarter', () => {
    const q = quarterPeriods(2022, 10);
    expect(q.map((p) => [p.label, p.startDate, p.endDate, p.dueDate])).toEqual([
      ['Q1 2022', '2022-01-01', '2022-03-31', '2022-04-10'],
      ['Q2 2022', '2022-04-01', '2022-06-30', '2022-07-10'],
      ['Q3 2022', '2022-07-01', '2022-09-30', '2022-10-10'],
      ['Q4 2022', '2022-10-01', '2022-12-31', '2023-01-10'],
    ]);
    expect(() => assertValidPeriods(q)).not.toThrow();
  });

  it('builds one period per board meeting, due two weeks before it', () => {
    const p = boardMeetingPeriods(['2022-09-15', '2022-05-12'], '2022-01-01');
    expect(p.map((x) => [x.startDate, x.endDate, x.dueDate])).toEqual([
      ['2022-01-01', '2022-05-12', '2022-04-28'],
      ['2022-05-13', '2022-09-15', '2022-09-01'],
    ]);
    expect(p[0]?.label).toBe('Bestuurlijk overleg 12-05-2022');
  });

  it('names the row, field and reason of bad periods', () => {
    try {
      assertValidPeriods([
        { label: 'Q1', kind: 'kwartaal', startDate: '2022-01-01', endDate: '2022-03-31', dueDate: '2022-04-10' },
        { label: '', kind: 'overig', startDate: '2022-03-01', endDate: '2022-02-01', dueDate: '2022-13-01' },
      ]);
      expect.unreachable();
    } catch (e) {
      const details = (e as { details: { row: number; field: string }[] }).details;
      expect(details.map((d) => `${d.row}:${d.field}`).sort()).toEqual(['2:dueDate', '2:endDate', '2:label', '2:startDate']);
    }
  });

  it('gives every period a reporting window up to its due date, without overlap, and finds the previous period', () => {
    const [q1, q2] = quarterPeriods(2022, 10).map((p, i) => ({ ...p, id: `q${i + 1}` }));
    if (!q1 || !q2) throw new Error('quarters');
    const w = reportingWindows([q2, q1]);
    expect(w.get('q1')).toEqual({ from: '2022-01-01', to: '2022-04-10' });
    expect(w.get('q2')).toEqual({ from: '2022-04-11', to: '2022-07-10' });
    expect(previousPeriod([q2, q1], q2)).toBe(q1);
    expect(previousPeriod([q2, q1], q1)).toBeNull();
  });
});

describe('reporting cycles side by side (a board table every four months, an administrative table every two)', () => {
  const board = boardMeetingPeriods(['2024-04-15', '2024-08-15', '2024-12-15'], '2024-01-01', 14, 'Bestuurlijke tafel').map((p, i) => ({
    ...p,
    id: `b${i}`,
    bodyId: 'board',
  }));
  const admin = boardMeetingPeriods(['2024-02-20', '2024-04-20', '2024-06-20', '2024-08-20'], '2024-01-01', 7, 'Ambtelijk overleg').map(
    (p, i) => ({
      ...p,
      id: `a${i}`,
      bodyId: 'admin',
    }),
  );

  it('accepts overlapping periods of different cycles, still refuses overlap within one cycle', () => {
    expect(() => assertValidPeriods([...board, ...admin])).not.toThrow();
    // The programme's own cycle (no body) runs beside both.
    expect(() => assertValidPeriods([...board, ...admin, ...quarterPeriods(2024)])).not.toThrow();
    const clash = {
      label: 'Extra',
      kind: 'overig' as const,
      startDate: '2024-03-01',
      endDate: '2024-03-31',
      dueDate: '2024-03-31',
      bodyId: 'board',
    };
    try {
      assertValidPeriods([clash, ...board, ...admin]);
      expect.unreachable();
    } catch (e) {
      const details = (e as { details: { row: number; field: string; reason: string }[] }).details;
      expect(details).toHaveLength(1);
      expect(details[0]?.reason).toContain('Bestuurlijke tafel 15-04-2024');
    }
  });

  it('keeps refusing a second overlapping set in the single-cycle case (no body)', () => {
    expect(() => assertValidPeriods([...quarterPeriods(2024), ...boardMeetingPeriods(['2024-05-01'], '2024-01-01')])).toThrow(/Overlapt/);
  });

  it('lets one update count for the current period of each cycle', () => {
    const w = reportingWindows([...board, ...admin]);
    const update = '2024-04-10';
    const counts = [...w.entries()].filter(([, x]) => x.from <= update && update <= x.to).map(([id]) => id);
    expect(counts.sort()).toEqual(['a1', 'b0']);
    // Within a cycle the windows still follow on without overlap.
    expect(w.get('a1')).toEqual({ from: '2024-02-21', to: '2024-04-20' });
    expect(w.get('b1')).toEqual({ from: '2024-04-16', to: '2024-08-15' });
  });

  it('finds the previous period within the same cycle only', () => {
    const all = [...board, ...admin];
    const at = <T>(list: T[], i: number): T => {
      const x = list[i];
      if (x === undefined) throw new Error(`no period ${i}`);
      return x;
    };
    expect(previousPeriod(all, at(board, 1))?.id).toBe('b0');
    expect(previousPeriod(all, at(admin, 2))?.id).toBe('a1');
    expect(previousPeriod(all, at(admin, 0))).toBeNull();
  });
});
