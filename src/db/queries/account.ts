import { and, asc, eq, gt, gte, sql } from 'drizzle-orm';
import type { Db } from '../database';
import { account, loginAttempt, programmeMembership, session } from '../schema';

export type AccountRow = typeof account.$inferSelect;
export type SessionRow = typeof session.$inferSelect;
export type MembershipRow = typeof programmeMembership.$inferSelect;

export async function findAccountByEmail(db: Db, email: string): Promise<AccountRow | undefined> {
  const [row] = await db.select().from(account).where(eq(account.email, email.toLowerCase()));
  return row;
}

export async function findAccountById(db: Db, id: string): Promise<AccountRow | undefined> {
  const [row] = await db.select().from(account).where(eq(account.id, id));
  return row;
}

export async function findAccountByOidc(db: Db, issuer: string, subject: string): Promise<AccountRow | undefined> {
  const [row] = await db
    .select()
    .from(account)
    .where(and(eq(account.oidcIssuer, issuer), eq(account.oidcSubject, subject)));
  return row;
}

export function listAccounts(db: Db): Promise<AccountRow[]> {
  return db.select().from(account).orderBy(asc(account.email));
}

export async function countAccounts(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(account);
  return Number(row?.n ?? 0);
}

/** A live session with its account; null when unknown, expired or idle too long. */
export async function findLiveSession(
  db: Db,
  tokenHash: string,
  now: Date,
  idleSince: Date,
): Promise<{ session: SessionRow; account: AccountRow } | null> {
  const [row] = await db
    .select({ session, account })
    .from(session)
    .innerJoin(account, eq(account.id, session.accountId))
    .where(and(eq(session.tokenHash, tokenHash), gt(session.expiresAt, now), gte(session.lastSeenAt, idleSince)));
  return row ?? null;
}

export function membershipsOf(db: Db, accountId: string): Promise<MembershipRow[]> {
  return db.select().from(programmeMembership).where(eq(programmeMembership.accountId, accountId));
}

export async function findMembership(db: Db, programmeId: string, accountId: string): Promise<MembershipRow | undefined> {
  const [row] = await db
    .select()
    .from(programmeMembership)
    .where(and(eq(programmeMembership.programmeId, programmeId), eq(programmeMembership.accountId, accountId)));
  return row;
}

export function membersOf(db: Db, programmeId: string): Promise<{ membership: MembershipRow; account: AccountRow }[]> {
  return db
    .select({ membership: programmeMembership, account })
    .from(programmeMembership)
    .innerJoin(account, eq(account.id, programmeMembership.accountId))
    .where(eq(programmeMembership.programmeId, programmeId))
    .orderBy(asc(account.email));
}

/** Failures for this e-mail since its last successful sign-in (or ever). */
export async function failuresSinceLastSuccess(db: Db, email: string): Promise<number> {
  const [row] = await db
    .select({
      n: sql<number>`count(*) filter (where not ${loginAttempt.success} and ${loginAttempt.at} > coalesce(
        (select max(la.at) from login_attempt la where la.email = ${email} and la.success), '-infinity'::timestamptz))::int`,
    })
    .from(loginAttempt)
    .where(eq(loginAttempt.email, email));
  return Number(row?.n ?? 0);
}

/**
 * What the throttle (domain/access/throttle) needs about one e-mail from one address: failures of
 * the pair since its last success (at most a day back), failures of the address in the window, and
 * whether the address signed in to this e-mail successfully in the last `knownDays` days.
 */
export async function failureHistory(
  db: Db,
  email: string,
  ip: string,
  now: Date,
  opts: { windowMinutes: number; knownDays: number },
): Promise<{ pairFailures: number; lastPairFailureAt: Date | null; addressFailures: number; knownAddress: boolean }> {
  const day = new Date(now.getTime() - 24 * 3_600_000);
  const window = new Date(now.getTime() - opts.windowMinutes * 60_000);
  const known = new Date(now.getTime() - opts.knownDays * 24 * 3_600_000);
  const lastPairSuccess = sql`coalesce(
    (select max(la.at) from login_attempt la where la.email = ${email} and la.ip = ${ip} and la.success), '-infinity'::timestamptz)`;
  const [pair] = await db
    .select({
      n: sql<number>`count(*) filter (where not ${loginAttempt.success}
        and ${loginAttempt.at} > greatest(${lastPairSuccess}, ${day.toISOString()}::timestamptz))::int`,
      last: sql<Date | string | null>`max(${loginAttempt.at}) filter (where not ${loginAttempt.success})`,
      known: sql<boolean>`coalesce(bool_or(${loginAttempt.success} and ${loginAttempt.at} >= ${known.toISOString()}::timestamptz), false)`,
    })
    .from(loginAttempt)
    .where(
      and(eq(loginAttempt.email, email), eq(loginAttempt.ip, ip), gte(loginAttempt.at, new Date(Math.min(day.getTime(), known.getTime())))),
    );
  const [address] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(loginAttempt)
    .where(and(eq(loginAttempt.ip, ip), eq(loginAttempt.success, false), gte(loginAttempt.at, window)));
  const last = pair?.last ?? null;
  return {
    pairFailures: Number(pair?.n ?? 0),
    lastPairFailureAt: last === null ? null : new Date(last),
    addressFailures: Number(address?.n ?? 0),
    knownAddress: Boolean(pair?.known),
  };
}
