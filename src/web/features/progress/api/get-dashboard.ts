import { apiFetch, useApi } from '../../../lib/api';
import { periodQuery, progressBase } from './base';
import type { Dashboard } from './types';

export const fetchDashboard = (programme: string, periodId: string | null) =>
  apiFetch<Dashboard>(`${progressBase(programme)}/dashboard${periodQuery(periodId)}`);
export const useDashboard = (programme: string, periodId: string | null, revision = 0) =>
  useApi(`dashboard:${programme}:${periodId ?? ''}:${revision}`, () => fetchDashboard(programme, periodId));
