/**
 * The shapes the account and member screens read (AccountSchema, MemberSchema in the server's
 * auth/account schemas), written out because the web code may not import the server's route schemas.
 */
import type { PlatformRole, ProgrammeRole } from '../../../../domain/access/rules';

export type { PlatformRole, ProgrammeRole };

export interface Account {
  id: string;
  email: string;
  name: string;
  platformRoles: PlatformRole[];
  disabled: boolean;
  hasPassword: boolean;
  oidcLinked: boolean;
  /** Set while the account is locked after repeated failed sign-ins (ISO time). */
  lockedUntil: string | null;
}

export interface Member {
  programmeId: string;
  accountId: string;
  role: ProgrammeRole;
  organisationId: string | null;
  email: string;
  name: string;
}

/** What the members page needs of a programme (GET /programmes/:programme answers more). */
export interface ProgrammeRef {
  id: string;
  slug: string;
  title: string;
  shortName: string | null;
}

export interface OrganisationOption {
  id: string;
  name: string;
}
