import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { nextPosition } from '../../../db/queries/governance';
import { listProgressNodes } from '../../../db/queries/progress';
import { decision, decisionNode } from '../../../db/schema';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { openMeetingForWrite } from './meeting-writes';

/** A decision's text and adopted documents, trimmed; refused (Dutch, per row) when empty. */
export function checkDecision(opts: { text: string; adoptedDocuments?: { title: string; reference?: string | null }[] }) {
  const text = opts.text.trim();
  if (!text) throw new DomainError('VALIDATION_FAILED', 'Schrijf het besluit op.', [{ field: 'text', reason: 'verplicht' }]);
  const docs = (opts.adoptedDocuments ?? []).map((d, i) => ({ row: i + 1, title: d.title.trim(), reference: d.reference?.trim() || null }));
  const emptyDoc = docs.find((d) => !d.title);
  if (emptyDoc)
    throw new DomainError('VALIDATION_FAILED', `Vastgesteld document ${emptyDoc.row} heeft geen titel.`, [
      { row: emptyDoc.row, field: 'adoptedDocuments.title', reason: 'verplicht' },
    ]);
  return { text, docs };
}

/** The decision's nodes, once each; every one must belong to the programme. */
export async function decisionNodeIds(tx: Db, programmeId: string, ids: string[] | undefined): Promise<string[]> {
  const nodeIds = [...new Set(ids ?? [])];
  if (nodeIds.length > 0) {
    const known = new Set((await listProgressNodes(tx, programmeId)).map((n) => n.id));
    const unknown = nodeIds.filter((id) => !known.has(id));
    if (unknown.length > 0)
      throw new DomainError(
        'VALIDATION_FAILED',
        'Een element van het besluit hoort niet bij dit programma.',
        unknown.map((id) => ({ field: 'nodeIds', reason: `onbekend element ${id}` })),
      );
  }
  return nodeIds;
}

/** Record a decision in an open meeting: its text, the nodes it concerns, the documents it adopts. */
export async function addDecision(
  db: Db,
  actor: Actor,
  opts: {
    programmeId: string;
    meetingId: string;
    text: string;
    nodeIds?: string[];
    adoptedDocuments?: { title: string; reference?: string | null }[];
  },
  clock: Clock,
): Promise<string> {
  const { text, docs } = checkDecision(opts);
  return inTransaction(db, async (tx) => {
    const m = await openMeetingForWrite(tx, opts.programmeId, opts.meetingId, 'een besluit');
    const nodeIds = await decisionNodeIds(tx, opts.programmeId, opts.nodeIds);
    const [row] = await tx
      .insert(decision)
      .values({
        meetingId: m.id,
        position: await nextPosition(tx, 'decision', m.id),
        text,
        adoptedDocuments: docs.map(({ title, reference }) => ({ title, reference })),
        createdAt: clock.now(),
      })
      .returning();
    if (!row) throw new Error('insert decision returned no row');
    if (nodeIds.length > 0) await tx.insert(decisionNode).values(nodeIds.map((nodeId) => ({ decisionId: row.id, nodeId })));
    await recordAudit(
      tx,
      actor,
      { action: 'create', entityType: 'decision', entityId: row.id, programmeId: opts.programmeId, after: { ...row, nodeIds } },
      clock,
    );
    return row.id;
  });
}
