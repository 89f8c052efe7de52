import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { findAccountById, findMembership, type MembershipRow } from '../../../db/queries/account';
import { programme, programmeMembership } from '../../../db/schema';
import type { ProgrammeRole } from '../../../domain/access/rules';
import type { Clock } from '../../../domain/shared/clock';
import { notFound } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import type { MembershipView } from '../../../domain/access/responses';

export interface SetMembershipOptions {
  programmeId: string;
  accountId: string;
  role: ProgrammeRole;
  /** The organisation the member acts for; redacteur and rapporteur may change only its nodes. */
  organisationId: string | null;
}

export type { MembershipView };

export function membershipView(m: MembershipRow): MembershipView {
  return { programmeId: m.programmeId, accountId: m.accountId, role: m.role as ProgrammeRole, organisationId: m.organisationId };
}

export const membershipEntityId = (programmeId: string, accountId: string) => `${programmeId}:${accountId}`;

/** Give an account a role in a programme, or change it. */
export async function setMembership(db: Db, actor: Actor, opts: SetMembershipOptions, clock: Clock): Promise<MembershipView> {
  return inTransaction(db, async (tx) => {
    const [p] = await tx.select({ id: programme.id }).from(programme).where(eq(programme.id, opts.programmeId));
    if (!p) throw notFound('Programma', opts.programmeId);
    if (!(await findAccountById(tx, opts.accountId))) throw notFound('Account', opts.accountId);
    const before = await findMembership(tx, opts.programmeId, opts.accountId);
    const values = { role: opts.role, organisationId: opts.organisationId };
    const [row] = before
      ? await tx
          .update(programmeMembership)
          .set(values)
          .where(and(eq(programmeMembership.programmeId, opts.programmeId), eq(programmeMembership.accountId, opts.accountId)))
          .returning()
      : await tx
          .insert(programmeMembership)
          .values({ programmeId: opts.programmeId, accountId: opts.accountId, createdAt: clock.now(), ...values })
          .returning();
    if (!row) throw new Error('membership write returned no row');
    const after = membershipView(row);
    await recordAudit(
      tx,
      actor,
      {
        action: before ? 'update' : 'create',
        entityType: 'programme-membership',
        entityId: membershipEntityId(opts.programmeId, opts.accountId),
        programmeId: opts.programmeId,
        before: before ? membershipView(before) : null,
        after,
      },
      clock,
    );
    return after;
  });
}
