import { apiFetch, useApi } from '../../../lib/api';
import type { Account } from './types';

export const fetchAccounts = () => apiFetch<{ items: Account[] }>('/accounts');

/** `revision` reloads after a change made on the same page; `enabled` false skips the call (not allowed anyway). */
export const useAccounts = (revision = 0, enabled = true) =>
  useApi(`accounts:${revision}:${enabled}`, () => (enabled ? fetchAccounts() : Promise.resolve({ items: [] as Account[] })));
