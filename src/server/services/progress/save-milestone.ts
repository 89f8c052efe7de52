import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { getMilestone, getProgressNode, type MilestoneRow } from '../../../db/queries/progress';
import { milestone } from '../../../db/schema';
import { assertValidMilestone, checkPlanCell, dutchDate } from '../../../domain/progress';
import type { Clock } from '../../../domain/shared/clock';
import { NO_DEADLINE, parseDeadline, validateDeadline, type Deadline } from '../../../domain/shared/deadline';
import { DomainError, notFound } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { assertOwnScope, versionConflict } from '../programme/resolve';
import { milestoneView } from './get-node-history';

/** The title a milestone gets when the programme planned it without naming it yet. */
export const PLACEHOLDER_TITLE = 'Mijlpaal nog te benoemen';

export interface SaveMilestoneOptions {
  programmeId: string;
  /** Absent: create a new milestone on `nodeId`. */
  milestoneId?: string;
  nodeId: string;
  /** May be empty for a placeholder. */
  title: string;
  /** The due moment at the grain given (src/domain/shared/deadline.ts). Absent on an edit: unchanged. */
  deadline?: Deadline | null;
  /** Alternatively the deadline in words ("Q3 2022", "eind Q3 / begin Q4 2022", "doorlopend"). Absent on an edit: unchanged. */
  dueText?: string | null;
  /** Done on this day (not in the future); null = not done (undo). Absent on an edit: unchanged. */
  doneDate?: string | null;
  /** The planning cell (year + quarter 1–4) the programme put it in; null = none. Absent on an edit: unchanged. */
  planYear?: number | null;
  planQuarter?: number | null;
  /** Planned but not named yet. Absent on an edit: unchanged. */
  isPlaceholder?: boolean;
  /** Why it was changed (a correction of what was entered wrongly); kept in the audit. */
  reason?: string | null;
  /** Required when editing: the version the edit was based on. */
  version?: number;
  isDemo?: boolean;
}

/** The deadline the request gives; on an edit without deadline and dueText, the stored one. */
function deadlineFrom(opts: SaveMilestoneOptions, before: MilestoneRow | null): Deadline {
  if (opts.dueText != null && opts.dueText.trim() !== '') {
    const parsed = parseDeadline(opts.dueText);
    if (!parsed.ok)
      throw new DomainError('VALIDATION_FAILED', `Mijlpaal ongeldig: termijn: ${parsed.reason}.`, [
        { field: 'dueText', reason: parsed.reason },
      ]);
    return parsed.deadline;
  }
  if (opts.deadline !== undefined || opts.dueText !== undefined || !before) {
    const deadline = opts.deadline ?? NO_DEADLINE;
    const problem = validateDeadline(deadline);
    if (problem)
      throw new DomainError('VALIDATION_FAILED', `Mijlpaal ongeldig: termijn: ${problem}.`, [{ field: 'deadline', reason: problem }]);
    return deadline;
  }
  return {
    grain: before.deadlineGrain as Deadline['grain'],
    wording: before.deadlineWording,
    start: before.deadlineStart,
    end: before.deadlineEnd,
  };
}

function valuesFor(opts: SaveMilestoneOptions, before: MilestoneRow | null, today: string) {
  const deadline = deadlineFrom(opts, before);
  const isPlaceholder = opts.isPlaceholder ?? before?.isPlaceholder ?? false;
  const typed = opts.title.trim();
  const title = typed === '' && isPlaceholder ? PLACEHOLDER_TITLE : typed;
  const doneDate = opts.doneDate !== undefined ? opts.doneDate : (before?.doneDate ?? null);
  const planYear = opts.planYear !== undefined ? opts.planYear : (before?.planYear ?? null);
  const planQuarter = opts.planQuarter !== undefined ? opts.planQuarter : (before?.planQuarter ?? null);
  assertValidMilestone({ title, doneDate, due: null });
  const cell = checkPlanCell(planYear, planQuarter);
  if (cell) throw new DomainError('VALIDATION_FAILED', `Mijlpaal ongeldig: ${cell.reason}`, [cell]);
  if (doneDate !== null && doneDate > today) {
    throw new DomainError('VALIDATION_FAILED', `Mijlpaal ongeldig: de datum gehaald (${doneDate}) ligt in de toekomst.`, [
      { field: 'doneDate', reason: 'ligt in de toekomst' },
    ]);
  }
  return {
    title,
    isPlaceholder,
    deadlineGrain: deadline.grain,
    deadlineWording: deadline.wording,
    deadlineStart: deadline.start,
    deadlineEnd: deadline.end,
    doneDate,
    planYear,
    planQuarter,
  };
}

