import { apiFetch } from '../../../lib/api';
import { progressBase } from './base';

/** Withdraw the override the user saw (`basedOn`); another one there now answers 409 with the current state. */
export const withdrawOverride = (programme: string, nodeId: string, basedOn: string) =>
  apiFetch<null>(`${progressBase(programme)}/nodes/${encodeURIComponent(nodeId)}/override`, {
    method: 'DELETE',
    body: JSON.stringify({ basedOn }),
  });
