import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { gapAnalysesOf } from '../../../db/queries/node';
import { gapAnalysis, node } from '../../../db/schema';
import type { BudgetKind } from '../../../domain/programme/vocabulary';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import { writeGapBudgetLine } from '../finance/gap-budget-line';
import type { Actor } from '../../auth/actor';
import { getNode, type NodeDetail } from './get-node';
import { gapAnalysisView } from './node-view';
import { assertOwnScope, resolveNode, resolveProgramme, versionConflict } from './resolve';

export interface GapAnalysisInput {
  currentPractices: string[];
  hiaat: string | null;
  voorstel: string | null;
  /** null = not filled in; 'bedrag' with cents (0 = nothing needed); 'onbekend'; 'ander-fonds'. */
  budget: { kind: BudgetKind; cents?: number | null; fund?: string | null; note?: string | null } | null;
}

export interface SaveGapAnalysisOptions {
  programme: string;
  nodeId: string;
  /** The node's version: the gap analysis is part of the node. */
  version: number;
  /** null removes the gap analysis. */
  gapAnalysis: GapAnalysisInput | null;
}

export function budgetColumns(b: GapAnalysisInput['budget']) {
  if (b === null) return { budgetKind: null, budgetCents: null, budgetFund: null, budgetNote: null };
  const cents = b.cents ?? null;
  if (b.kind === 'bedrag' && (cents === null || !Number.isSafeInteger(cents) || cents < 0)) {
    throw new DomainError('VALIDATION_FAILED', 'Een bedrag is een heel aantal centen, 0 of meer.', [
      { field: 'budget.cents', reason: 'heel aantal centen nodig' },
    ]);
  }
  if (b.kind !== 'bedrag' && cents !== null) {
    throw new DomainError('VALIDATION_FAILED', `Bij '${b.kind}' hoort geen bedrag.`, [
      { field: 'budget.cents', reason: `bij '${b.kind}' hoort geen bedrag` },
    ]);
  }
  return { budgetKind: b.kind, budgetCents: cents, budgetFund: b.fund ?? null, budgetNote: b.note ?? null };
}

export async function saveGapAnalysis(db: Db, actor: Actor, opts: SaveGapAnalysisOptions, clock: Clock): Promise<NodeDetail> {
  await inTransaction(db, async (tx) => {
    const p = await resolveProgramme(tx, opts.programme);
    const row = await resolveNode(tx, p.id, opts.nodeId, { forUpdate: true });
    assertOwnScope(actor, p.id, row.ownerOrganisationId, 'redacteur', `Element '${row.title}'`);
    if (row.version !== opts.version) {
      throw versionConflict(
        `Element '${row.title}'`,
        opts.version,
        row.version,
        await getNode(tx, actor, { programme: p.id, nodeId: row.id }, clock),
      );
    }
    const [old] = await gapAnalysesOf(tx, [row.id]);
    await tx.delete(gapAnalysis).where(eq(gapAnalysis.nodeId, row.id));
    const g = opts.gapAnalysis;
    if (g) {
      await tx.insert(gapAnalysis).values({
        nodeId: row.id,
        currentPractices: g.currentPractices.filter((c) => c.trim() !== ''),
        hiaat: g.hiaat,
        voorstel: g.voorstel,
        ...budgetColumns(g.budget),
      });
    }
    const budget = g?.budget ?? null;
    await writeGapBudgetLine(tx, { programmeId: p.id, nodeId: row.id, budget }, clock);
    const [now] = await gapAnalysesOf(tx, [row.id]);
    await tx
      .update(node)
      .set({ version: row.version + 1, updatedAt: clock.now() })
      .where(eq(node.id, row.id));
    await recordAudit(
      tx,
      actor,
      {
        action: 'update-gap-analysis',
        entityType: 'node',
        entityId: row.id,
        programmeId: p.id,
        before: { gapAnalysis: gapAnalysisView(old), version: row.version },
        after: { gapAnalysis: gapAnalysisView(now), version: row.version + 1 },
      },
      clock,
    );
  });
  return getNode(db, actor, { programme: opts.programme, nodeId: opts.nodeId }, clock);
}
