import { apiFetch } from '../../../lib/api';

/** Removes a link that starts or ends in this programme. */
export const deleteLink = (programme: string, link: string) =>
  apiFetch<null>(`/programmes/${encodeURIComponent(programme)}/links/${encodeURIComponent(link)}`, { method: 'DELETE' });
