import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { bodyById } from '../../../db/queries/governance';
import { organisationsByIds, personById } from '../../../db/queries/organisation';
import { bodySeat, bodySeatOrganisation } from '../../../db/schema';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError, notFound } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';

export interface SeatInput {
  /** Null: the seat is vacant. */
  personId: string | null;
  role: string;
  organisationIds: string[];
  note?: string | null;
}

/** Add a seat to a body: a person (or vacant) with a role, on behalf of one or more organisations. */
export async function addSeat(
  db: Db,
  actor: Actor,
  opts: { programmeId: string; bodyId: string; seat: SeatInput },
  clock: Clock,
): Promise<string> {
  const s = opts.seat;
  if (!s.role.trim())
    throw new DomainError('VALIDATION_FAILED', 'Geef de zetel een rol (voorzitter, secretaris, lid, adviseur, …).', [
      { field: 'role', reason: 'verplicht' },
    ]);
  return inTransaction(db, async (tx) => {
    const b = await bodyById(tx, opts.bodyId);
    if (!b || b.programmeId !== opts.programmeId) throw notFound('Overleg', opts.bodyId);
    if (s.personId && !(await personById(tx, s.personId))) throw notFound('Persoon', s.personId);
    const orgIds = [...new Set(s.organisationIds)];
    const found = new Set((await organisationsByIds(tx, orgIds)).map((o) => o.id));
    const missing = orgIds.filter((id) => !found.has(id));
    if (missing.length > 0)
      throw new DomainError(
        'VALIDATION_FAILED',
        'Een organisatie van de zetel bestaat niet.',
        missing.map((id) => ({ field: 'organisationIds', reason: `onbekende organisatie ${id}` })),
      );
    const existing = await tx.select({ id: bodySeat.id }).from(bodySeat).where(eq(bodySeat.bodyId, b.id));
    const [row] = await tx
      .insert(bodySeat)
      .values({
        bodyId: b.id,
        personId: s.personId,
        role: s.role.trim(),
        note: s.note?.trim() || null,
        position: existing.length,
        createdAt: clock.now(),
      })
      .returning();
    if (!row) throw new Error('insert body_seat returned no row');
    if (orgIds.length > 0)
      await tx
        .insert(bodySeatOrganisation)
        .values(orgIds.map((organisationId, position) => ({ seatId: row.id, organisationId, position })));
    await recordAudit(
      tx,
      actor,
      {
        action: 'create',
        entityType: 'body_seat',
        entityId: row.id,
        programmeId: opts.programmeId,
        after: { ...row, organisationIds: orgIds },
      },
      clock,
    );
    return row.id;
  });
}

export async function removeSeat(
  db: Db,
  actor: Actor,
  opts: { programmeId: string; bodyId: string; seatId: string },
  clock: Clock,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const b = await bodyById(tx, opts.bodyId);
    if (!b || b.programmeId !== opts.programmeId) throw notFound('Overleg', opts.bodyId);
    const [seat] = await tx.select().from(bodySeat).where(eq(bodySeat.id, opts.seatId));
    if (!seat || seat.bodyId !== b.id) throw notFound('Zetel', opts.seatId);
    await tx.delete(bodySeat).where(eq(bodySeat.id, seat.id));
    await recordAudit(
      tx,
      actor,
      { action: 'delete', entityType: 'body_seat', entityId: seat.id, programmeId: opts.programmeId, before: seat },
      clock,
    );
  });
}
