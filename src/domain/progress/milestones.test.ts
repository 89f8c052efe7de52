import { describe, expect, it } from 'vitest';
import { assertValidMilestone, checkPlanCell, milestoneState, planQuarterOf, quarterPlan, type MilestoneInput } from './milestones';

const q = (label: string, start: string, end: string) => ({ label, start, end });
const m = (id: string, nodeId: string, due: MilestoneInput['due'], doneDate: string | null = null): MilestoneInput => ({
  id,
  nodeId,
  title: `Mijlpaal ${id}`,
  due,
  doneDate,
});

describe('milestones', () => {
  it('is due and overdue from the end of its grain', () => {
    const due = q('Q3 2022', '2022-07-01', '2022-09-30');
    expect(milestoneState({ due, doneDate: null }, '2022-09-30')).toBe('open');
    expect(milestoneState({ due, doneDate: null }, '2022-10-01')).toBe('te-laat');
    expect(milestoneState({ due, doneDate: '2022-09-01' }, '2023-01-01')).toBe('gehaald');
    expect(milestoneState({ due, doneDate: '2022-10-02' }, '2023-01-01')).toBe('te-laat-gehaald');
    expect(milestoneState({ due: { label: 'doorlopend', start: null, end: null }, doneDate: null }, '2030-01-01')).toBe('zonder-termijn');
  });

  it('plans per project and quarter of the chosen year, by the end of the grain', () => {
    const ms = [
      m('1', 'p1', q('Q4 2022 of Q1 2023', '2022-10-01', '2023-03-31')),
      m('2', 'p1', q('2023', '2023-01-01', '2023-12-31'), '2023-06-01'),
      m('3', 'p2', q('Q2 2023', '2023-04-01', '2023-06-30')),
      m('4', 'p2', q('Q3 2022', '2022-07-01', '2022-09-30')),
      m('5', 'p2', null),
    ];
    const plan = quarterPlan(['p1', 'p2', 'p3'], ms, 2023, '2023-07-15');
    const shape = plan.map((r) => r.quarters.map((cells) => cells.map((c) => `${c.milestoneId}:${c.state}`).join(',')));
    expect(shape).toEqual([
      ['1:te-laat', '', '', '2:gehaald'],
      ['', '3:te-laat', '', ''],
      ['', '', '', ''],
    ]);
    expect(plan[0]?.quarters[0]?.[0]?.dueLabel).toBe('Q4 2022 of Q1 2023');
  });

  it('shows a milestone in the planning cell it was put in, apart from its deadline wording', () => {
    const turn = { ...m('t', 'p1', q('eind Q3 / begin Q4 2022', '2022-07-01', '2022-12-31')), plan: { year: 2022, quarter: 3 as const } };
    const unplaced = m('u', 'p1', q('eind Q3 / begin Q4 2022', '2022-07-01', '2022-12-31'));
    const placeholder = { ...m('p', 'p1', null), plan: { year: 2022, quarter: 2 as const }, isPlaceholder: true };
    const plan = quarterPlan(['p1'], [turn, unplaced, placeholder], 2022, '2022-01-01');
    expect(plan[0]?.quarters.map((cells) => cells.map((c) => c.milestoneId).join(','))).toEqual(['', 'p', 't', 'u']);
    expect(plan[0]?.quarters[1]?.[0]?.isPlaceholder).toBe(true);
    expect(planQuarterOf(unplaced)).toEqual({ year: 2022, quarter: 4 });
    expect(planQuarterOf(m('x', 'p1', null))).toBeNull();
  });

  it('a planning cell is a year and a quarter, both or neither', () => {
    expect(checkPlanCell(null, null)).toBeNull();
    expect(checkPlanCell(2022, 3)).toBeNull();
    expect(checkPlanCell(2022, null)?.field).toBe('planQuarter');
    expect(checkPlanCell(null, 2)?.field).toBe('planYear');
    expect(checkPlanCell(2022, 5)?.reason).toMatch(/1, 2, 3 of 4/);
  });

  it('refuses a milestone without a title', () => {
    expect(() => assertValidMilestone({ title: ' ', doneDate: null, due: null })).toThrow(/titel/);
  });
});
