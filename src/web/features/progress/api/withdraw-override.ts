import { apiFetch } from '../../../lib/api';
import { progressBase } from './base';

export const withdrawOverride = (programme: string, nodeId: string) =>
  apiFetch<null>(`${progressBase(programme)}/nodes/${encodeURIComponent(nodeId)}/override`, { method: 'DELETE' });
