import { apiFetch } from '../../../lib/api';

export const removeMember = (programmeId: string, accountId: string) =>
  apiFetch<null>(`/programmes/${encodeURIComponent(programmeId)}/members/${encodeURIComponent(accountId)}`, { method: 'DELETE' });
