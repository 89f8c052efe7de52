import { apiFetch } from '../../../lib/api';

export const login = (email: string, password: string) =>
  apiFetch<{ account: { id: string; email: string; name: string } }>('/auth/login', {
    method: 'POST',
    body: JSON.stringify({ email, password }),
  });
