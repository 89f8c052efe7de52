import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { getProgressSettings, listProgressNodes, listWeights } from '../../../db/queries/progress';
import { progressSettings, progressWeight } from '../../../db/schema';
import { assertValidWeights, weightHundredths, type RollUpRule } from '../../../domain/progress';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { loadProgressContext } from './load-progress';

export interface SetRollUpRuleOptions {
  programmeId: string;
  rule: RollUpRule;
  /** Weights to set (node id → weight ≥ 0, two decimals at most); nodes not named keep theirs. */
  weights?: Record<string, number>;
}

/** Choose the programme's roll-up rule and weights. Every parent's weights must stay valid. */
export async function setRollUpRule(db: Db, actor: Actor, opts: SetRollUpRuleOptions, clock: Clock): Promise<void> {
  await inTransaction(db, async (tx) => {
    await loadProgressContext(tx, opts.programmeId);
    const nodes = await listProgressNodes(tx, opts.programmeId);
    const known = new Set(nodes.map((n) => n.id));
    const before = { settings: await getProgressSettings(tx, opts.programmeId), weights: await listWeights(tx, opts.programmeId) };
    const weights = new Map(before.weights.map((w) => [w.nodeId, w.weightHundredths / 100]));
    for (const [nodeId, weight] of Object.entries(opts.weights ?? {})) {
      if (!known.has(nodeId)) {
        throw new DomainError('VALIDATION_FAILED', `Element '${nodeId}' hoort niet bij dit programma.`, [
          { field: `weights.${nodeId}`, reason: 'onbekend element' },
        ]);
      }
      weightHundredths(nodeId, weight);
      weights.set(nodeId, weight);
    }
    if (opts.rule.percent === 'gewogen-gemiddelde') {
      const byParent = new Map<string, { id: string; weight: number }[]>();
      for (const n of nodes) {
        if (n.parentId) byParent.set(n.parentId, [...(byParent.get(n.parentId) ?? []), { id: n.id, weight: weights.get(n.id) ?? 1 }]);
      }
      for (const children of byParent.values()) assertValidWeights(children);
    }
    await tx
      .insert(progressSettings)
      .values({ programmeId: opts.programmeId, statusRule: opts.rule.status, percentRule: opts.rule.percent, updatedAt: clock.now() })
      .onConflictDoUpdate({
        target: progressSettings.programmeId,
        set: {
          statusRule: opts.rule.status,
          percentRule: opts.rule.percent,
          updatedAt: clock.now(),
          version: (before.settings?.version ?? 0) + 1,
        },
      });
    for (const [nodeId, weight] of Object.entries(opts.weights ?? {})) {
      await tx.delete(progressWeight).where(eq(progressWeight.nodeId, nodeId));
      await tx.insert(progressWeight).values({ nodeId, weightHundredths: weightHundredths(nodeId, weight) });
    }
    await recordAudit(
      tx,
      actor,
      {
        action: 'update',
        entityType: 'progress_settings',
        entityId: opts.programmeId,
        programmeId: opts.programmeId,
        before,
        after: { rule: opts.rule, weights: opts.weights ?? {} },
      },
      clock,
    );
  });
}
