import { apiFetch } from '../../../lib/api';

export const changePassword = (currentPassword: string, newPassword: string) =>
  apiFetch<null>('/auth/password', { method: 'POST', body: JSON.stringify({ currentPassword, newPassword }) });
