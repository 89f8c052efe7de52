import { apiFetch } from '../../../lib/api';
import { progressBase } from './base';

export interface MilestoneInput {
  nodeId: string;
  title: string;
  /** Left out on an edit: the deadline stays as it is. */
  dueText?: string | null;
  doneDate: string | null;
  version?: number;
}

export const saveMilestone = (programme: string, body: MilestoneInput, milestoneId?: string) =>
  milestoneId
    ? apiFetch<{ id: string }>(`${progressBase(programme)}/milestones/${encodeURIComponent(milestoneId)}`, { method: 'PUT', body: JSON.stringify(body) })
    : apiFetch<{ id: string }>(`${progressBase(programme)}/milestones`, { method: 'POST', body: JSON.stringify(body) });
