import { and, eq, gt, gte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../database';
import { account, contentRevision, programme, programmeMembership, session } from '../schema';
import type { ProgrammeRow } from './programme';

/** How a request's path names its programme, for the statement (policies/programme-scope.ts). */
export interface ProgrammeMatch {
  /** Names the condition's form (e.g. 'programmeId:slug'): one prepared statement per form. */
  form: string;
  /** A condition on the programme table that compares with the placeholder `programme`. */
  condition: SQL;
  /** The value bound to that placeholder. */
  value: string;
}

export interface RequestContextQuery {
  /** SHA-256 of the session cookie's token; null without a cookie. */
  tokenHash: string | null;
  now: Date;
  /** A session last seen before this has idled out. */
  idleSince: Date;
  /** The programme the request's path names; null when it names none. */
  programme: ProgrammeMatch | null;
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

function build(db: Db, programmeCondition: SQL | null, name: string) {
  // Without a cookie the token is null, and `token_hash = null` matches no session.
  const sessionIsLive = and(
    eq(session.tokenHash, sql.placeholder('token')),
    gt(session.expiresAt, sql.placeholder('now')),
    gte(session.lastSeenAt, sql.placeholder('idleSince')),
  );
  return db
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
      // [programme id, role, organisation id] per membership.
      memberships: sql<
        [string, string, string | null][] | null
      >`(select json_agg(json_build_array(m.programme_id, m.role, m.organisation_id))
        from ${programmeMembership} m where m.account_id = ${account.id})`,
      programme,
    })
    .from(sql`(select 1) as request_context`)
    .leftJoin(session, sessionIsLive)
    .leftJoin(account, eq(account.id, session.accountId))
    .leftJoin(programme, programmeCondition ?? sql`false`)
    .prepare(name);
}

type Prepared = ReturnType<typeof build>;
/** Built once per database handle and programme form: drizzle need not build the SQL per request, PostgreSQL plans it once per connection. */
const prepared = new WeakMap<Db, Map<string, Prepared>>();
const names = new Map<string, string>();

/**
 * Everything the access check of one request needs, as ONE statement instead of four: the live
 * session with its account, that account's memberships, the programme the path names, and the
 * content revision. Nothing is cached between requests but the statement's text: a signed-out
 * session, a disabled account or a revoked role applies at the very next request on every app
 * server, and all four are read in the same snapshot.
 */
export async function readRequestContext(db: Db, q: RequestContextQuery): Promise<RequestContextRow> {
  const form = q.programme?.form ?? 'none';
  let perDb = prepared.get(db);
  if (!perDb) prepared.set(db, (perDb = new Map()));
  let statement = perDb.get(form);
  if (!statement) {
    let name = names.get(form);
    if (!name) names.set(form, (name = `request_context_${names.size + 1}`));
    statement = build(db, q.programme?.condition ?? null, name);
    perDb.set(form, statement);
  }
  const [row] = await statement.execute({
    token: q.tokenHash,
    now: q.now.toISOString(),
    idleSince: q.idleSince.toISOString(),
    programme: q.programme?.value ?? null,
  });
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
