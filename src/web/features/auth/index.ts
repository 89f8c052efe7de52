/** The auth feature's public entry: what other features may use (they import nothing else of auth/). */
export { SessionProvider, useSession, type SessionInfo } from './api/get-session';
export { useProgrammeRights, type ProgrammeRights } from './api/use-programme-rights';
export { NoRightsNotice } from './components/no-rights-notice';
export { hasPlatformRole, subjectOf, type SessionLike } from './model/rights';
export { programmeRights } from './model/rights';
