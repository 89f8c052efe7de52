import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { findAccountByEmail } from '../../../db/queries/account';
import { account, session } from '../../../db/schema';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import { assertNotThrottled, recordFailedAttempt, recordSuccessfulAttempt } from './throttle-attempts';
import { verifyAgainstDummy, verifyPassword } from '../../auth/password-hash';
import { accountView, actorForAccount, normaliseEmail, type AccountView } from './account-view';
import { createSession, type NewSession } from './create-session';

/** Throttling lives in domain/access/throttle (e-mail and address together, growing delays). */
export { THROTTLE as LOGIN_LIMITS } from '../../../domain/access/throttle';

export interface LoginWithPasswordOptions {
  email: string;
  password: string;
  ip: string;
  sessionHours: number;
  /** The session the request came with, if any: it ends, so one browser holds one session. */
  previousSessionHash?: string;
}

const WRONG = () => new DomainError('UNAUTHENTICATED', 'E-mailadres of wachtwoord onjuist.', []);

export async function loginWithPassword(
  db: Db,
  opts: LoginWithPasswordOptions,
  clock: Clock,
): Promise<{ account: AccountView; session: NewSession }> {
  const email = normaliseEmail(opts.email);
  const found = await findAccountByEmail(db, email);
  await assertNotThrottled(db, email, opts.ip, found?.lockedUntil ?? null, clock);
  const ok =
    found?.passwordHash && !found.disabled
      ? await verifyPassword(found.passwordHash, opts.password)
      : (await verifyAgainstDummy(opts.password), false);

  if (!found || !ok) {
    await recordFailedAttempt(db, email, opts.ip, found ? { id: found.id, actor: actorForAccount(found) } : null, clock);
    throw WRONG();
  }

  return inTransaction(db, async (tx) => {
    await recordSuccessfulAttempt(tx, email, opts.ip, clock);
    if (found.lockedUntil) await tx.update(account).set({ lockedUntil: null }).where(eq(account.id, found.id));
    if (opts.previousSessionHash) await tx.delete(session).where(eq(session.tokenHash, opts.previousSessionHash));
    const s = await createSession(tx, found.id, 'password', opts.sessionHours, clock);
    await recordAudit(
      tx,
      actorForAccount(found),
      { action: 'login', entityType: 'account', entityId: found.id, after: { method: 'password' } },
      clock,
    );
    return { account: accountView({ ...found, lockedUntil: null }), session: s };
  });
}
