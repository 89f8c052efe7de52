import { apiFetch, useApi } from '../../../lib/api';
import { periodQuery, progressBase } from './base';
import type { ProgressView } from './types';

export const fetchProgress = (programme: string, periodId: string | null) =>
  apiFetch<ProgressView>(`${progressBase(programme)}${periodQuery(periodId)}`);
export const useProgress = (programme: string, periodId: string | null, revision = 0) =>
  useApi(`progress:${programme}:${periodId ?? ''}:${revision}`, () => fetchProgress(programme, periodId));
