import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { decisionById, nodeIdsOfDecision } from '../../../db/queries/governance';
import { decision, decisionNode } from '../../../db/schema';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError, notFound } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { checkDecision, decisionNodeIds } from './add-decision';
import { openMeetingForWrite } from './meeting-writes';

async function decisionOfMeeting(tx: Db, meetingId: string, decisionId: string, version: number) {
  const before = await decisionById(tx, decisionId, { forUpdate: true });
  if (!before || before.meetingId !== meetingId) throw notFound('Besluit', decisionId);
  const nodeIds = await nodeIdsOfDecision(tx, before.id);
  if (before.version !== version)
    throw new DomainError(
      'VERSION_CONFLICT',
      'Dit besluit is intussen door iemand anders gewijzigd. Bekijk de huidige stand en probeer het opnieuw.',
      { current: { ...before, nodeIds } },
    );
  return { before, nodeIds };
}

/** Correct a decision of an open meeting: its text, the nodes it concerns, the documents it adopts (optimistic). */
export async function updateDecision(
  db: Db,
  actor: Actor,
  opts: {
    programmeId: string;
    meetingId: string;
    decisionId: string;
    version: number;
    text: string;
    nodeIds?: string[];
    adoptedDocuments?: { title: string; reference?: string | null }[];
  },
  clock: Clock,
): Promise<number> {
  const { text, docs } = checkDecision(opts);
  return inTransaction(db, async (tx) => {
    const m = await openMeetingForWrite(tx, opts.programmeId, opts.meetingId, 'een besluit');
    const { before, nodeIds: beforeNodes } = await decisionOfMeeting(tx, m.id, opts.decisionId, opts.version);
    const nodeIds = await decisionNodeIds(tx, opts.programmeId, opts.nodeIds);
    const [row] = await tx
      .update(decision)
      .set({ text, adoptedDocuments: docs.map(({ title, reference }) => ({ title, reference })), version: before.version + 1 })
      .where(eq(decision.id, before.id))
      .returning();
    await tx.delete(decisionNode).where(eq(decisionNode.decisionId, before.id));
    if (nodeIds.length > 0) await tx.insert(decisionNode).values(nodeIds.map((nodeId) => ({ decisionId: before.id, nodeId })));
    await recordAudit(
      tx,
      actor,
      {
        action: 'update',
        entityType: 'decision',
        entityId: before.id,
        programmeId: opts.programmeId,
        before: { ...before, nodeIds: beforeNodes },
        after: { ...row, nodeIds },
      },
      clock,
    );
    return before.version + 1;
  });
}

/** Remove a decision recorded by mistake in an open meeting (audited with what it said). */
export async function deleteDecision(
  db: Db,
  actor: Actor,
  opts: { programmeId: string; meetingId: string; decisionId: string; version: number },
  clock: Clock,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const m = await openMeetingForWrite(tx, opts.programmeId, opts.meetingId, 'een besluit');
    const { before, nodeIds } = await decisionOfMeeting(tx, m.id, opts.decisionId, opts.version);
    await tx.delete(decision).where(eq(decision.id, before.id));
    await recordAudit(
      tx,
      actor,
      { action: 'delete', entityType: 'decision', entityId: before.id, programmeId: opts.programmeId, before: { ...before, nodeIds } },
      clock,
    );
  });
}
