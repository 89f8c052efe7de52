import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { readRequestContext, type RequestContextRow } from '../../db/queries/request-context';
import { session } from '../../db/schema';
import { PLATFORM_ROLES, PROGRAMME_ROLES, type PlatformRole, type ProgrammeRole } from '../../domain/access/rules';
import { namedProgrammeOf, type NamedProgramme } from '../policies/programme-scope';
import { ANONYMOUS_ACTOR, type Actor } from './actor';
import { SESSION_COOKIE } from './session-cookie';
import { sha256 } from './tokens';

/** How often a session's last-seen time is written: not on every request. */
const TOUCH_AFTER_MS = 60_000;

export interface ResolvedRequest {
  actor: Actor;
  /** The CSRF token of the session, to compare with the x-csrf-token header. */
  csrfToken: string | null;
  /** The programme the path names (null: it names none), for the access check (enforce-access.ts). */
  programme: NamedProgramme | null;
  /** The content revision read with it (read-cache); null when the request needed no statement. */
  revision: number | null;
}

/**
 * Who sent this request — the account of a live session cookie, or the anonymous visitor — and the
 * programme its path names, in ONE statement (db/queries/request-context.ts). Sessions live in the
 * database, so any app server can resolve them; session, account and memberships are read fresh on
 * every request, so a sign-out, a disabled account or a revoked role takes effect at once. A request
 * without a session cookie and without a programme in its path needs no statement at all.
 */
export async function resolveRequest(request: FastifyRequest): Promise<ResolvedRequest> {
  const token = request.cookies[SESSION_COOKIE];
  const named = namedProgrammeOf(request);
  if (!token && !named) return { actor: ANONYMOUS_ACTOR, csrfToken: null, programme: null, revision: null };
  const { db, clock, auth } = request.server.ctx;
  const now = clock.now();
  const tokenHash = token ? sha256(token) : null;
  const row = await readRequestContext(db, {
    tokenHash,
    now,
    idleSince: new Date(now.getTime() - auth.sessionIdleMinutes * 60_000),
    programme: named,
  });
  const programme = named ? { value: named.value, row: row.programme } : null;
  const base = { programme, revision: row.revision };
  if (!tokenHash || !row.session || !row.account || row.account.disabled) return { actor: ANONYMOUS_ACTOR, csrfToken: null, ...base };
  if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.update(session).set({ lastSeenAt: now }).where(eq(session.tokenHash, tokenHash));
  }
  return { actor: actorOf(row.account, row.memberships, tokenHash), csrfToken: row.session.csrfToken, ...base };
}

function actorOf(
  account: NonNullable<RequestContextRow['account']>,
  memberships: RequestContextRow['memberships'],
  sessionTokenHash: string,
): Actor {
  return {
    id: account.id,
    label: `${account.name} <${account.email}>`,
    kind: 'user',
    platformRoles: account.platformRoles.filter((r): r is PlatformRole => PLATFORM_ROLES.includes(r as PlatformRole)),
    memberships: memberships.flatMap((m) =>
      PROGRAMME_ROLES.includes(m.role as ProgrammeRole)
        ? [{ programmeId: m.programmeId, role: m.role as ProgrammeRole, organisationId: m.organisationId }]
        : [],
    ),
    sessionTokenHash,
  };
}
