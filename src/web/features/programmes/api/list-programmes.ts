import type { ProgrammeSummary } from '../../../../domain/programme/responses';
import { apiFetch, useApi } from '../../../lib/api';

/** A programme on the list: the server's response schema, inferred. */
export type { ProgrammeSummary };

export const fetchProgrammes = () => apiFetch<{ items: ProgrammeSummary[] }>('/programmes');

export const useProgrammes = () => useApi('programmes', fetchProgrammes);
