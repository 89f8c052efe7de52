import { describe, expect, it } from 'vitest';
import { contradictionsOf, type CheckNode, type CheckPeriod } from './contradictions';
import type { MilestoneInput } from './milestones';

const ms = (id: string, end: string | null, doneDate: string | null = null): MilestoneInput => ({
  id,
  nodeId: 'n',
  title: `Mijlpaal ${id}`,
  due: end ? { start: null, end, label: `eind ${end}` } : null,
  doneDate,
});
const node = (over: Partial<CheckNode>): CheckNode => ({
  nodeId: 'n',
  status: 'groen',
  percent: 50,
  reportsItself: true,
  updates: [],
  ...over,
});
const q = (label: string, startDate: string, endDate: string, dueDate: string): CheckPeriod => ({ label, startDate, endDate, dueDate });
const rules = (xs: { rule: string }[]) => xs.map((x) => x.rule);
const TODAY = '2024-05-15';

describe('contradictions', () => {
  it('flags groen or afgerond while a milestone is overdue, naming the milestone', () => {
    const r = contradictionsOf(node({ status: 'groen' }), [ms('a', '2024-03-31'), ms('b', '2024-12-31')], [], TODAY);
    expect(r).toEqual([
      {
        nodeId: 'n',
        rule: 'groen-bij-te-late-mijlpaal',
        key: 'groen-bij-te-late-mijlpaal:a',
        reason: expect.stringContaining("'Mijlpaal a'"),
      },
    ]);
    expect(rules(contradictionsOf(node({ status: 'oranje' }), [ms('a', '2024-03-31')], [], TODAY))).toEqual([]);
    // Done late is not overdue.
    expect(rules(contradictionsOf(node({ status: 'groen' }), [ms('a', '2024-03-31', '2024-04-10')], [], TODAY))).toEqual([]);
  });

  it('flags rood while every milestone is done, not while one is still open or without milestones', () => {
    expect(
      rules(
        contradictionsOf(node({ status: 'rood' }), [ms('a', '2024-03-31', '2024-03-01'), ms('b', '2024-06-30', '2024-05-01')], [], TODAY),
      ),
    ).toEqual(['rood-alles-gehaald']);
    expect(
      rules(contradictionsOf(node({ status: 'rood' }), [ms('a', '2024-03-31', '2024-03-01'), ms('b', '2024-06-30')], [], TODAY)),
    ).toEqual([]);
    expect(rules(contradictionsOf(node({ status: 'rood' }), [], [], TODAY))).toEqual([]);
  });

  it('flags afgerond or 100% with open milestones; a milestone done after the day asked is still open then', () => {
    expect(rules(contradictionsOf(node({ status: 'afgerond', percent: 100 }), [ms('a', '2024-12-31')], [], TODAY))).toEqual([
      'afgerond-met-open-mijlpalen',
    ]);
    expect(rules(contradictionsOf(node({ status: 'groen', percent: 100 }), [ms('a', null)], [], TODAY))).toEqual([
      'afgerond-met-open-mijlpalen',
    ]);
    expect(rules(contradictionsOf(node({ status: 'afgerond', percent: 100 }), [ms('a', '2024-12-31', '2024-06-01')], [], TODAY))).toEqual([
      'afgerond-met-open-mijlpalen',
    ]);
    expect(rules(contradictionsOf(node({ status: 'afgerond', percent: 100 }), [ms('a', '2024-12-31', '2024-05-01')], [], TODAY))).toEqual(
      [],
    );
  });

  it('flags an update older than the last reporting period whose due date has passed', () => {
    const periods = [
      q('Q4 2023', '2023-10-01', '2023-12-31', '2024-01-10'),
      q('Q1 2024', '2024-01-01', '2024-03-31', '2024-04-10'),
      q('Q2 2024', '2024-04-01', '2024-06-30', '2024-07-10'),
    ];
    const stale = node({ updates: [{ id: 'u1', date: '2023-12-20', status: 'groen' }] });
    const r = contradictionsOf(stale, [], periods, TODAY);
    expect(r.map((x) => [x.rule, x.key])).toEqual([['update-verouderd', 'update-verouderd:u1']]);
    expect(r[0]?.reason).toContain('20-12-2023');
    expect(r[0]?.reason).toContain('Q1 2024');
    // An update within Q1 is recent enough; Q2 is not due yet.
    expect(rules(contradictionsOf(node({ updates: [{ id: 'u2', date: '2024-02-01', status: 'groen' }] }), [], periods, TODAY))).toEqual([]);
    // Finished work, parents (derived) and nodes without any update are not stale.
    expect(rules(contradictionsOf(node({ updates: [{ id: 'u3', date: '2023-12-20', status: 'afgerond' }] }), [], periods, TODAY))).toEqual(
      [],
    );
    expect(rules(contradictionsOf({ ...stale, reportsItself: false }, [], periods, TODAY))).toEqual([]);
    expect(rules(contradictionsOf(node({}), [], periods, TODAY))).toEqual([]);
  });

  it('flags a milestone done before the node started', () => {
    const n = node({
      status: 'groen',
      updates: [
        { id: 'u1', date: '2024-02-01', status: 'niet-gestart' },
        { id: 'u2', date: '2024-04-01', status: 'groen' },
      ],
    });
    expect(rules(contradictionsOf(n, [ms('a', '2024-06-30', '2024-01-15')], [], TODAY))).toEqual(['mijlpaal-voor-start']);
    expect(rules(contradictionsOf(n, [ms('a', '2024-06-30', '2024-03-15')], [], TODAY))).toEqual([]);
  });
});
