import { apiFetch } from '../../../lib/api';
import { progressBase } from './base';
import type { ProgressStatus } from './types';

export interface UpdateInput {
  reportDate?: string;
  status: ProgressStatus;
  percent: number | null;
  results: string | null;
  attentionPoints: string | null;
}

export const postUpdate = (programme: string, nodeId: string, body: UpdateInput) =>
  apiFetch<{ id: string }>(`${progressBase(programme)}/nodes/${encodeURIComponent(nodeId)}/updates`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
