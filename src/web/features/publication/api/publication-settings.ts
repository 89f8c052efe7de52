import type { PublicationView } from '../../../../domain/publication/responses';
import { apiFetch, useApi } from '../../../lib/api';

const url = (programme: string) => `/programmes/${encodeURIComponent(programme)}/publication`;

export const fetchPublication = (programme: string) => apiFetch<PublicationView>(url(programme));
export const usePublication = (programme: string, revision = 0) =>
  useApi(`publication:${programme}:${revision}`, () => fetchPublication(programme));

export const savePublication = (programme: string, body: { published: boolean; fields: PublicationView['fields']; version: number }) =>
  apiFetch<PublicationView>(url(programme), { method: 'PUT', body: JSON.stringify(body) });
