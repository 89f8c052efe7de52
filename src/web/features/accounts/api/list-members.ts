import { apiFetch, useApi } from '../../../lib/api';
import type { Member } from './types';

export const fetchMembers = (programmeId: string) =>
  apiFetch<{ items: Member[] }>(`/programmes/${encodeURIComponent(programmeId)}/members`);

/** `revision` reloads after a change made on the same page. */
export const useMembers = (programmeId: string, revision = 0) =>
  useApi(`members:${programmeId}:${revision}`, () => fetchMembers(programmeId));
