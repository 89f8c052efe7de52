import { apiFetch, useApi } from '../../../lib/api';
import type { ProgrammeRef } from './types';

/** The programme by id or slug, for its title and its id (the member routes take the id). */
export const fetchProgramme = (programme: string) => apiFetch<ProgrammeRef>(`/programmes/${encodeURIComponent(programme)}`);

export const useProgramme = (programme: string) => useApi(`accounts-programme:${programme}`, () => fetchProgramme(programme));
