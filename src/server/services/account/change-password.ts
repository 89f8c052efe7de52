import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { findAccountById } from '../../../db/queries/account';
import { account, session } from '../../../db/schema';
import { assertPasswordAcceptable } from '../../../domain/access/password-rules';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError, notFound } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { hashPassword, verifyPassword } from '../../auth/password-hash';
import { actorForAccount } from './account-view';
import { assertNotThrottled, recordFailedAttempt } from './throttle-attempts';

export interface ChangePasswordOptions {
  accountId: string;
  /** Required when people change their own password; omitted when a platform beheerder or the CLI sets one. */
  currentPassword?: string;
  newPassword: string;
  /** Client address: a change with the current password is throttled like sign-in (guessing it is guessing a password). */
  ip?: string;
}

/** Set a new password; every other session of the account ends (a stolen session dies with the old password). */
export async function changePassword(db: Db, actor: Actor, opts: ChangePasswordOptions, clock: Clock): Promise<void> {
  const current = await findAccountById(db, opts.accountId);
  if (!current) throw notFound('Account', opts.accountId);
  const self = actor.id === current.id;
  if (self || opts.currentPassword !== undefined) {
    const ip = opts.ip ?? 'lokaal';
    await assertNotThrottled(db, current.email, ip, current.lockedUntil, clock);
    const ok = current.passwordHash !== null && (await verifyPassword(current.passwordHash, opts.currentPassword ?? ''));
    if (!ok) await recordFailedAttempt(db, current.email, ip, { id: current.id, actor: actorForAccount(current) }, clock);
    if (!ok)
      throw new DomainError('VALIDATION_FAILED', 'Het huidige wachtwoord klopt niet.', [{ field: 'currentPassword', reason: 'onjuist' }]);
  } else if (actor.kind !== 'system' && !actor.platformRoles.includes('beheerder')) {
    throw new DomainError('FORBIDDEN', 'Alleen een platformbeheerder mag het wachtwoord van een ander instellen.', []);
  }
  assertPasswordAcceptable(opts.newPassword, { email: current.email, name: current.name });
  const passwordHash = await hashPassword(opts.newPassword);
  await inTransaction(db, async (tx) => {
    const now = clock.now();
    await tx.update(account).set({ passwordHash, lockedUntil: null, updatedAt: now }).where(eq(account.id, current.id));
    const keep = self ? actor.sessionTokenHash : undefined;
    await tx
      .delete(session)
      .where(keep ? and(eq(session.accountId, current.id), ne(session.tokenHash, keep)) : eq(session.accountId, current.id));
    await recordAudit(
      tx,
      actor,
      { action: 'password-change', entityType: 'account', entityId: current.id, after: { passwordChangedAt: now.toISOString() } },
      clock,
    );
  });
}
