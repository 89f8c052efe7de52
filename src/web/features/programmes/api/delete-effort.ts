import { apiFetch } from '../../../lib/api';

/** A stale `version` gets HTTP 409 with the current effort in details.current. */
export const deleteEffort = (programme: string, effort: string, version: number) =>
  apiFetch<null>(`/programmes/${encodeURIComponent(programme)}/efforts/${encodeURIComponent(effort)}?version=${version}`, {
    method: 'DELETE',
  });
