import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { findMembership } from '../../../db/queries/account';
import { programmeMembership } from '../../../db/schema';
import type { Clock } from '../../../domain/shared/clock';
import { notFound } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { membershipEntityId, membershipView } from './set-membership';

export interface RemoveMembershipOptions {
  programmeId: string;
  accountId: string;
}

export async function removeMembership(db: Db, actor: Actor, opts: RemoveMembershipOptions, clock: Clock): Promise<void> {
  await inTransaction(db, async (tx) => {
    const before = await findMembership(tx, opts.programmeId, opts.accountId);
    if (!before) throw notFound('Lidmaatschap', membershipEntityId(opts.programmeId, opts.accountId));
    await tx
      .delete(programmeMembership)
      .where(and(eq(programmeMembership.programmeId, opts.programmeId), eq(programmeMembership.accountId, opts.accountId)));
    await recordAudit(
      tx,
      actor,
      {
        action: 'delete',
        entityType: 'programme-membership',
        entityId: membershipEntityId(opts.programmeId, opts.accountId),
        programmeId: opts.programmeId,
        before: membershipView(before),
      },
      clock,
    );
  });
}
