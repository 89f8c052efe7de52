import { apiFetch } from '../../../lib/api';
import { progressBase } from './base';
import type { ProgressStatus } from './types';

/** `basedOn`: the id of the active override the user saw (null: none); a newer one answers 409 with the current state. */
export const setOverride = (
  programme: string,
  nodeId: string,
  body: { status: ProgressStatus | null; percent: number | null; reason: string; basedOn: string | null },
) =>
  apiFetch<{ id: string }>(`${progressBase(programme)}/nodes/${encodeURIComponent(nodeId)}/override`, {
    method: 'PUT',
    body: JSON.stringify(body),
  });
