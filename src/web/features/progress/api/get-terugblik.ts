import { apiFetch, useApi } from '../../../lib/api';
import { periodQuery, progressBase } from './base';
import type { Terugblik } from './types';

export const fetchTerugblik = (programme: string, periodId: string | null) =>
  apiFetch<Terugblik>(`${progressBase(programme)}/terugblik${periodQuery(periodId)}`);
export const useTerugblik = (programme: string, periodId: string | null) =>
  useApi(`terugblik:${programme}:${periodId ?? ''}`, () => fetchTerugblik(programme, periodId));
