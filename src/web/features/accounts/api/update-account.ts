import { apiFetch } from '../../../lib/api';
import type { Account, PlatformRole } from './types';

export interface AccountChange {
  name?: string;
  platformRoles?: PlatformRole[];
  /** Disabling ends the account's sessions at once. */
  disabled?: boolean;
  /** Lift a lock-out after repeated failed sign-ins. */
  unlock?: true;
}

export const updateAccount = (accountId: string, change: AccountChange) =>
  apiFetch<Account>(`/accounts/${encodeURIComponent(accountId)}`, { method: 'PATCH', body: JSON.stringify(change) });
