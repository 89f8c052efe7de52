import { apiFetch, useApi } from '../../../lib/api';
import { kpiBase, type ZrmView } from './types';

export const fetchZrm = (programme: string) => apiFetch<ZrmView>(`${kpiBase(programme)}/zrm`);
export const useZrm = (programme: string) => useApi(`kpi-zrm:${programme}`, () => fetchZrm(programme));
