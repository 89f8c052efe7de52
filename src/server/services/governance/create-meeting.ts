import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { bodyById } from '../../../db/queries/governance';
import { meeting } from '../../../db/schema';
import { assertMeetingDate } from '../../../domain/governance';
import type { Clock } from '../../../domain/shared/clock';
import { notFound } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';

/** Plan a meeting of a body on a date; it starts open, with an empty agenda. */
export async function createMeeting(
  db: Db,
  actor: Actor,
  opts: { programmeId: string; bodyId: string; date: string; isDemo?: boolean },
  clock: Clock,
): Promise<string> {
  assertMeetingDate(opts.date);
  return inTransaction(db, async (tx) => {
    const b = await bodyById(tx, opts.bodyId);
    if (!b || b.programmeId !== opts.programmeId) throw notFound('Overleg', opts.bodyId);
    const [row] = await tx
      .insert(meeting)
      .values({
        programmeId: opts.programmeId,
        bodyId: b.id,
        date: opts.date,
        status: 'open',
        isDemo: opts.isDemo ?? false,
        createdAt: clock.now(),
        updatedAt: clock.now(),
      })
      .returning();
    if (!row) throw new Error('insert meeting returned no row');
    await recordAudit(
      tx,
      actor,
      { action: 'create', entityType: 'meeting', entityId: row.id, programmeId: opts.programmeId, after: row },
      clock,
    );
    return row.id;
  });
}
