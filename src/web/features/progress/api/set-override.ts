import { apiFetch } from '../../../lib/api';
import { progressBase } from './base';
import type { ProgressStatus } from './types';

export const setOverride = (
  programme: string,
  nodeId: string,
  body: { status: ProgressStatus | null; percent: number | null; reason: string },
) =>
  apiFetch<{ id: string }>(`${progressBase(programme)}/nodes/${encodeURIComponent(nodeId)}/override`, {
    method: 'PUT',
    body: JSON.stringify(body),
  });
