import { addLine, emptyAmounts, totals, type BudgetLine, type StatusAmounts } from './budget';

/** A node as the finance overview needs it; `nodes` are given in tree order (depth first). */
export interface FinanceNode {
  id: string;
  parentId: string | null;
}

export interface FinanceOverview {
  /** Year × money stream, years ascending (unknown year last), streams in the given order. */
  byYearStream: { year: number | null; moneyStream: string; amounts: StatusAmounts }[];
  /** Per node in tree order: its own lines, and its own plus all its descendants'. */
  perNode: { nodeId: string; own: StatusAmounts; subtree: StatusAmounts; lines: number }[];
  /** Lines that belong to the programme as a whole (no node): finance that cuts across the tree. */
  programme: StatusAmounts;
  total: StatusAmounts;
}

export function financeOverview(
  nodes: readonly FinanceNode[],
  lines: readonly BudgetLine[],
  streamOrder: readonly string[],
): FinanceOverview {
  const own = new Map<string, BudgetLine[]>();
  for (const l of lines) if (l.nodeId) own.set(l.nodeId, [...(own.get(l.nodeId) ?? []), l]);

  const children = new Map<string | null, string[]>();
  for (const n of nodes) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n.id]);
  const subtree = new Map<string, StatusAmounts>();
  const sumSubtree = (id: string): StatusAmounts => {
    const cached = subtree.get(id);
    if (cached) return cached;
    const acc = (own.get(id) ?? []).reduce(addLine, emptyAmounts());
    for (const c of children.get(id) ?? []) merge(acc, sumSubtree(c));
    subtree.set(id, acc);
    return acc;
  };

  const cells = new Map<string, { year: number | null; moneyStream: string; amounts: StatusAmounts }>();
  for (const l of lines) {
    const k = `${l.year ?? ''}|${l.moneyStream}`;
    const cell = cells.get(k) ?? { year: l.year, moneyStream: l.moneyStream, amounts: emptyAmounts() };
    addLine(cell.amounts, l);
    cells.set(k, cell);
  }
  const streamRank = (s: string) => {
    const i = streamOrder.indexOf(s);
    return i === -1 ? streamOrder.length : i;
  };
  const byYearStream = [...cells.values()].sort(
    (a, b) =>
      (a.year ?? Infinity) - (b.year ?? Infinity) ||
      streamRank(a.moneyStream) - streamRank(b.moneyStream) ||
      a.moneyStream.localeCompare(b.moneyStream),
  );

  return {
    byYearStream,
    perNode: nodes.map((n) => ({
      nodeId: n.id,
      own: totals(own.get(n.id) ?? []),
      subtree: sumSubtree(n.id),
      lines: (own.get(n.id) ?? []).length,
    })),
    programme: totals(lines.filter((l) => l.nodeId === null)),
    total: totals(lines),
  };
}

function merge(into: StatusAmounts, add: StatusAmounts): void {
  for (const k of Object.keys(into) as (keyof StatusAmounts)[]) {
    into[k].cents += add[k].cents;
    into[k].unknown += add[k].unknown;
  }
}

/** The budget a gap analysis names for a node: an amount, unknown, or paid from another fund. */
export interface GapBudget {
  nodeId: string;
  kind: 'bedrag' | 'onbekend' | 'ander-fonds';
  cents: number | null;
}

export interface GapBudgetTotal {
  /** Sum of the amounts named. */
  cents: number;
  /** Nodes whose needed budget is unknown. */
  unknown: number;
  /** Nodes paid from another fund (no amount in this programme). */
  otherFund: number;
}

/** The gap-analysis budget column totalled per node, over its subtree, and for the programme. */
export function gapBudgetTotals(
  nodes: readonly FinanceNode[],
  budgets: readonly GapBudget[],
): { perNode: Map<string, GapBudgetTotal>; total: GapBudgetTotal } {
  const own = new Map(budgets.map((b) => [b.nodeId, b]));
  const children = new Map<string | null, string[]>();
  for (const n of nodes) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n.id]);
  const perNode = new Map<string, GapBudgetTotal>();
  const visit = (id: string): GapBudgetTotal => {
    const b = own.get(id);
    const acc: GapBudgetTotal = {
      cents: b?.kind === 'bedrag' ? (b.cents ?? 0) : 0,
      unknown: b?.kind === 'onbekend' ? 1 : 0,
      otherFund: b?.kind === 'ander-fonds' ? 1 : 0,
    };
    for (const c of children.get(id) ?? []) {
      const sub = visit(c);
      acc.cents += sub.cents;
      acc.unknown += sub.unknown;
      acc.otherFund += sub.otherFund;
    }
    perNode.set(id, acc);
    return acc;
  };
  const total: GapBudgetTotal = { cents: 0, unknown: 0, otherFund: 0 };
  for (const root of children.get(null) ?? []) {
    const t = visit(root);
    total.cents += t.cents;
    total.unknown += t.unknown;
    total.otherFund += t.otherFund;
  }
  return { perNode, total };
}
