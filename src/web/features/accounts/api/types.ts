/**
 * The shapes the account and member screens read: the server's own response schemas
 * (src/domain/access/responses.ts), imported as types only (docs/ARCHITECTURE.md, "Response shapes: one source").
 */
import type { PlatformRole, ProgrammeRole } from '../../../../domain/access/rules';

export type { PlatformRole, ProgrammeRole };
export type { AccountView as Account, MemberView as Member } from '../../../../domain/access/responses';

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
