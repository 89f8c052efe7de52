import { apiFetch, useApi } from '../../../lib/api';
import { programmeBase, type BodyDetailView } from './types';

export const fetchBody = (programme: string, bodyId: string) =>
  apiFetch<BodyDetailView>(`${programmeBase(programme)}/bodies/${encodeURIComponent(bodyId)}`);
export const useBody = (programme: string, bodyId: string, revision = 0) =>
  useApi(`body:${programme}:${bodyId}:${revision}`, () => fetchBody(programme, bodyId));
