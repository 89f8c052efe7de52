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
