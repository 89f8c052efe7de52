import { describe, expect, it } from 'vitest';
import { quarterPeriods } from './periods';
import { updateDuties, type DutyNode, type DutyPeriod } from './update-duties';

const periods: DutyPeriod[] = quarterPeriods(2022, 10).map((p, i) => ({ ...p, id: `q${i + 1}`, locked: i === 0 }));
const node = (nodeId: string, updates: DutyNode['updates'], extra: Partial<DutyNode> = {}): DutyNode => ({
  nodeId,
  ownerKeys: ['venlo'],
  needsUpdates: true,
  updates,
  ...extra,
});

describe('updateDuties ("mijn updates")', () => {
  it('lists open and overdue updates per started, unlocked period, most overdue first', () => {
    const today = '2022-07-20';
    const duties = updateDuties(
      [
        node('a', [{ date: '2022-07-05', status: 'groen' }]),
        node('b', []),
        node('klaar', [{ date: '2022-03-01', status: 'afgerond' }]),
        node('ouder', [], { needsUpdates: false }),
        node('ander', [], { ownerKeys: ['horst'] }),
      ],
      periods,
      today,
      'venlo',
    );
    expect(duties.map((d) => `${d.nodeId}/${d.periodId}/${d.state}/${d.daysOverdue}`)).toEqual([
      'b/q2/te-laat/10',
      'a/q2/ingediend/0',
      'a/q3/open/0',
      'b/q3/open/0',
    ]);
  });

  it('without an owner filter, shows every owner; a locked period asks for nothing', () => {
    const duties = updateDuties([node('x', [], { ownerKeys: [] })], periods, '2022-03-01');
    expect(duties).toEqual([]);
    const later = updateDuties([node('x', [], { ownerKeys: [] })], periods, '2022-04-01');
    expect(later.map((d) => `${d.periodId}/${d.state}`)).toEqual(['q2/open']);
  });
});

describe('updateDuties with two reporting cycles side by side', () => {
  it('owes an update per cycle, and one update answers the current period of each', () => {
    const board: DutyPeriod = {
      id: 'bt',
      label: 'Bestuurlijke tafel',
      startDate: '2024-01-01',
      endDate: '2024-04-15',
      dueDate: '2024-04-01',
      locked: false,
      bodyId: 'board',
    };
    const admin: DutyPeriod = {
      id: 'ao',
      label: 'Ambtelijk overleg',
      startDate: '2024-02-21',
      endDate: '2024-04-20',
      dueDate: '2024-04-13',
      locked: false,
      bodyId: 'admin',
    };
    const states = (updates: DutyNode['updates']) =>
      updateDuties([node('a', updates)], [board, admin], '2024-04-16')
        .map((d) => `${d.periodId}/${d.state}`)
        .sort();
    expect(states([])).toEqual(['ao/te-laat', 'bt/te-laat']);
    expect(states([{ date: '2024-03-30', status: 'groen' }])).toEqual(['ao/ingediend', 'bt/ingediend']);
    // Before the administrative period began: it counts for the board's period only.
    expect(states([{ date: '2024-02-10', status: 'groen' }])).toEqual(['ao/te-laat', 'bt/ingediend']);
  });
});
