import { apiFetch } from '../../../lib/api';

export const logout = () => apiFetch<null>('/auth/logout', { method: 'POST' });
