import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { getActiveOverride, getProgressNode, hasChildNodes } from '../../../db/queries/progress';
import { progressOverride } from '../../../db/schema';
import { assertValidOverride, type ProgressStatus } from '../../../domain/progress';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError, notFound } from '../../../domain/shared/errors';
import type { NodeProgressView } from '../../../domain/progress/responses';
import type { ProgressOverrideRow } from '../../../db/queries/progress';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { resolveNode } from '../programme/resolve';
import { toStatus } from './load-progress';

export interface SetOverrideOptions {
  programmeId: string;
  nodeId: string;
  /** Null keeps the derived status (override only the percent). */
  status: ProgressStatus | null;
  percent: number | null;
  /** Why the derived value does not tell the story; required. */
  reason: string;
  /**
   * The id of the active override the user based the change on (null: there was none). Another
   * active override answers 409 with the current one. Absent: no check (demo builders, imports).
   */
  basedOn?: string | null;
}

/** The active override as the API shows it (the current state in a 409). */
export function overrideView(o: ProgressOverrideRow): NonNullable<NodeProgressView['override']> {
  return {
    id: o.id,
    status: toStatus(o.status),
    percent: o.percent,
    reason: o.reason,
    authorLabel: o.authorLabel,
    at: o.createdAt.toISOString(),
  };
}

/** 409 when the active override is not the one the user saw; `current.override` is what is there now. */
function assertBasedOn(title: string, basedOn: string | null | undefined, active: ProgressOverrideRow | null): void {
  if (basedOn === undefined || basedOn === (active?.id ?? null)) return;
  throw new DomainError(
    'VERSION_CONFLICT',
    `De overschrijving van '${title}' is intussen gewijzigd door iemand anders. ` +
      'Bekijk de huidige stand en breng uw wijziging opnieuw aan.',
    { basedOn, current: { override: active ? overrideView(active) : null } },
  );
}

/** Override a node's derived value with a reason. A previous override is withdrawn, never erased. */
export async function setOverride(db: Db, actor: Actor, opts: SetOverrideOptions, clock: Clock): Promise<string> {
  return inTransaction(db, async (tx) => {
    // The node row is locked, so two overrides of one node are written one after the other.
    await resolveNode(tx, opts.programmeId, opts.nodeId, { forUpdate: true });
    const n = await getProgressNode(tx, opts.nodeId);
    if (!n || n.programmeId !== opts.programmeId) throw notFound('Element', opts.nodeId);
    const valid = assertValidOverride(
      { status: opts.status, percent: opts.percent, reason: opts.reason },
      { hasChildren: await hasChildNodes(tx, n.id) },
    );
    const previous = await getActiveOverride(tx, n.id);
    assertBasedOn(n.title, opts.basedOn, previous);
    if (previous) {
      await tx
        .update(progressOverride)
        .set({ withdrawnAt: clock.now(), withdrawnBy: actor.label })
        .where(and(eq(progressOverride.id, previous.id), isNull(progressOverride.withdrawnAt)));
    }
    const [row] = await tx
      .insert(progressOverride)
      .values({
        programmeId: n.programmeId,
        nodeId: n.id,
        status: valid.status,
        percent: valid.percent,
        reason: valid.reason,
        authorId: actor.id,
        authorLabel: actor.label,
        createdAt: clock.now(),
      })
      .returning();
    if (!row) throw new Error('insert progress_override returned no row');
    await recordAudit(
      tx,
      actor,
      { action: 'override', entityType: 'progress_override', entityId: row.id, programmeId: n.programmeId, before: previous, after: row },
      clock,
    );
    return row.id;
  });
}

/** Withdraw the active override of a node: the derived value applies again. */
export async function withdrawOverride(
  db: Db,
  actor: Actor,
  opts: { programmeId: string; nodeId: string; basedOn?: string },
  clock: Clock,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    await resolveNode(tx, opts.programmeId, opts.nodeId, { forUpdate: true });
    const n = await getProgressNode(tx, opts.nodeId);
    if (!n || n.programmeId !== opts.programmeId) throw notFound('Element', opts.nodeId);
    const previous = await getActiveOverride(tx, n.id);
    if (!previous && opts.basedOn === undefined) throw notFound('Overschrijving van element', opts.nodeId);
    assertBasedOn(n.title, opts.basedOn, previous);
    if (!previous) throw notFound('Overschrijving van element', opts.nodeId);
    const [after] = await tx
      .update(progressOverride)
      .set({ withdrawnAt: clock.now(), withdrawnBy: actor.label })
      .where(eq(progressOverride.id, previous.id))
      .returning();
    await recordAudit(
      tx,
      actor,
      { action: 'withdraw', entityType: 'progress_override', entityId: previous.id, programmeId: n.programmeId, before: previous, after },
      clock,
    );
  });
}
