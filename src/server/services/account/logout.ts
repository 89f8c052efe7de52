import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { session } from '../../../db/schema';
import type { Clock } from '../../../domain/shared/clock';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';

/** End the actor's current session (the cookie is cleared by the route). */
export async function logout(db: Db, actor: Actor, clock: Clock): Promise<void> {
  const tokenHash = actor.sessionTokenHash;
  if (!tokenHash || !actor.id) return;
  const accountId = actor.id;
  await inTransaction(db, async (tx) => {
    await tx.delete(session).where(eq(session.tokenHash, tokenHash));
    await recordAudit(tx, actor, { action: 'logout', entityType: 'account', entityId: accountId }, clock);
  });
}
