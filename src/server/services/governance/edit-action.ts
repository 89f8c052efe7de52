import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { actionById, actionsOfBody, meetingsOfBody, type ActionItemRow, type MeetingRow } from '../../../db/queries/governance';
import { actionItem } from '../../../db/schema';
import { assertActionEditableIn } from '../../../domain/governance';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError, notFound } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { assertOwnersExist, checkAction } from './actions';
import { actionStatusOf, meetingStatusOf } from './load-governance';
import { openMeetingForWrite } from './meeting-writes';

/** The action, locked, when it is on the open meeting's agenda (agreed there or carried into it) and at `version`. */
async function actionOnAgenda(tx: Db, programmeId: string, m: MeetingRow, actionId: string, version: number): Promise<ActionItemRow> {
  const before = await actionById(tx, actionId, { forUpdate: true });
  if (!before || before.programmeId !== programmeId) throw notFound('Actiepunt', actionId);
  const meetings = await meetingsOfBody(tx, m.bodyId);
  const actions = (await actionsOfBody(tx, m.bodyId)).map((a) => ({ ...a, status: actionStatusOf(a.status) }));
  const self = actions.find((a) => a.id === before.id) ?? { ...before, status: actionStatusOf(before.status) };
  assertActionEditableIn(self, { id: m.id, bodyId: m.bodyId, date: m.date, status: meetingStatusOf(m.status) }, actions, meetings);
  if (before.version !== version)
    throw new DomainError(
      'VERSION_CONFLICT',
      'Dit actiepunt is intussen door iemand anders gewijzigd. Bekijk de huidige stand en probeer het opnieuw.',
      { current: before },
    );
  return before;
}

/**
 * Correct an action from an open meeting whose agenda holds it: its text, owner and deadline (a
 * later meeting often moves the deadline). The status has its own route.
 */
export async function updateAction(
  db: Db,
  actor: Actor,
  opts: {
    programmeId: string;
    meetingId: string;
    actionId: string;
    version: number;
    text: string;
    ownerPersonId?: string | null;
    ownerOrganisationId?: string | null;
    deadline?: string | null;
  },
  clock: Clock,
): Promise<number> {
  const text = checkAction(opts);
  return inTransaction(db, async (tx) => {
    const m = await openMeetingForWrite(tx, opts.programmeId, opts.meetingId, 'een actiepunt');
    const before = await actionOnAgenda(tx, opts.programmeId, m, opts.actionId, opts.version);
    await assertOwnersExist(tx, opts);
    const [row] = await tx
      .update(actionItem)
      .set({
        text,
        ownerPersonId: opts.ownerPersonId ?? null,
        ownerOrganisationId: opts.ownerOrganisationId ?? null,
        deadline: opts.deadline ?? null,
        version: before.version + 1,
        updatedAt: clock.now(),
      })
      .where(eq(actionItem.id, before.id))
      .returning();
    await recordAudit(
      tx,
      actor,
      { action: 'update', entityType: 'action_item', entityId: before.id, programmeId: opts.programmeId, before, after: row },
      clock,
    );
    return before.version + 1;
  });
}

/** Remove an action agreed by mistake: only in the open meeting where it was agreed (audited). */
export async function deleteAction(
  db: Db,
  actor: Actor,
  opts: { programmeId: string; meetingId: string; actionId: string; version: number },
  clock: Clock,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const m = await openMeetingForWrite(tx, opts.programmeId, opts.meetingId, 'een actiepunt');
    const before = await actionOnAgenda(tx, opts.programmeId, m, opts.actionId, opts.version);
    if (before.meetingId !== m.id)
      throw new DomainError('CONFLICT', 'Een actiepunt van een eerdere vergadering wordt niet verwijderd; zet het op vervallen.', [
        { field: 'actionId', reason: 'afgesproken in een eerdere vergadering' },
      ]);
    await tx.delete(actionItem).where(eq(actionItem.id, before.id));
    await recordAudit(
      tx,
      actor,
      { action: 'delete', entityType: 'action_item', entityId: before.id, programmeId: opts.programmeId, before },
      clock,
    );
  });
}
