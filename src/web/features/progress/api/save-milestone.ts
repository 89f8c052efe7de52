import { apiFetch } from '../../../lib/api';
import { progressBase } from './base';

/** A new milestone, or an edit: fields left out of an edit stay as they were on the server. */
export interface MilestoneInput {
  nodeId: string;
  title: string;
  /** Left out on an edit: the deadline stays as it is. */
  dueText?: string | null;
  doneDate?: string | null;
  planYear?: number | null;
  planQuarter?: number | null;
  isPlaceholder?: boolean;
  /** Why it was changed (a correction), kept in the audit. */
  reason?: string | null;
  version?: number;
}

export const saveMilestone = (programme: string, body: MilestoneInput, milestoneId?: string) =>
  milestoneId
    ? apiFetch<{ id: string }>(`${progressBase(programme)}/milestones/${encodeURIComponent(milestoneId)}`, {
        method: 'PUT',
        body: JSON.stringify(body),
      })
    : apiFetch<{ id: string }>(`${progressBase(programme)}/milestones`, { method: 'POST', body: JSON.stringify(body) });

export const deleteMilestone = (programme: string, milestoneId: string, body: { version: number; reason: string | null }) =>
  apiFetch<null>(`${progressBase(programme)}/milestones/${encodeURIComponent(milestoneId)}`, {
    method: 'DELETE',
    body: JSON.stringify(body),
  });
