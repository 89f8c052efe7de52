import type { Membership, PlatformRole, ProgrammeRole } from '../../domain/access/rules';

export type { Membership, PlatformRole, ProgrammeRole };

/** Who is doing something. Every service that changes data takes an Actor, for audit and access. */
export interface Actor {
  /** Account id; null for the system itself (migrations, demo loading) and anonymous visitors. */
  id: string | null;
  label: string;
  kind: 'user' | 'system' | 'anonymous';
  platformRoles: PlatformRole[];
  /** The programmes this account is a member of, with role and the organisation it acts for. */
  memberships: Membership[];
  /** Session the request came with (for logout, CSRF); absent for system and anonymous. */
  sessionTokenHash?: string;
}

export const SYSTEM_ACTOR: Actor = {
  id: null,
  label: 'systeem',
  kind: 'system',
  platformRoles: ['beheerder', 'monitor-analist'],
  memberships: [],
};
export const ANONYMOUS_ACTOR: Actor = { id: null, label: 'anoniem', kind: 'anonymous', platformRoles: [], memberships: [] };

/** The `regietafel` command on a local database: its operator has full rights there. */
export const CLI_ACTOR: Actor = {
  id: null,
  label: 'opdrachtregel',
  kind: 'system',
  platformRoles: ['beheerder', 'monitor-analist'],
  memberships: [],
};
