import { apiFetch } from '../../../lib/api';

/** The documented interchange JSON of a whole programme (docs/programme-api.md), as a download. */
export const documentUrl = (programme: string) => `/api/programmes/${encodeURIComponent(programme)}/document`;

/** Imports a programme document as a new programme; slug/title override it so it lands as a copy. All-or-nothing. */
export const importProgramme = (document: unknown, copy: { slug: string; title: string }) =>
  apiFetch<{ id: string; slug: string }>('/programmes/import', { method: 'POST', body: JSON.stringify({ document, ...copy }) });
