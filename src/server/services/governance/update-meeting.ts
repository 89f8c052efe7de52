import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { meeting } from '../../../db/schema';
import { assertMeetingDate } from '../../../domain/governance';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { openMeetingForWrite } from './meeting-writes';

/** Change an open meeting's date or minutes (optimistic: the version it was based on). */
export async function updateMeeting(
  db: Db,
  actor: Actor,
  opts: { programmeId: string; meetingId: string; version: number; date?: string; minutes?: string | null },
  clock: Clock,
): Promise<number> {
  if (opts.date !== undefined) assertMeetingDate(opts.date);
  return inTransaction(db, async (tx) => {
    const before = await openMeetingForWrite(tx, opts.programmeId, opts.meetingId, 'de vergadering');
    if (before.version !== opts.version)
      throw new DomainError(
        'VERSION_CONFLICT',
        'De vergadering is intussen door iemand anders gewijzigd. Bekijk de huidige stand en probeer het opnieuw.',
        { current: before },
      );
    const [row] = await tx
      .update(meeting)
      .set({
        date: opts.date ?? before.date,
        minutes: opts.minutes === undefined ? before.minutes : opts.minutes?.trim() || null,
        version: before.version + 1,
        updatedAt: clock.now(),
      })
      .where(eq(meeting.id, before.id))
      .returning();
    await recordAudit(
      tx,
      actor,
      { action: 'update', entityType: 'meeting', entityId: before.id, programmeId: opts.programmeId, before, after: row },
      clock,
    );
    return before.version + 1;
  });
}
