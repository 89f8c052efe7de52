import { apiFetch } from '../../../lib/api';
import { progressBase } from './base';

/** Ignore a contradiction flag ("controleren") with a note; the status itself stays as it is. */
export const dismissCheck = (programme: string, nodeId: string, body: { key: string; note: string }) =>
  apiFetch<{ id: string }>(`${progressBase(programme)}/nodes/${encodeURIComponent(nodeId)}/checks/dismissals`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
