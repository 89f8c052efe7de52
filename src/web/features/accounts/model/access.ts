import { decide, PLATFORM_ROLES, PROGRAMME_ROLES, type AccessSubject, type PlatformRole, type ProgrammeRole } from '../../../../domain/access/rules';

/** The session as GET /api/auth/session answers it (roles as plain strings on the wire). */
export interface SessionLike {
  account: { id: string; platformRoles: readonly string[] } | null;
  memberships: readonly { programmeId: string; role: string; organisationId: string | null }[];
}

const isPlatformRole = (r: string): r is PlatformRole => (PLATFORM_ROLES as readonly string[]).includes(r);
const isProgrammeRole = (r: string): r is ProgrammeRole => (PROGRAMME_ROLES as readonly string[]).includes(r);

/** The session as the subject of the server's own access rules (domain/access/rules.ts). */
export function subjectOf(session: SessionLike): AccessSubject {
  if (!session.account) return { kind: 'anonymous', platformRoles: [], memberships: [] };
  return {
    kind: 'user',
    platformRoles: session.account.platformRoles.filter(isPlatformRole),
    memberships: session.memberships.flatMap((m) => (isProgrammeRole(m.role) ? [{ programmeId: m.programmeId, role: m.role, organisationId: m.organisationId }] : [])),
  };
}

/** The accounts page: platform beheerders only (GET/POST /api/accounts declare { platform: 'beheerder' }). */
export const mayManageAccounts = (session: SessionLike): boolean => decide(subjectOf(session), { platform: 'beheerder' }, null) === 'allow';

/** A programme's members: its beheerders and platform beheerders (the member routes declare { programme: 'beheerder' }). */
export const mayManageMembers = (session: SessionLike, programmeId: string): boolean =>
  decide(subjectOf(session), { programme: 'beheerder' }, programmeId) === 'allow';
