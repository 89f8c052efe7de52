import { apiFetch, useApi } from '../../../lib/api';

export interface ProgrammeSummary {
  id: string;
  slug: string;
  title: string;
  shortName: string | null;
  levelLabels: string[];
  periodStart: string | null;
  periodEnd: string | null;
  status: string;
  /** The region it serves (filterable on the list). */
  region: { id: string; name: string } | null;
}

export const fetchProgrammes = () => apiFetch<{ items: ProgrammeSummary[] }>('/programmes');

export const useProgrammes = () => useApi('programmes', fetchProgrammes);
