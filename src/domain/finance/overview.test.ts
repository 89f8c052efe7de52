import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUDGET_STATUSES, type BudgetLine } from './budget';
import { financeOverview, type FinanceNode } from './overview';

/** A random tree (each node's parent is an earlier node) and lines on random nodes. */
const treeAndLines = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.tuple(
    fc.tuple(...Array.from({ length: n }, (_, i) => (i === 0 ? fc.constant(-1) : fc.integer({ min: -1, max: i - 1 })))),
    fc.array(
      fc.record({
        node: fc.integer({ min: -1, max: n - 1 }),
        year: fc.option(fc.integer({ min: 2021, max: 2025 }), { nil: null }),
        stream: fc.constantFrom('wmo', 'zvw', 'regiodeal'),
        status: fc.constantFrom(...BUDGET_STATUSES),
        requested: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: null }),
        granted: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: null }),
        realised: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: null }),
      }),
      { maxLength: 30 },
    ),
  ),
);

describe('financeOverview', () => {
  it('totals per subtree equal a walk up the parents of every line (independent oracle)', () => {
    fc.assert(
      fc.property(treeAndLines, ([parents, raw]) => {
        const nodes: FinanceNode[] = parents.map((p, i) => ({ id: `n${i}`, parentId: p === -1 ? null : `n${p}` }));
        const lines: BudgetLine[] = raw.map((r, i) => ({
          id: `l${i}`,
          nodeId: r.node === -1 ? null : `n${r.node}`,
          year: r.year,
          moneyStream: r.stream,
          payerOrganisationId: null,
          recurrence: 'eenmalig',
          status: r.status,
          requestedCents: r.requested,
          grantedCents: r.granted,
          realisedCents: r.realised,
          condition: null,
          conditionMet: null,
        }));
        const o = financeOverview(nodes, lines, ['wmo', 'zvw', 'regiodeal']);
        const ancestorsOf = (id: string | null): string[] => {
          const out: string[] = [];
          for (let cur = id; cur !== null; cur = nodes.find((n) => n.id === cur)?.parentId ?? null) out.push(cur);
          return out;
        };
        const rank = { aangevraagd: 0, toegekend: 1, gerealiseerd: 2 } as const;
        for (const n of nodes) {
          const mine = lines.filter((l) => ancestorsOf(l.nodeId).includes(n.id));
          const entry = o.perNode.find((p) => p.nodeId === n.id);
          const expectedGranted = mine
            .filter((l) => rank[l.status] >= 1 && l.grantedCents !== null)
            .reduce((s, l) => s + (l.grantedCents ?? 0), 0);
          const unknownGranted = mine.filter((l) => rank[l.status] >= 1 && l.grantedCents === null).length;
          expect(entry?.subtree.toegekend).toEqual({ cents: expectedGranted, unknown: unknownGranted });
        }
        const allRequested = lines.reduce((s, l) => s + (l.requestedCents ?? 0), 0);
        expect(o.total.aangevraagd.cents).toBe(allRequested);
        expect(o.byYearStream.reduce((s, c) => s + c.amounts.aangevraagd.cents, 0)).toBe(allRequested);
      }),
    );
  });
});
