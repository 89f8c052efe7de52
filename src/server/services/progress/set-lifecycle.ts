import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { getProgressNode } from '../../../db/queries/progress';
import { nodeLifecycle } from '../../../db/schema';
import { dutchDate, isIsoDate, isLifecycleStatus, LIFECYCLE_STATUSES } from '../../../domain/progress';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError, notFound, type ErrorDetail } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { assertOwnScope } from '../programme/resolve';

export interface SetLifecycleOptions {
  programmeId: string;
  nodeId: string;
  status: string;
  /** The day it took effect; defaults to today. */
  since?: string | null;
  reason?: string | null;
}

/** Record where a node is in its life (paused, stopped, …) from a date, with a reason. History is kept. */
export async function setLifecycle(db: Db, actor: Actor, opts: SetLifecycleOptions, clock: Clock): Promise<string> {
  const today = dutchDate(clock.now());
  const since = opts.since ?? today;
  const details: ErrorDetail[] = [];
  if (!isLifecycleStatus(opts.status))
    details.push({ field: 'status', reason: `Onbekende levensfase '${opts.status}'; kies uit ${LIFECYCLE_STATUSES.join(', ')}.` });
  if (!isIsoDate(since)) details.push({ field: 'since', reason: `'${since}' is geen geldige datum.` });
  const reason = opts.reason?.trim() || null;
  if ((opts.status === 'gepauzeerd' || opts.status === 'gestopt' || opts.status === 'voorgesteld-te-stoppen') && !reason) {
    details.push({ field: 'reason', reason: 'Geef bij pauzeren of stoppen een reden.' });
  }
  if (details.length > 0)
    throw new DomainError('VALIDATION_FAILED', `Levensfase ongeldig: ${details.map((d) => d.reason).join(' ')}`, details);
  return inTransaction(db, async (tx) => {
    const n = await getProgressNode(tx, opts.nodeId);
    if (!n || n.programmeId !== opts.programmeId) throw notFound('Element', opts.nodeId);
    assertOwnScope(actor, n.programmeId, n.ownerOrganisationId, 'redacteur', `Element '${n.title}'`);
    const [row] = await tx
      .insert(nodeLifecycle)
      .values({
        programmeId: n.programmeId,
        nodeId: n.id,
        status: opts.status,
        since,
        reason,
        authorLabel: actor.label,
        createdAt: clock.now(),
      })
      .returning();
    if (!row) throw new Error('insert node_lifecycle returned no row');
    await recordAudit(
      tx,
      actor,
      { action: 'create', entityType: 'node_lifecycle', entityId: row.id, programmeId: n.programmeId, after: row },
      clock,
    );
    return row.id;
  });
}
