/**
 * Who may do what: pure rules over plain data. The server's central preHandler and the services
 * (for organisation scope) both ask these functions; nothing else decides access.
 */
export type PlatformRole = 'beheerder' | 'monitor-analist';
export type ProgrammeRole = 'beheerder' | 'redacteur' | 'rapporteur' | 'lezer';

export const PROGRAMME_ROLES: readonly ProgrammeRole[] = ['beheerder', 'redacteur', 'rapporteur', 'lezer'];
export const PLATFORM_ROLES: readonly PlatformRole[] = ['beheerder', 'monitor-analist'];

/** 'public' | 'user' | { programme: role } | { platform: role }: what a route declares. */
export type Access = 'public' | 'user' | { programme: ProgrammeRole } | { platform: PlatformRole };

export interface Membership {
  programmeId: string;
  role: ProgrammeRole;
  organisationId: string | null;
}

export interface AccessSubject {
  kind: 'user' | 'system' | 'anonymous';
  platformRoles: readonly PlatformRole[];
  memberships: readonly Membership[];
}

/** Higher includes lower: a beheerder may do what a redacteur may, and so on. */
const RANK: Record<ProgrammeRole, number> = { lezer: 1, rapporteur: 2, redacteur: 3, beheerder: 4 };

export function roleAtLeast(role: ProgrammeRole, required: ProgrammeRole): boolean {
  return RANK[role] >= RANK[required];
}

export function membershipIn(subject: AccessSubject, programmeId: string): Membership | undefined {
  return subject.memberships.find((m) => m.programmeId === programmeId);
}

export type Decision = 'allow' | 'unauthenticated' | 'forbidden';

/**
 * May `subject` call a route declared with `access`, for the programme the route names?
 * - A platform beheerder may do everything in every programme, but is not a monitor-analist:
 *   unsuppressed monitor figures are for that role only (least privilege for vulnerable people's data).
 * - The system actor (CLI, demo loading) may do everything.
 */
export function decide(subject: AccessSubject, access: Access, programmeId: string | null): Decision {
  if (access === 'public') return 'allow';
  if (subject.kind === 'system') return 'allow';
  if (subject.kind === 'anonymous') return 'unauthenticated';
  if (access === 'user') return 'allow';
  if ('platform' in access) return subject.platformRoles.includes(access.platform) ? 'allow' : 'forbidden';
  if (subject.platformRoles.includes('beheerder')) return 'allow';
  if (programmeId === null) return 'forbidden';
  const m = membershipIn(subject, programmeId);
  return m && roleAtLeast(m.role, access.programme) ? 'allow' : 'forbidden';
}

/**
 * Organisation scope, checked by services on the entity itself: a redacteur may edit, and a
 * rapporteur may report on, only nodes owned by the organisation they act for. Programme
 * beheerders and platform beheerders may act on every node.
 */
export function mayActOnOwnedEntity(
  subject: AccessSubject,
  programmeId: string,
  ownerOrganisationId: string | null,
  required: 'redacteur' | 'rapporteur',
): boolean {
  if (subject.kind === 'system' || subject.platformRoles.includes('beheerder')) return true;
  if (subject.kind !== 'user') return false;
  const m = membershipIn(subject, programmeId);
  if (!m || !roleAtLeast(m.role, required)) return false;
  if (m.role === 'beheerder') return true;
  return m.organisationId !== null && m.organisationId === ownerOrganisationId;
}

/**
 * Creating a programme (empty, from a programme document or from a table) is a platform-wide right:
 * a new programme appears in the list everyone sees, so it is not for just any account. Routes declare
 * this access; the web UI asks `mayCreateProgramme` to offer the menu items.
 */
export const CREATE_PROGRAMME_ACCESS = { platform: 'beheerder' } as const satisfies Access;

/** Reference data (organisations, regions, persons) is shared by every programme: platform beheerder only. */
export const REFERENCE_DATA_ACCESS = { platform: 'beheerder' } as const satisfies Access;

export function mayCreateProgramme(subject: AccessSubject): boolean {
  return decide(subject, CREATE_PROGRAMME_ACCESS, null) === 'allow';
}

/** May `subject` create organisations, regions or persons (also as a side effect of an import)? */
export function mayCreateReferenceData(subject: AccessSubject): boolean {
  return decide(subject, REFERENCE_DATA_ACCESS, null) === 'allow';
}

/** May `subject` see (read) the programme at all? Used where a write names an entity in another programme. */
export function maySeeProgramme(subject: AccessSubject, programmeId: string): boolean {
  return decide(subject, { programme: 'lezer' }, programmeId) === 'allow';
}

/**
 * One thing a write touches, for organisation scope: a node it changes (or whose children,
 * milestones or links it changes), the parent it writes under, the new owner or partner it assigns,
 * an effort it removes. `ownerOrganisationId` is the organisation that owns it (null: nobody).
 */
export interface ScopeTouch {
  /** Dutch, for the message: "Element 'Wonen'", "De nieuwe eigenaar", "Bovenliggend element 'Zorg'". */
  what: string;
  ownerOrganisationId: string | null;
}

/**
 * Every write checks every entity it touches: the first touch outside the actor's organisation
 * scope, or null when all are inside (programme and platform beheerders: always null).
 */
export function firstOutOfScope(
  subject: AccessSubject,
  programmeId: string,
  touches: readonly ScopeTouch[],
  required: 'redacteur' | 'rapporteur',
): ScopeTouch | null {
  return touches.find((t) => !mayActOnOwnedEntity(subject, programmeId, t.ownerOrganisationId, required)) ?? null;
}
