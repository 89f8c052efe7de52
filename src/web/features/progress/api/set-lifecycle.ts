import type { LifecycleStatus } from '../../../../domain/progress';
import { apiFetch } from '../../../lib/api';
import { progressBase } from './base';

export const setLifecycle = (
  programme: string,
  nodeId: string,
  body: { status: LifecycleStatus; since: string | null; reason: string | null },
) =>
  apiFetch<{ id: string }>(`${progressBase(programme)}/nodes/${encodeURIComponent(nodeId)}/lifecycle`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
