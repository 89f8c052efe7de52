import { apiFetch, useApi } from '../../../lib/api';
import { kpiBase, type EntryForm } from './types';

export const fetchEntryForm = (programme: string) => apiFetch<EntryForm>(`${kpiBase(programme)}/entry`);
export const useEntryForm = (programme: string, version: number) =>
  useApi(`kpi-entry:${programme}:${version}`, () => fetchEntryForm(programme));
