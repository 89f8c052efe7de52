import type { Db } from '../../../db/database';
import { budgetLinesOfProgramme, costSplitsOfProgramme, fundingTotalsOf } from '../../../db/queries/finance';
import { nodesOfProgramme } from '../../../db/queries/node';
import { GAP_ORIGIN, gapBudgetOfLine } from '../../../domain/finance/gap-budget';
import { organisationsByIds } from '../../../db/queries/organisation';
import { checkFundingTotal, MONEY_STREAMS } from '../../../domain/finance/budget';
import type { FinanceView, MunicipalityCost } from '../../../domain/finance/responses';
import { financeOverview, gapBudgetTotals, type GapBudget } from '../../../domain/finance/overview';
import { depthFirst } from '../../../domain/programme/tree';
import { budgetLineView } from './budget-lines';
import { resolveProgramme } from '../programme/resolve';

/** Finance of a programme: lines, year × stream × status, totals per level of the tree, per gemeente. */
export async function getFinance(db: Db, opts: { programme: string }): Promise<FinanceView> {
  const p = await resolveProgramme(db, opts.programme);
  const [nodeRows, lineRows, splits] = await Promise.all([
    nodesOfProgramme(db, p.id),
    budgetLinesOfProgramme(db, p.id),
    costSplitsOfProgramme(db, p.id),
  ]);
  const nodes = depthFirst(nodeRows);
  // The gap-analysis budget lines (origin 'hiaatanalyse') make the "benodigd volgens hiaatanalyse"
  // column; the status totals and year × stream hold the other lines, so nothing is counted twice.
  const lines = lineRows.filter((r) => r.origin !== GAP_ORIGIN).map(budgetLineView);
  const streamKeys = MONEY_STREAMS.map((s) => s.key as string);
  const overview = financeOverview(nodes, lines, streamKeys);
  const gaps = lineRows.flatMap((r): GapBudget[] =>
    r.origin === GAP_ORIGIN && r.nodeId !== null
      ? [gapBudgetOfLine({ nodeId: r.nodeId, moneyStream: r.moneyStream, requestedCents: r.requestedCents })]
      : [],
  );
  const gapTotals = gapBudgetTotals(nodes, gaps);
  const funding = new Map(
    (
      await fundingTotalsOf(
        db,
        nodes.map((n) => n.id),
      )
    ).map((f) => [f.nodeId, f]),
  );

  const orgIds = [
    ...new Set([
      ...lines.flatMap((l) => (l.payerOrganisationId ? [l.payerOrganisationId] : [])),
      ...splits.flatMap((s) => s.shares.map((x) => x.organisationId)),
    ]),
  ];
  const orgs = new Map((await organisationsByIds(db, orgIds)).map((o) => [o.id, o]));
  const depth = new Map<string, number>();
  for (const n of nodes) depth.set(n.id, n.parentId ? (depth.get(n.parentId) ?? 0) + 1 : 0);

  const perGemeente = new Map<string, MunicipalityCost>();
  const entry = (id: string, name: string) => {
    const e = perGemeente.get(id) ?? { organisationId: id, name, sharedCents: 0, paidCents: 0, paidUnknown: 0 };
    perGemeente.set(id, e);
    return e;
  };
  for (const s of splits)
    for (const share of s.shares)
      entry(share.organisationId, orgs.get(share.organisationId)?.name ?? share.name).sharedCents += share.cents;
  for (const l of lines) {
    const org = l.payerOrganisationId ? orgs.get(l.payerOrganisationId) : undefined;
    if (!org || org.kind !== 'gemeente') continue;
    const amount = l.realisedCents ?? l.grantedCents ?? l.requestedCents;
    const e = entry(org.id, org.name);
    if (amount === null) e.paidUnknown += 1;
    else e.paidCents += amount;
  }

  const streams = [...MONEY_STREAMS.map((s) => ({ key: s.key as string, label: s.label as string }))];
  for (const l of lines) if (!streams.some((s) => s.key === l.moneyStream)) streams.push({ key: l.moneyStream, label: l.moneyStream });

  return {
    programme: { id: p.id, slug: p.slug, title: p.title },
    streams,
    lines: lines.map((l) => ({ ...l, payerName: l.payerOrganisationId ? (orgs.get(l.payerOrganisationId)?.name ?? null) : null })),
    nodes: nodes.map((n, i) => {
      const per = overview.perNode[i];
      const f = funding.get(n.id);
      return {
        id: n.id,
        parentId: n.parentId,
        code: n.code,
        title: n.title,
        depth: depth.get(n.id) ?? 0,
        own: per?.own ?? overview.programme,
        subtree: per?.subtree ?? overview.programme,
        lines: per?.lines ?? 0,
        gapBudget: gapTotals.perNode.get(n.id) ?? { cents: 0, unknown: 0, otherFund: 0 },
        funding: f
          ? checkFundingTotal(
              f.statedCents,
              lines.filter((l) => l.nodeId === n.id),
            )
          : null,
      };
    }),
    byYearStream: overview.byYearStream,
    programmeLevel: overview.programme,
    total: overview.total,
    gapBudgetTotal: gapTotals.total,
    municipalities: [...perGemeente.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  };
}
