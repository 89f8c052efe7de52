import { apiFetch, useApi } from '../../../lib/api';
import type { PersonBodiesView } from './types';

export const fetchPersonBodies = (personId: string) => apiFetch<PersonBodiesView>(`/persons/${encodeURIComponent(personId)}/bodies`);
export const usePersonBodies = (personId: string) => useApi(`person-bodies:${personId}`, () => fetchPersonBodies(personId));
