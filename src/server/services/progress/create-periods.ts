import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { programmeIdOfBody } from '../../../db/queries/governance';
import { getProgramme, listPeriods } from '../../../db/queries/progress';
import { reportingPeriod } from '../../../db/schema';
import { assertValidPeriods, type PeriodInput } from '../../../domain/progress';
import type { Clock } from '../../../domain/shared/clock';
import { notFound } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';

export interface CreatePeriodsOptions {
  programmeId: string;
  /** New periods (e.g. from quarterPeriods or boardMeetingPeriods); they may not overlap existing ones. */
  periods: PeriodInput[];
}

/** Add reporting periods to a programme, all or nothing. */
export async function createPeriods(db: Db, actor: Actor, opts: CreatePeriodsOptions, clock: Clock): Promise<string[]> {
  return inTransaction(db, async (tx) => {
    if (!(await getProgramme(tx, opts.programmeId))) throw notFound('Programma', opts.programmeId);
    const bodyIds = [...new Set(opts.periods.map((p) => p.bodyId ?? null).filter((id): id is string => id !== null))];
    for (const bodyId of bodyIds) {
      if ((await programmeIdOfBody(tx, bodyId)) !== opts.programmeId) throw notFound('Overleg', bodyId);
    }
    const existing = await listPeriods(tx, opts.programmeId);
    // New rows first so error rows number the request's own periods.
    assertValidPeriods([
      ...opts.periods,
      ...existing.map((p) => ({
        label: p.label,
        kind: 'overig' as const,
        startDate: p.startDate,
        endDate: p.endDate,
        dueDate: p.dueDate,
        bodyId: p.bodyId,
      })),
    ]);
    const ids: string[] = [];
    for (const p of opts.periods) {
      const [row] = await tx
        .insert(reportingPeriod)
        .values({
          programmeId: opts.programmeId,
          bodyId: p.bodyId ?? null,
          label: p.label.trim(),
          kind: p.kind,
          startDate: p.startDate,
          endDate: p.endDate,
          dueDate: p.dueDate,
          createdAt: clock.now(),
        })
        .returning();
      if (!row) throw new Error('insert reporting_period returned no row');
      await recordAudit(
        tx,
        actor,
        { action: 'create', entityType: 'reporting_period', entityId: row.id, programmeId: opts.programmeId, after: row },
        clock,
      );
      ids.push(row.id);
    }
    return ids;
  });
}
