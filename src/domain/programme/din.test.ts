import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDinMatrix, type DinEffort, type DinInput } from './din';

const goals = [
  { id: 'g1', code: '1', title: 'Doel 1', level: 1 },
  { id: 'g2', code: '2', title: 'Doel 2', level: 1 },
  { id: 'g3', code: '3', title: 'Doel 3', level: 1 },
];
const partners = [
  { key: 'org:menzis', label: 'Menzis', type: 'organisation' as const },
  { key: 'org:lentis', label: 'Lentis', type: 'organisation' as const },
];
const efforts: DinEffort[] = [
  { id: 'e1', partnerKey: 'org:menzis', text: 'financiert pilot', geen: false, goalIds: ['g1', 'g2'] },
  { id: 'e2', partnerKey: 'group:Alle gemeenten', text: null, geen: true, goalIds: ['g1'] },
  { id: 'e3', partnerKey: 'org:lentis', text: 'levert FACT-team', geen: false, goalIds: ['g2'] },
];
const input: DinInput = {
  goals,
  partners,
  otherPartners: [{ key: 'group:Alle gemeenten', label: 'Alle gemeenten', type: 'group' }],
  efforts,
};

describe('DIN matrix', () => {
  it('puts one effort in every goal it serves and keeps "geen" apart from empty', () => {
    const m = buildDinMatrix(input);
    expect(m.partners.map((p) => p.label)).toEqual(['Menzis', 'Lentis', 'Alle gemeenten']);
    expect(m.rows.map((r) => r.goal.id)).toEqual(['g1', 'g2']);
    const g1 = m.rows[0]?.cells.map((c) => c.state);
    expect(g1).toEqual(['inspanning', 'leeg', 'geen']);
    expect(m.rows[1]?.cells[0]?.efforts.map((e) => e.id)).toEqual(['e1']);
  });

  it('filters on one partner: only its column and the goals it has something for', () => {
    const m = buildDinMatrix(input, 'org:lentis');
    expect(m.partners.map((p) => p.key)).toEqual(['org:lentis']);
    expect(m.rows.map((r) => [r.goal.id, r.cells.map((c) => c.efforts.map((e) => e.text))])).toEqual([['g2', [['levert FACT-team']]]]);
  });

  it('every (effort, goal) pair appears exactly once in the full matrix (property)', () => {
    const arb = fc.array(
      fc.record({
        partner: fc.constantFrom('org:menzis', 'org:lentis', 'group:Aanbieders'),
        goals: fc.subarray(['g1', 'g2', 'g3'], { minLength: 1 }),
        geen: fc.boolean(),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(arb, (list) => {
        const es: DinEffort[] = list.map((e, i) => ({
          id: `e${i}`,
          partnerKey: e.partner,
          text: e.geen ? null : `t${i}`,
          geen: e.geen,
          goalIds: e.goals,
        }));
        const m = buildDinMatrix({ goals, partners, otherPartners: [], efforts: es });
        const pairs = m.rows.flatMap((r) => r.cells.flatMap((c) => c.efforts.map((e) => `${e.id}@${r.goal.id}@${c.partnerKey}`)));
        const expected = es.flatMap((e) => e.goalIds.map((g) => `${e.id}@${g}@${e.partnerKey}`));
        expect(pairs.sort()).toEqual(expected.sort());
      }),
    );
  });
});
