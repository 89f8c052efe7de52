import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { meeting } from '../../../db/schema';
import type { Clock } from '../../../domain/shared/clock';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { openMeetingForWrite } from './meeting-writes';

/** Close a meeting: from then on its agenda, minutes, decisions and actions are read-only. */
export async function closeMeeting(db: Db, actor: Actor, opts: { programmeId: string; meetingId: string }, clock: Clock): Promise<void> {
  await inTransaction(db, async (tx) => {
    const before = await openMeetingForWrite(tx, opts.programmeId, opts.meetingId, 'de vergadering');
    const [row] = await tx
      .update(meeting)
      .set({ status: 'gesloten', closedAt: clock.now(), closedBy: actor.label, version: before.version + 1, updatedAt: clock.now() })
      .where(eq(meeting.id, before.id))
      .returning();
    await recordAudit(
      tx,
      actor,
      { action: 'close', entityType: 'meeting', entityId: before.id, programmeId: opts.programmeId, before, after: row },
      clock,
    );
  });
}
