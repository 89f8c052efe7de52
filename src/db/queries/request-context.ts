import { and, eq, gt, gte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../database';
import { account, contentRevision, programme, programmeMembership, session } from '../schema';
import type { ProgrammeRow } from './programme';

export interface RequestContextQuery {
  /** SHA-256 of the session cookie's token; null without a cookie. */
  tokenHash: string | null;
  now: Date;
  /** A session last seen before this has idled out. */
  idleSince: Date;
  /** The condition naming the programme of the request's path (programme-scope.ts); null when it names none. */
  programme: SQL | null;
}

export interface RequestContextRow {
  /** The database's content revision (read-cache), in the same snapshot as the rest. */
  revision: number;
  /** The live session and its account; null when there is none (no cookie, expired, idle, signed out). */
  session: { csrfToken: string; lastSeenAt: Date } | null;
  account: { id: string; email: string; name: string; platformRoles: string[]; disabled: boolean } | null;
  /** The account's programme memberships, read now (a revoked role is gone at the next request). */
  memberships: { programmeId: string; role: string; organisationId: string | null }[];
  /** The programme the path names; null when it names none or none exists. */
  programme: ProgrammeRow | null;
}

const NOTHING = sql`false`;

/**
 * Everything the access check of one request needs, as ONE statement instead of four: the live
 * session with its account, that account's memberships, the programme the path names, and the
 * content revision. Nothing is cached between requests: a signed-out session, a disabled account or
 * a revoked role applies at the very next request on every app server, and all four are read in the
 * same snapshot.
 */
export async function readRequestContext(db: Db, q: RequestContextQuery): Promise<RequestContextRow> {
  const sessionIsLive = q.tokenHash
    ? and(eq(session.tokenHash, q.tokenHash), gt(session.expiresAt, q.now), gte(session.lastSeenAt, q.idleSince))
    : NOTHING;
  const [row] = await db
    .select({
      revision: sql<number | null>`(select ${contentRevision.revision} from ${contentRevision} where ${contentRevision.id} = 1)`,
      session: { csrfToken: session.csrfToken, lastSeenAt: session.lastSeenAt },
      account: {
        id: account.id,
        email: account.email,
        name: account.name,
        platformRoles: account.platformRoles,
        disabled: account.disabled,
      },
      // [programme id, role, organisation id] per membership; json, not jsonb: kept as built.
      memberships: sql<
        [string, string, string | null][] | null
      >`(select json_agg(json_build_array(m.programme_id, m.role, m.organisation_id))
        from ${programmeMembership} m where m.account_id = ${account.id})`,
      programme,
    })
    .from(sql`(select 1) as request_context`)
    .leftJoin(session, sessionIsLive)
    .leftJoin(account, eq(account.id, session.accountId))
    .leftJoin(programme, q.programme ?? NOTHING);
  if (!row) throw new Error('request context: no row');
  const live = row.session !== null && row.account !== null;
  return {
    revision: Number(row.revision ?? 0),
    session: live ? row.session : null,
    account: live ? row.account : null,
    memberships: live ? (row.memberships ?? []).map(([programmeId, role, organisationId]) => ({ programmeId, role, organisationId })) : [],
    programme: row.programme,
  };
}
