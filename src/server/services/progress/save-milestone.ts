import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { getMilestone, getProgressNode } from '../../../db/queries/progress';
import { milestone } from '../../../db/schema';
import { assertValidMilestone, dutchDate } from '../../../domain/progress';
import type { Clock } from '../../../domain/shared/clock';
import { NO_DEADLINE, parseDeadline, validateDeadline, type Deadline } from '../../../domain/shared/deadline';
import { DomainError, notFound } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { assertOwnScope, versionConflict } from '../programme/resolve';
import { milestoneView } from './get-node-history';

export interface SaveMilestoneOptions {
  programmeId: string;
  /** Absent: create a new milestone on `nodeId`. */
  milestoneId?: string;
  nodeId: string;
  title: string;
  /** The due moment at the grain given (src/domain/shared/deadline.ts). */
  deadline?: Deadline | null;
  /** Alternatively the deadline in words ("Q3 2022", "Q4 2022 of Q1 2023", "doorlopend"). */
  dueText?: string | null;
  doneDate?: string | null;
  /** Required when editing: the version the edit was based on. */
  version?: number;
  isDemo?: boolean;
}

/** The deadline the request gives; null: none given (an edit then keeps the stored one). */
function check(opts: SaveMilestoneOptions): Deadline | null {
  if (opts.deadline === undefined && opts.dueText === undefined) {
    assertValidMilestone({ title: opts.title, doneDate: opts.doneDate ?? null, due: null });
    return null;
  }
  let deadline = opts.deadline ?? NO_DEADLINE;
  if (opts.dueText != null && opts.dueText.trim() !== '') {
    const parsed = parseDeadline(opts.dueText);
    if (!parsed.ok) throw new DomainError('VALIDATION_FAILED', `Mijlpaal ongeldig: termijn: ${parsed.reason}.`, [{ field: 'dueText', reason: parsed.reason }]);
    deadline = parsed.deadline;
  }
  const problem = validateDeadline(deadline);
  if (problem) throw new DomainError('VALIDATION_FAILED', `Mijlpaal ongeldig: termijn: ${problem}.`, [{ field: 'deadline', reason: problem }]);
  assertValidMilestone({ title: opts.title, doneDate: opts.doneDate ?? null, due: null });
  return deadline;
}

const storedDeadline = (m: { deadlineGrain: string; deadlineWording: string | null; deadlineStart: string | null; deadlineEnd: string | null }): Deadline =>
  ({ grain: m.deadlineGrain, wording: m.deadlineWording, start: m.deadlineStart, end: m.deadlineEnd }) as Deadline;

/** Create or edit a milestone (title, due moment at its grain, done date); an edit without deadline and dueText keeps the deadline. */
export async function saveMilestone(db: Db, actor: Actor, opts: SaveMilestoneOptions, clock: Clock): Promise<string> {
  const given = check(opts);
  const valuesWith = (deadline: Deadline) => ({
    title: opts.title.trim(),
    deadlineGrain: deadline.grain,
    deadlineWording: deadline.wording,
    deadlineStart: deadline.start,
    deadlineEnd: deadline.end,
    doneDate: opts.doneDate ?? null,
  });
  return inTransaction(db, async (tx) => {
    const n = await getProgressNode(tx, opts.nodeId);
    if (!n || n.programmeId !== opts.programmeId) throw notFound('Element', opts.nodeId);
    assertOwnScope(actor, n.programmeId, n.ownerOrganisationId, 'redacteur', `Element '${n.title}'`);
    if (!opts.milestoneId) {
      const [row] = await tx
        .insert(milestone)
        .values({ ...valuesWith(given ?? NO_DEADLINE), programmeId: n.programmeId, nodeId: n.id, isDemo: opts.isDemo ?? false, createdAt: clock.now(), updatedAt: clock.now() })
        .returning();
      if (!row) throw new Error('insert milestone returned no row');
      await recordAudit(tx, actor, { action: 'create', entityType: 'milestone', entityId: row.id, programmeId: n.programmeId, after: row }, clock);
      return row.id;
    }
    const before = await getMilestone(tx, opts.milestoneId);
    if (!before || before.programmeId !== opts.programmeId) throw notFound('Mijlpaal', opts.milestoneId);
    if (before.nodeId !== n.id) {
      // Editing (or marking done) a milestone changes the node it hangs under: that node must be the actor's too.
      const old = await getProgressNode(tx, before.nodeId);
      assertOwnScope(actor, n.programmeId, old?.ownerOrganisationId ?? null, 'redacteur', `Element '${old?.title ?? before.nodeId}'`);
    }
    const today = dutchDate(clock.now());
    if (opts.version !== before.version) throw versionConflict('De mijlpaal', opts.version ?? 0, before.version, milestoneView(before, today));
    const [after] = await tx
      .update(milestone)
      .set({ ...valuesWith(given ?? storedDeadline(before)), nodeId: n.id, version: before.version + 1, updatedAt: clock.now() })
      .where(and(eq(milestone.id, before.id), eq(milestone.version, before.version)))
      .returning();
    if (!after) {
      const now = await getMilestone(tx, before.id);
      throw versionConflict('De mijlpaal', before.version, now?.version ?? before.version + 1, now ? milestoneView(now, today) : null);
    }
    await recordAudit(tx, actor, { action: 'update', entityType: 'milestone', entityId: before.id, programmeId: n.programmeId, before, after }, clock);
    return before.id;
  });
}
