import { decide } from '../../../../domain/access/rules';
import { hasPlatformRole, subjectOf, type SessionLike } from '../../auth';

/** The accounts page: platform beheerders only (GET/POST /api/accounts declare { platform: 'beheerder' }). */
export const mayManageAccounts = (session: SessionLike): boolean => hasPlatformRole(session, 'beheerder');

/** A programme's members: its beheerders and platform beheerders (the member routes declare { programme: 'beheerder' }). */
export const mayManageMembers = (session: SessionLike, programmeId: string): boolean =>
  decide(subjectOf(session), { programme: 'beheerder' }, programmeId) === 'allow';
