import { apiFetch } from '../../../lib/api';
import type { Effort } from './types';

export interface EffortInput {
  partner: { organisationId: string } | { group: string };
  goalIds: string[];
  text: string | null;
  /** The explicit "geen": this partner commits to nothing for these goals. */
  geen: boolean;
}

export const createEffort = (programme: string, input: EffortInput) =>
  apiFetch<Effort>(`/programmes/${encodeURIComponent(programme)}/efforts`, { method: 'POST', body: JSON.stringify(input) });

/** `version` is the version the edit is based on; a stale one gets HTTP 409 with the current effort in details.current. */
export const updateEffort = (programme: string, effort: string, version: number, input: EffortInput) =>
  apiFetch<Effort>(`/programmes/${encodeURIComponent(programme)}/efforts/${encodeURIComponent(effort)}`, {
    method: 'PATCH',
    body: JSON.stringify({ ...input, version }),
  });
