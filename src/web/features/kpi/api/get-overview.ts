import { apiFetch, useApi } from '../../../lib/api';
import { kpiBase, type KpiOverview } from './types';

export const fetchKpiOverview = (programme: string, nodeId: string | null) =>
  apiFetch<KpiOverview>(`${kpiBase(programme)}${nodeId ? `?nodeId=${encodeURIComponent(nodeId)}` : ''}`);
export const useKpiOverview = (programme: string, nodeId: string | null) =>
  useApi(`kpi:${programme}:${nodeId ?? ''}`, () => fetchKpiOverview(programme, nodeId));
