import { apiFetch } from '../../../lib/api';
import { programmeBase, type BodyKind } from './types';

export interface BodyInput {
  name: string;
  kind: BodyKind;
  purpose?: string | null;
  mandate?: string | null;
  frequencyText?: string | null;
  durationText?: string | null;
  parentId?: string | null;
  refersToBodyId?: string | null;
  refersToName?: string | null;
  nodeIds?: string[];
}

export const createBody = (programme: string, body: BodyInput) =>
  apiFetch<{ id: string }>(`${programmeBase(programme)}/bodies`, { method: 'POST', body: JSON.stringify(body) });
export const updateBody = (programme: string, bodyId: string, body: BodyInput & { version: number }) =>
  apiFetch<{ id: string }>(`${programmeBase(programme)}/bodies/${encodeURIComponent(bodyId)}`, {
    method: 'PUT',
    body: JSON.stringify(body),
  });
export const deleteBody = (programme: string, bodyId: string, version: number) =>
  apiFetch<null>(`${programmeBase(programme)}/bodies/${encodeURIComponent(bodyId)}?version=${version}`, { method: 'DELETE' });
