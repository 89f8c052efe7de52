import { apiFetch } from '../../../lib/api';
import { progressBase } from './base';
import type { UpdateInput } from './post-update';

/** Correct an update entered wrongly: a new version that replaces it (the earlier stays in the history). */
export const correctUpdate = (programme: string, updateId: string, body: UpdateInput & { reason: string }) =>
  apiFetch<{ id: string }>(`${progressBase(programme)}/updates/${encodeURIComponent(updateId)}/correction`, {
    method: 'POST',
    body: JSON.stringify(body),
  });

/** Withdraw an update entered wrongly, with a reason; it stays in the history, marked. */
export const withdrawUpdate = (programme: string, updateId: string, reason: string) =>
  apiFetch<null>(`${progressBase(programme)}/updates/${encodeURIComponent(updateId)}/withdraw`, {
    method: 'POST',
    body: JSON.stringify({ reason }),
  });
