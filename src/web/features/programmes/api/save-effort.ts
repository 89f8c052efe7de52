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
