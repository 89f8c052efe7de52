import { apiFetch } from '../../../lib/api';

/** A platform beheerder sets someone's password; that account's sessions end. */
export const setAccountPassword = (accountId: string, password: string) =>
  apiFetch<null>(`/accounts/${encodeURIComponent(accountId)}/password`, { method: 'PUT', body: JSON.stringify({ password }) });
