import { apiFetch } from '../../../lib/api';
import type { Programme } from './types';

export interface ProgrammeInput {
  slug: string;
  title: string;
  shortName: string | null;
  description: string | null;
  levelLabels: string[];
  periodStart: string | null;
  periodEnd: string | null;
  partnerIds: string[];
  regionId?: string | null;
  documentVersion?: string | null;
  adoptedOn?: string | null;
  adoptedBy?: string | null;
  replaces?: string | null;
  vision?: string | null;
  goal?: string | null;
}

export const createProgramme = (input: ProgrammeInput) =>
  apiFetch<Programme>('/programmes', { method: 'POST', body: JSON.stringify(input) });

/** `version` is the version the edit is based on; a stale one gets HTTP 409 with the current programme. */
export const updateProgramme = (programme: string, version: number, input: ProgrammeInput) =>
  apiFetch<Programme>(`/programmes/${encodeURIComponent(programme)}`, { method: 'PATCH', body: JSON.stringify({ ...input, version }) });
