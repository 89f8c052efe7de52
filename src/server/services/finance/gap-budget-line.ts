import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { budgetLine } from '../../../db/schema';
import { GAP_ORIGIN, gapBudgetLine, type GapBudgetInput } from '../../../domain/finance/gap-budget';
import type { Clock } from '../../../domain/shared/clock';

/**
 * Write a node's gap-analysis budget as its budget line (origin 'hiaatanalyse'), in the caller's
 * transaction: replaced on every save of the gap analysis, removed when the budget is emptied.
 */
export async function writeGapBudgetLine(
  tx: Db,
  opts: { programmeId: string; nodeId: string; budget: GapBudgetInput | null },
  clock: Clock,
): Promise<void> {
  await tx.delete(budgetLine).where(and(eq(budgetLine.nodeId, opts.nodeId), eq(budgetLine.origin, GAP_ORIGIN)));
  const fields = gapBudgetLine(opts.budget);
  if (!fields) return;
  await tx.insert(budgetLine).values({
    programmeId: opts.programmeId,
    nodeId: opts.nodeId,
    ...fields,
    recurrence: 'eenmalig',
    status: 'aangevraagd',
    origin: GAP_ORIGIN,
    createdAt: clock.now(),
    updatedAt: clock.now(),
  });
}
