import type { AccountRow } from '../../../db/queries/account';
import type { AccountView } from '../../../domain/access/responses';
import { PLATFORM_ROLES, type PlatformRole } from '../../../domain/access/rules';
import type { Actor } from '../../auth/actor';

export type { AccountView };

export function accountView(a: AccountRow): AccountView {
  return {
    id: a.id,
    email: a.email,
    name: a.name,
    platformRoles: a.platformRoles.filter((r): r is PlatformRole => PLATFORM_ROLES.includes(r as PlatformRole)),
    disabled: a.disabled,
    hasPassword: a.passwordHash !== null,
    oidcLinked: a.oidcSubject !== null,
    lockedUntil: a.lockedUntil ? a.lockedUntil.toISOString() : null,
  };
}

/** The account as the actor of its own sign-in (memberships do not matter for auditing it). */
export function actorForAccount(a: AccountRow): Actor {
  return { id: a.id, label: `${a.name} <${a.email}>`, kind: 'user', platformRoles: accountView(a).platformRoles, memberships: [] };
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
