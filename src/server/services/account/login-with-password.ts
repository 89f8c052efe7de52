import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { failuresSinceLastSuccess, findAccountByEmail, recentFailures } from '../../../db/queries/account';
import { account, loginAttempt, session } from '../../../db/schema';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import { verifyAgainstDummy, verifyPassword } from '../../auth/password-hash';
import { accountView, actorForAccount, normaliseEmail, type AccountView } from './account-view';
import { createSession, type NewSession } from './create-session';

/** Throttling: failures per e-mail and per address within the window. Stored in the database, so it holds across app servers. */
export const LOGIN_LIMITS = {
  windowMinutes: 15,
  perEmail: 5,
  perIp: 20,
  /** Consecutive failures (since the last success) that lock the account. */
  lockAfter: 10,
  lockMinutes: 30,
} as const;

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
  const now = clock.now();
  const since = new Date(now.getTime() - LOGIN_LIMITS.windowMinutes * 60_000);
  const failures = await recentFailures(db, email, opts.ip, since);
  if (failures.byEmail >= LOGIN_LIMITS.perEmail || failures.byIp >= LOGIN_LIMITS.perIp) {
    throw new DomainError('RATE_LIMITED', `Te veel mislukte inlogpogingen. Probeer het over ${LOGIN_LIMITS.windowMinutes} minuten opnieuw.`, {
      retryAfterMinutes: LOGIN_LIMITS.windowMinutes,
    });
  }
  const found = await findAccountByEmail(db, email);
  if (found?.lockedUntil && found.lockedUntil > now) {
    throw new DomainError('RATE_LIMITED', 'Dit account is tijdelijk geblokkeerd na herhaalde mislukte inlogpogingen.', {
      lockedUntil: found.lockedUntil.toISOString(),
    });
  }
  const ok = found?.passwordHash && !found.disabled ? await verifyPassword(found.passwordHash, opts.password) : (await verifyAgainstDummy(opts.password), false);

  if (!found || !ok) {
    // Its own transaction: the failure must be remembered even though the request fails.
    await inTransaction(db, async (tx) => {
      await tx.insert(loginAttempt).values({ email, ip: opts.ip, at: now, success: false });
      if (found && (await failuresSinceLastSuccess(tx, email)) >= LOGIN_LIMITS.lockAfter) {
        const lockedUntil = new Date(now.getTime() + LOGIN_LIMITS.lockMinutes * 60_000);
        await tx.update(account).set({ lockedUntil }).where(eq(account.id, found.id));
        await recordAudit(
          tx,
          actorForAccount(found),
          { action: 'lock', entityType: 'account', entityId: found.id, before: { lockedUntil: null }, after: { lockedUntil: lockedUntil.toISOString() } },
          clock,
        );
      }
    });
    throw WRONG();
  }

  return inTransaction(db, async (tx) => {
    await tx.insert(loginAttempt).values({ email, ip: opts.ip, at: now, success: true });
    if (found.lockedUntil) await tx.update(account).set({ lockedUntil: null }).where(eq(account.id, found.id));
    if (opts.previousSessionHash) await tx.delete(session).where(eq(session.tokenHash, opts.previousSessionHash));
    const s = await createSession(tx, found.id, 'password', opts.sessionHours, clock);
    await recordAudit(tx, actorForAccount(found), { action: 'login', entityType: 'account', entityId: found.id, after: { method: 'password' } }, clock);
    return { account: accountView({ ...found, lockedUntil: null }), session: s };
  });
}
