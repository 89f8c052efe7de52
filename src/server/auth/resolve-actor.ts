import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { findLiveSession, membershipsOf } from '../../db/queries/account';
import { session } from '../../db/schema';
import { PLATFORM_ROLES, PROGRAMME_ROLES, type PlatformRole, type ProgrammeRole } from '../../domain/access/rules';
import { ANONYMOUS_ACTOR, type Actor } from './actor';
import { SESSION_COOKIE } from './session-cookie';
import { sha256 } from './tokens';

/** How often a session's last-seen time is written: not on every request. */
const TOUCH_AFTER_MS = 60_000;

export interface ResolvedActor {
  actor: Actor;
  /** The CSRF token of the session, to compare with the x-csrf-token header. */
  csrfToken: string | null;
}

/**
 * Who sent this request: the account of a live session cookie, or the anonymous visitor.
 * Sessions live in the database, so any app server can resolve them; memberships are read
 * fresh on every request, so a revoked role takes effect at once.
 */
export async function resolveActor(request: FastifyRequest): Promise<ResolvedActor> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return { actor: ANONYMOUS_ACTOR, csrfToken: null };
  const { db, clock, auth } = request.server.ctx;
  const now = clock.now();
  const idleSince = new Date(now.getTime() - auth.sessionIdleMinutes * 60_000);
  const tokenHash = sha256(token);
  const found = await findLiveSession(db, tokenHash, now, idleSince);
  if (!found || found.account.disabled) return { actor: ANONYMOUS_ACTOR, csrfToken: null };
  if (now.getTime() - found.session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.update(session).set({ lastSeenAt: now }).where(eq(session.tokenHash, tokenHash));
  }
  const memberships = (await membershipsOf(db, found.account.id)).flatMap((m) =>
    PROGRAMME_ROLES.includes(m.role as ProgrammeRole)
      ? [{ programmeId: m.programmeId, role: m.role as ProgrammeRole, organisationId: m.organisationId }]
      : [],
  );
  const actor: Actor = {
    id: found.account.id,
    label: `${found.account.name} <${found.account.email}>`,
    kind: 'user',
    platformRoles: found.account.platformRoles.filter((r): r is PlatformRole => PLATFORM_ROLES.includes(r as PlatformRole)),
    memberships,
    sessionTokenHash: tokenHash,
  };
  return { actor, csrfToken: found.session.csrfToken };
}
