import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { failureHistory, failuresSinceLastSuccess } from '../../../db/queries/account';
import { account, loginAttempt } from '../../../db/schema';
import { THROTTLE, throttleDecision, throttleMessage } from '../../../domain/access/throttle';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';

/**
 * Sign-in and password change share one throttle (domain/access/throttle): e-mail and client
 * address together, growing delays, an account lock that spares the addresses the account knows.
 * Stored in login_attempt, so it holds across app servers.
 */
export async function assertNotThrottled(db: Db, email: string, ip: string, lockedUntil: Date | null, clock: Clock): Promise<void> {
  const now = clock.now();
  const history = await failureHistory(db, email, ip, now, { windowMinutes: THROTTLE.windowMinutes, knownDays: THROTTLE.knownAddressDays });
  const decision = throttleDecision({ ...history, lockedUntil }, now);
  if (!decision.allowed) {
    throw new DomainError('RATE_LIMITED', throttleMessage(decision), {
      retryAfterSeconds: decision.retryAfterSeconds,
      reason: decision.reason,
    });
  }
}

/** Remember a failure in its own transaction (the request fails, the failure must stay); lock after too many in a row. */
export async function recordFailedAttempt(
  db: Db,
  email: string,
  ip: string,
  found: { id: string; actor: Actor } | null,
  clock: Clock,
): Promise<void> {
  const now = clock.now();
  await inTransaction(db, async (tx) => {
    await tx.insert(loginAttempt).values({ email, ip, at: now, success: false });
    if (found && (await failuresSinceLastSuccess(tx, email)) >= THROTTLE.lockAfter) {
      const lockedUntil = new Date(now.getTime() + THROTTLE.lockMinutes * 60_000);
      await tx.update(account).set({ lockedUntil }).where(eq(account.id, found.id));
      await recordAudit(
        tx,
        found.actor,
        {
          action: 'lock',
          entityType: 'account',
          entityId: found.id,
          before: { lockedUntil: null },
          after: { lockedUntil: lockedUntil.toISOString() },
        },
        clock,
      );
    }
  });
}

/** A success resets the pair's delay (and makes the address known to the account). */
export async function recordSuccessfulAttempt(tx: Db, email: string, ip: string, clock: Clock): Promise<void> {
  await tx.insert(loginAttempt).values({ email, ip, at: clock.now(), success: true });
}
