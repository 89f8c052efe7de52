import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { agendaItemById, nextPosition } from '../../../db/queries/governance';
import { getProgressNode } from '../../../db/queries/progress';
import { agendaItem } from '../../../db/schema';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError, notFound } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { openMeetingForWrite } from './meeting-writes';

/** Put an item on an open meeting's agenda, optionally about a node of the programme. */
export async function addAgendaItem(
  db: Db,
  actor: Actor,
  opts: { programmeId: string; meetingId: string; title: string; nodeId?: string | null; notes?: string | null },
  clock: Clock,
): Promise<string> {
  return inTransaction(db, async (tx) => {
    const m = await openMeetingForWrite(tx, opts.programmeId, opts.meetingId, 'de agenda');
    let title = opts.title.trim();
    if (opts.nodeId) {
      const n = await getProgressNode(tx, opts.nodeId);
      if (!n || n.programmeId !== opts.programmeId) throw notFound('Element', opts.nodeId);
      if (!title) title = n.title;
    }
    if (!title)
      throw new DomainError('VALIDATION_FAILED', 'Geef het agendapunt een titel of kies een element.', [
        { field: 'title', reason: 'verplicht zonder element' },
      ]);
    const [row] = await tx
      .insert(agendaItem)
      .values({
        meetingId: m.id,
        position: await nextPosition(tx, 'agenda', m.id),
        title,
        nodeId: opts.nodeId ?? null,
        notes: opts.notes?.trim() || null,
        createdAt: clock.now(),
      })
      .returning();
    if (!row) throw new Error('insert agenda_item returned no row');
    await recordAudit(
      tx,
      actor,
      { action: 'create', entityType: 'agenda_item', entityId: row.id, programmeId: opts.programmeId, after: row },
      clock,
    );
    return row.id;
  });
}

export async function removeAgendaItem(
  db: Db,
  actor: Actor,
  opts: { programmeId: string; meetingId: string; itemId: string },
  clock: Clock,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const m = await openMeetingForWrite(tx, opts.programmeId, opts.meetingId, 'de agenda');
    const item = await agendaItemById(tx, m.id, opts.itemId);
    if (!item) throw notFound('Agendapunt', opts.itemId);
    await tx.delete(agendaItem).where(eq(agendaItem.id, item.id));
    await recordAudit(
      tx,
      actor,
      { action: 'delete', entityType: 'agenda_item', entityId: item.id, programmeId: opts.programmeId, before: item },
      clock,
    );
  });
}
