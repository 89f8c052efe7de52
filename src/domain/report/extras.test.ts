import { describe, expect, it } from 'vitest';
import type { Amounts, StatusAmounts } from '../finance/budget';
import type { FinanceView } from '../finance/responses';
import { amountCell, columnTotals, financeTable } from './extras';

const a = (cents: number, unknown = 0): Amounts => ({ cents, unknown });
const s = (req: Amounts, granted: Amounts = a(0), realised: Amounts = a(0)): StatusAmounts => ({
  aangevraagd: req,
  toegekend: granted,
  gerealiseerd: realised,
});

describe('report extras: the finance table', () => {
  it('keeps an unknown amount unknown (null), never 0, and totals only what is known', () => {
    expect(amountCell(a(0, 1))).toBeNull();
    expect(amountCell(a(0))).toBe(0);
    expect(amountCell(a(500, 1))).toBe(500);
    expect(
      columnTotals(
        [
          [null, 5],
          [null, 7],
        ],
        2,
      ),
    ).toEqual([null, 12]);
  });

  it('one row per node in scope with lines (tree order, path), the programme row only for a programme report', () => {
    const node = (id: string, own: StatusAmounts, lines: number) => ({
      id,
      parentId: null,
      code: id.toUpperCase(),
      title: `Onderdeel ${id}`,
      depth: 0,
      own,
      subtree: own,
      lines,
      funding: null,
      gapBudget: {} as FinanceView['nodes'][number]['gapBudget'],
    });
    const view = {
      programme: { id: 'p', slug: 'p', title: 'Programma' },
      lines: [{ nodeId: null }, { nodeId: 'a' }, { nodeId: 'b' }],
      nodes: [node('a', s(a(100), a(50)), 1), node('b', s(a(0, 1)), 1), node('c', s(a(0)), 0)],
      programmeLevel: s(a(1000)),
    } as unknown as FinanceView;
    const paths = new Map([
      ['a', 'A'],
      ['b', 'A › B'],
    ]);
    const whole = financeTable(view, { nodeIds: new Set(['a', 'b', 'c']), wholeProgramme: true, paths }, 'nl');
    expect(whole?.rows.map((r) => [r.label, r.path, r.cents])).toEqual([
      ['Programma als geheel', 'Programma', [1000, 0, 0]],
      ['A Onderdeel a', 'A', [100, 50, 0]],
      ['B Onderdeel b', 'A › B', [null, 0, 0]],
    ]);
    expect(whole?.totals).toEqual([1100, 50, 0]);
    const theme = financeTable(view, { nodeIds: new Set(['b']), wholeProgramme: false, paths }, 'en');
    expect(theme?.columns).toEqual(['Requested', 'Granted', 'Realised']);
    expect(theme?.totals).toEqual([null, 0, 0]);
    expect(financeTable(view, { nodeIds: new Set(['c']), wholeProgramme: false, paths }, 'nl')).toBeNull();
  });
});
