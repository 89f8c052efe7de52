import { apiFetch, useApi } from '../../../lib/api';
import { kpiBase, type EntryRow } from './types';

export const fetchEntryForm = (programme: string) =>
  apiFetch<{ organisationId: string | null; rows: EntryRow[] }>(`${kpiBase(programme)}/entry`);
export const useEntryForm = (programme: string, version: number) =>
  useApi(`kpi-entry:${programme}:${version}`, () => fetchEntryForm(programme));