/** Create or edit a milestone (title, due moment at its grain, planning cell, done date or undo); what an edit leaves out stays. */
export async function saveMilestone(db: Db, actor: Actor, opts: SaveMilestoneOptions, clock: Clock): Promise<string> {
  const today = dutchDate(clock.now());
  return inTransaction(db, async (tx) => {
    const n = await getProgressNode(tx, opts.nodeId);
    if (!n || n.programmeId !== opts.programmeId) throw notFound('Element', opts.nodeId);
    assertOwnScope(actor, n.programmeId, n.ownerOrganisationId, 'redacteur', `Element '${n.title}'`);
    if (!opts.milestoneId) {
      const values = valuesFor(opts, null, today);
      const [row] = await tx
        .insert(milestone)
        .values({
          ...values,
          programmeId: n.programmeId,
          nodeId: n.id,
          isDemo: opts.isDemo ?? false,
          createdAt: clock.now(),
          updatedAt: clock.now(),
        })
        .returning();
      if (!row) throw new Error('insert milestone returned no row');
      await recordAudit(
        tx,
        actor,
        { action: 'create', entityType: 'milestone', entityId: row.id, programmeId: n.programmeId, after: row },
        clock,
      );
      return row.id;
    }
    const before = await getMilestone(tx, opts.milestoneId);
    if (!before || before.programmeId !== opts.programmeId) throw notFound('Mijlpaal', opts.milestoneId);
    if (before.nodeId !== n.id) {
      // Editing (or marking done) a milestone changes the node it hangs under: that node must be the actor's too.
      const old = await getProgressNode(tx, before.nodeId);
      assertOwnScope(actor, n.programmeId, old?.ownerOrganisationId ?? null, 'redacteur', `Element '${old?.title ?? before.nodeId}'`);
    }
    if (opts.version !== before.version)
      throw versionConflict('De mijlpaal', opts.version ?? 0, before.version, milestoneView(before, today));
    const values = valuesFor(opts, before, today);
    const [after] = await tx
      .update(milestone)
      .set({ ...values, nodeId: n.id, version: before.version + 1, updatedAt: clock.now() })
      .where(and(eq(milestone.id, before.id), eq(milestone.version, before.version)))
      .returning();
    if (!after) {
      const now = await getMilestone(tx, before.id);
      throw versionConflict('De mijlpaal', before.version, now?.version ?? before.version + 1, now ? milestoneView(now, today) : null);
    }
    const reason = opts.reason?.trim() || undefined;
    await recordAudit(
      tx,
      actor,
      {
        action: 'update',
        entityType: 'milestone',
        entityId: before.id,
        programmeId: n.programmeId,
        before,
        after: reason ? { ...after, reason } : after,
      },
      clock,
    );
    return before.id;
  });
}

/** Remove a milestone entered wrongly; the audit keeps what it was and why it went. */
export async function deleteMilestone(
  db: Db,
  actor: Actor,
  opts: { programmeId: string; milestoneId: string; version: number; reason?: string | null },
  clock: Clock,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const before = await getMilestone(tx, opts.milestoneId);
    if (!before || before.programmeId !== opts.programmeId) throw notFound('Mijlpaal', opts.milestoneId);
    const n = await getProgressNode(tx, before.nodeId);
    assertOwnScope(actor, before.programmeId, n?.ownerOrganisationId ?? null, 'redacteur', `Element '${n?.title ?? before.nodeId}'`);
    if (opts.version !== before.version)
      throw versionConflict('De mijlpaal', opts.version, before.version, milestoneView(before, dutchDate(clock.now())));
    await tx.delete(milestone).where(eq(milestone.id, before.id));
    const reason = opts.reason?.trim() || null;
    await recordAudit(
      tx,
      actor,
      { action: 'delete', entityType: 'milestone', entityId: before.id, programmeId: before.programmeId, before, after: { reason } },
      clock,
    );
  });
}
