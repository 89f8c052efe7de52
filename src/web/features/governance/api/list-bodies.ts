import { apiFetch, useApi } from '../../../lib/api';
import { programmeBase, type BodyListView } from './types';

export const fetchBodies = (programme: string) => apiFetch<BodyListView>(`${programmeBase(programme)}/bodies`);
export const useBodies = (programme: string, revision = 0) => useApi(`bodies:${programme}:${revision}`, () => fetchBodies(programme));
