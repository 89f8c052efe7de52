import { apiFetch, useApi } from '../../../lib/api';
import type { Programme } from './types';

export const fetchProgramme = (programme: string) => apiFetch<Programme>(`/programmes/${encodeURIComponent(programme)}`);

/** `revision` reloads after a change made on the same page. */
export const useProgramme = (programme: string, revision = 0) =>
  useApi(`programme:${programme}:${revision}`, () => fetchProgramme(programme));
