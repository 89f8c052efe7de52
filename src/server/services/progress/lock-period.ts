import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { getPeriod } from '../../../db/queries/progress';
import { periodSnapshot, reportingPeriod } from '../../../db/schema';
import { reportingEnd } from '../../../domain/progress';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError, notFound } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { evaluateAt, loadProgressContext } from './load-progress';

export interface LockPeriodOptions {
  programmeId: string;
  periodId: string;
}

/**
 * Lock a reporting period: freeze every node's state as it stands for the period (updates dated
 * up to its reporting end, the overrides active now) in period_snapshot. The snapshot is written
 * once; later updates and overrides never change it, and a locked period cannot be locked again.
 */
export async function lockPeriod(db: Db, actor: Actor, opts: LockPeriodOptions, clock: Clock): Promise<{ nodes: number }> {
  return inTransaction(db, async (tx) => {
    const period = await getPeriod(tx, opts.periodId);
    if (!period || period.programmeId !== opts.programmeId) throw notFound('Rapportageperiode', opts.periodId);
    // Claim the lock first: a concurrent second lock finds no unlocked row and stops here.
    const claimed = await tx
      .update(reportingPeriod)
      .set({ lockedAt: clock.now(), lockedBy: actor.label })
      .where(and(eq(reportingPeriod.id, period.id), isNull(reportingPeriod.lockedAt)))
      .returning();
    if (claimed.length === 0) throw new DomainError('CONFLICT', `Periode '${period.label}' is al vergrendeld.`, { periodId: period.id });

    const ctx = await loadProgressContext(tx, opts.programmeId);
    const { states, latest } = evaluateAt(ctx, reportingEnd(period));
    const rows = ctx.nodes.map((n) => {
      const s = states.get(n.id);
      const u = latest.get(n.id);
      return {
        periodId: period.id,
        nodeId: n.id,
        programmeId: opts.programmeId,
        status: s?.status ?? null,
        percent: s?.percent ?? null,
        statusSource: s?.statusSource ?? 'geen',
        percentSource: s?.percentSource ?? 'geen',
        derivedStatus: s?.derived?.status ?? null,
        derivedPercent: s?.derived?.percent ?? null,
        overrideStatus: s?.override?.status ?? null,
        overridePercent: s?.override?.percent ?? null,
        overrideReason: s?.override?.reason ?? null,
        lastUpdateId: u?.id ?? null,
        lastUpdateDate: u?.reportDate ?? null,
        explanation: s?.derived?.explanation ?? null,
      };
    });
    if (rows.length > 0) await tx.insert(periodSnapshot).values(rows);
    await recordAudit(
      tx,
      actor,
      {
        action: 'lock',
        entityType: 'reporting_period',
        entityId: period.id,
        programmeId: opts.programmeId,
        before: period,
        after: { ...claimed[0], snapshot: rows.map((r) => ({ nodeId: r.nodeId, status: r.status, percent: r.percent })) },
      },
      clock,
    );
    return { nodes: rows.length };
  });
}
