import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../database';
import { budgetLine, costSplit, fundingTotal, organisation, organisationPopulation } from '../schema';

export type BudgetLineRow = typeof budgetLine.$inferSelect;
export type CostSplitRow = typeof costSplit.$inferSelect;
export type FundingTotalRow = typeof fundingTotal.$inferSelect;

export function budgetLinesOfProgramme(db: Db, programmeId: string): Promise<BudgetLineRow[]> {
  return db
    .select()
    .from(budgetLine)
    .where(eq(budgetLine.programmeId, programmeId))
    .orderBy(asc(budgetLine.year), asc(budgetLine.createdAt), asc(budgetLine.id));
}

export async function budgetLineById(db: Db, id: string, opts: { forUpdate?: boolean } = {}): Promise<BudgetLineRow | undefined> {
  const q = db.select().from(budgetLine).where(eq(budgetLine.id, id));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

export async function insertBudgetLine(db: Db, values: typeof budgetLine.$inferInsert): Promise<BudgetLineRow> {
  const [row] = await db.insert(budgetLine).values(values).returning();
  if (!row) throw new Error('insert budget_line returned no row');
  return row;
}

export async function updateBudgetLineRow(db: Db, id: string, values: Partial<typeof budgetLine.$inferInsert>): Promise<BudgetLineRow> {
  const [row] = await db.update(budgetLine).set(values).where(eq(budgetLine.id, id)).returning();
  if (!row) throw new Error('update budget_line returned no row');
  return row;
}

export async function deleteBudgetLineRow(db: Db, id: string): Promise<void> {
  await db.delete(budgetLine).where(eq(budgetLine.id, id));
}

export function fundingTotalsOf(db: Db, nodeIds: string[]): Promise<FundingTotalRow[]> {
  if (nodeIds.length === 0) return Promise.resolve([]);
  return db.select().from(fundingTotal).where(inArray(fundingTotal.nodeId, nodeIds));
}

export async function setFundingTotal(db: Db, nodeId: string, statedCents: number | null, note: string | null): Promise<void> {
  await db.delete(fundingTotal).where(eq(fundingTotal.nodeId, nodeId));
  if (statedCents !== null) await db.insert(fundingTotal).values({ nodeId, statedCents, note });
}

export function costSplitsOfProgramme(db: Db, programmeId: string): Promise<CostSplitRow[]> {
  return db.select().from(costSplit).where(eq(costSplit.programmeId, programmeId)).orderBy(asc(costSplit.decidedAt), asc(costSplit.id));
}

export async function insertCostSplit(db: Db, values: typeof costSplit.$inferInsert): Promise<CostSplitRow> {
  const [row] = await db.insert(costSplit).values(values).returning();
  if (!row) throw new Error('insert cost_split returned no row');
  return row;
}

/** Gemeenten with their inhabitants in one reference year (null = no figure for that year). */
export async function municipalitiesWithPopulation(
  db: Db,
  organisationIds: string[],
  year: number,
): Promise<{ id: string; name: string; cbsCode: string | null; kind: string; inhabitants: number | null }[]> {
  if (organisationIds.length === 0) return [];
  const orgs = await db.select().from(organisation).where(inArray(organisation.id, organisationIds));
  const pops = await db
    .select()
    .from(organisationPopulation)
    .where(and(inArray(organisationPopulation.organisationId, organisationIds), eq(organisationPopulation.year, year)));
  const byOrg = new Map(pops.map((p) => [p.organisationId, p.inhabitants]));
  return orgs.map((o) => ({ id: o.id, name: o.name, cbsCode: o.cbsCode, kind: o.kind, inhabitants: byOrg.get(o.id) ?? null }));
}

/**
 * The reference year to use by default: the latest year in which every one of these organisations
 * has a known figure; failing that, the latest year with any figure (the split then names the
 * gemeenten whose figure is missing), or null when there are none.
 */
export async function defaultPopulationYear(db: Db, organisationIds: string[]): Promise<number | null> {
  if (organisationIds.length === 0) return null;
  const rows = await db
    .select({
      organisationId: organisationPopulation.organisationId,
      year: organisationPopulation.year,
      inhabitants: organisationPopulation.inhabitants,
    })
    .from(organisationPopulation)
    .where(inArray(organisationPopulation.organisationId, organisationIds));
  const known = new Map<number, Set<string>>();
  for (const r of rows) if (r.inhabitants !== null) known.set(r.year, (known.get(r.year) ?? new Set()).add(r.organisationId));
  const years = [...known.keys()].sort((a, b) => b - a);
  const complete = years.find((y) => new Set(organisationIds).size === known.get(y)?.size);
  return complete ?? years[0] ?? null;
}
