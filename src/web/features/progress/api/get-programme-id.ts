import { apiFetch, useApi } from '../../../lib/api';

/** The programme's id for an address that may hold its slug: memberships, and so rights, go by id. */
export const fetchProgrammeId = (programme: string) =>
  apiFetch<{ id: string }>(`/programmes/${encodeURIComponent(programme)}`).then((p) => p.id);
export const useProgrammeId = (programme: string) => useApi(`programme-id:${programme}`, () => fetchProgrammeId(programme));
