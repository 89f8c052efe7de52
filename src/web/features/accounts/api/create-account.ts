import { apiFetch } from '../../../lib/api';
import type { Account, PlatformRole } from './types';

export interface NewAccount {
  name: string;
  email: string;
  /** Left out: the account signs in through the organisation's identity provider (OIDC) only. */
  password?: string;
  platformRoles: PlatformRole[];
}

export const createAccount = (input: NewAccount) => apiFetch<Account>('/accounts', { method: 'POST', body: JSON.stringify(input) });
