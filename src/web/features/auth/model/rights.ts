import {
  decide,
  mayActOnOwnedEntity,
  mayCreateProgramme,
  membershipIn,
  PLATFORM_ROLES,
  PROGRAMME_ROLES,
  type AccessSubject,
  type Membership,
  type PlatformRole,
  type ProgrammeRole,
} from '../../../../domain/access/rules';

/** The session as GET /api/auth/session answers it, as far as access goes (roles are plain strings on the wire). */
export interface SessionLike {
  account: { platformRoles: readonly string[] } | null;
  memberships: readonly { programmeId: string; role: string; organisationId: string | null }[];
}

/**
 * What the signed-in person may do in one programme, asked of the same pure rules the server uses
 * (domain/access/rules): the routes' `config.access` through `decide`, organisation scope through
 * `mayActOnOwnedEntity`. The UI only follows them to hide what would be refused; the server still decides.
 */
export interface ProgrammeRights {
  /** False while the session is loading: nothing is offered until then. */
  known: boolean;
  /** Signed in at all. */
  signedIn: boolean;
  /** Create or import a new programme (domain/access CREATE_PROGRAMME_ACCESS: the platform beheerder). */
  mayCreateProgramme: boolean;
  /** The routes' programme roles: lezer reads, rapporteur reports, redacteur edits, beheerder manages. */
  may(role: ProgrammeRole): boolean;
  /** Edit, move or delete a node (or its gap analysis), or change an effort, owned by this organisation. */
  mayEdit(ownerOrganisationId: string | null): boolean;
  /** Post a progress update on a node owned by this organisation. */
  mayReport(ownerOrganisationId: string | null): boolean;
  /** Add a node or an effort: for the organisation one acts for, or any as a beheerder. */
  mayCreate: boolean;
  /** The organisation a member acts for in this programme: what a new node or effort of theirs belongs to. */
  ownOrganisationId: string | null;
}

const isProgrammeRole = (r: string): r is ProgrammeRole => (PROGRAMME_ROLES as readonly string[]).includes(r);
const isPlatformRole = (r: string): r is PlatformRole => (PLATFORM_ROLES as readonly string[]).includes(r);

/** The session as the access rules read it; no session (or none yet) is anonymous. Unknown role names grant nothing. */
export function subjectOf(session: SessionLike | null): AccessSubject {
  if (!session?.account) return { kind: 'anonymous', platformRoles: [], memberships: [] };
  const memberships: Membership[] = session.memberships.flatMap((m) =>
    isProgrammeRole(m.role) ? [{ programmeId: m.programmeId, role: m.role, organisationId: m.organisationId }] : [],
  );
  return { kind: 'user', platformRoles: session.account.platformRoles.filter(isPlatformRole), memberships };
}

/** A platform-wide role, as a route declaring `{ platform: role }` asks it (e.g. the monitor import). */
export function hasPlatformRole(session: SessionLike | null, role: PlatformRole): boolean {
  return decide(subjectOf(session), { platform: role }, null) === 'allow';
}

/**
 * Rights in the programme with this id (the uuid the programme API returns, not a slug: memberships
 * carry ids); null for no programme (then only `signedIn` can be true). `session` undefined means
 * not known yet, null means no session (anonymous).
 */
export function programmeRights(session: SessionLike | null | undefined, programmeId: string | null): ProgrammeRights {
  const subject = subjectOf(session ?? null);
  const inProgramme = session !== undefined && programmeId !== null;
  const id = programmeId ?? '';
  const ownOrganisationId = inProgramme ? (membershipIn(subject, id)?.organisationId ?? null) : null;
  const mayEdit = (owner: string | null) => inProgramme && mayActOnOwnedEntity(subject, id, owner, 'redacteur');
  return {
    known: session !== undefined,
    signedIn: subject.kind === 'user',
    mayCreateProgramme: subject.kind === 'user' && mayCreateProgramme(subject),
    may: (role) => inProgramme && decide(subject, { programme: role }, id) === 'allow',
    mayEdit,
    mayReport: (owner) => inProgramme && mayActOnOwnedEntity(subject, id, owner, 'rapporteur'),
    mayCreate: mayEdit(ownOrganisationId),
    ownOrganisationId,
  };
}
