import { createContext, createElement, useContext, type ReactNode } from 'react';
import { apiFetch, useApi, type Loadable } from '../../../lib/api';

export interface SessionInfo {
  account: { id: string; email: string; name: string; platformRoles: string[] } | null;
  memberships: { programmeId: string; role: string; organisationId: string | null }[];
  oidc: { label: string } | null;
}

export const fetchSession = () => apiFetch<SessionInfo>('/auth/session');

const SessionContext = createContext<Loadable<SessionInfo> | null>(null);

/**
 * Reads the session once for the whole app: the header, the menu and every page's rights ask the
 * same answer. Signing in and out reload the page, so it holds for as long as the page does.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const session = useApi('auth-session', fetchSession);
  return createElement(SessionContext.Provider, { value: session }, children);
}

export function useSession(): Loadable<SessionInfo> {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession hoort binnen SessionProvider (app.tsx)');
  return session;
}
