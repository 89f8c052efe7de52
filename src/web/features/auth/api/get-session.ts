import { apiFetch, useApi } from '../../../lib/api';

export interface SessionInfo {
  account: { id: string; email: string; name: string; platformRoles: string[] } | null;
  memberships: { programmeId: string; role: string; organisationId: string | null }[];
  oidc: { label: string } | null;
}

export const fetchSession = () => apiFetch<SessionInfo>('/auth/session');

export const useSession = () => useApi('auth-session', fetchSession);
