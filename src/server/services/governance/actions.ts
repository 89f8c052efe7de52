import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { actionById, actionsOfBody, meetingsOfBody, nextPosition } from '../../../db/queries/governance';
import { organisationById, personById } from '../../../db/queries/organisation';
import { actionItem } from '../../../db/schema';
import { ACTION_STATUSES, assertActionEditableIn, isActionDone, type ActionStatus } from '../../../domain/governance';
import type { Clock } from '../../../domain/shared/clock';
import { isIsoDate } from '../../../domain/shared/deadline';
import { DomainError, notFound } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { actionStatusOf, meetingStatusOf } from './load-governance';
import { openMeetingForWrite } from './meeting-writes';

/** An action's text (trimmed, required) and deadline (a real date) checked; the text is returned. */
export function checkAction(opts: { text: string; deadline?: string | null }): string {
  const text = opts.text.trim();
  if (!text) throw new DomainError('VALIDATION_FAILED', 'Schrijf het actiepunt op.', [{ field: 'text', reason: 'verplicht' }]);
  if (opts.deadline && !isIsoDate(opts.deadline))
    throw new DomainError('VALIDATION_FAILED', `'${opts.deadline}' is geen geldige datum (jjjj-mm-dd).`, [
      { field: 'deadline', reason: 'geen geldige datum' },
    ]);
  return text;
}

export async function assertOwnersExist(tx: Db, opts: { ownerPersonId?: string | null; ownerOrganisationId?: string | null }) {
  if (opts.ownerPersonId && !(await personById(tx, opts.ownerPersonId))) throw notFound('Persoon', opts.ownerPersonId);
  if (opts.ownerOrganisationId && !(await organisationById(tx, opts.ownerOrganisationId)))
    throw notFound('Organisatie', opts.ownerOrganisationId);
}

/** Agree an action in an open meeting: what, who (person and/or organisation), by when. */
export async function addAction(
  db: Db,
  actor: Actor,
  opts: {
    programmeId: string;
    meetingId: string;
    text: string;
    ownerPersonId?: string | null;
    ownerOrganisationId?: string | null;
    deadline?: string | null;
  },
  clock: Clock,
): Promise<string> {
  const text = checkAction(opts);
  return inTransaction(db, async (tx) => {
    const m = await openMeetingForWrite(tx, opts.programmeId, opts.meetingId, 'een actiepunt');
    await assertOwnersExist(tx, opts);
    const [row] = await tx
      .insert(actionItem)
      .values({
        meetingId: m.id,
        bodyId: m.bodyId,
        programmeId: opts.programmeId,
        position: await nextPosition(tx, 'action', m.id),
        text,
        ownerPersonId: opts.ownerPersonId ?? null,
        ownerOrganisationId: opts.ownerOrganisationId ?? null,
        deadline: opts.deadline ?? null,
        status: 'open',
        createdAt: clock.now(),
        updatedAt: clock.now(),
      })
      .returning();
    if (!row) throw new Error('insert action_item returned no row');
    await recordAudit(
      tx,
      actor,
      { action: 'create', entityType: 'action_item', entityId: row.id, programmeId: opts.programmeId, after: row },
      clock,
    );
    return row.id;
  });
}

/**
 * Set an action's status from an open meeting it is on (agreed there or carried into it). Done
 * (gereed, vervallen) records that meeting's date, so the action leaves the agendas after it.
 */
export async function setActionStatus(
  db: Db,
  actor: Actor,
  opts: { programmeId: string; meetingId: string; actionId: string; status: ActionStatus },
  clock: Clock,
): Promise<void> {
  if (!ACTION_STATUSES.includes(opts.status))
    throw new DomainError('VALIDATION_FAILED', `'${String(opts.status)}' is geen status van een actiepunt.`, [
      { field: 'status', reason: 'onbekend' },
    ]);
  await inTransaction(db, async (tx) => {
    const m = await openMeetingForWrite(tx, opts.programmeId, opts.meetingId, 'een actiepunt');
    const before = await actionById(tx, opts.actionId, { forUpdate: true });
    if (!before || before.programmeId !== opts.programmeId) throw notFound('Actiepunt', opts.actionId);
    const meetings = await meetingsOfBody(tx, m.bodyId);
    const actions = (await actionsOfBody(tx, m.bodyId)).map((a) => ({ ...a, status: actionStatusOf(a.status) }));
    const self = actions.find((a) => a.id === before.id) ?? { ...before, status: actionStatusOf(before.status) };
    assertActionEditableIn(self, { id: m.id, bodyId: m.bodyId, date: m.date, status: meetingStatusOf(m.status) }, actions, meetings);
    const done = isActionDone(opts.status);
    const [row] = await tx
      .update(actionItem)
      .set({
        status: opts.status,
        doneDate: done ? m.date : null,
        doneMeetingId: done ? m.id : null,
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
  });
}
