import { apiFetch, useApi } from '../../../lib/api';
import { progressBase } from './base';
import type { Period } from './types';

export const fetchPeriods = (programme: string) => apiFetch<{ items: Period[] }>(`${progressBase(programme)}/periods`);
export const usePeriods = (programme: string, revision = 0) => useApi(`periods:${programme}:${revision}`, () => fetchPeriods(programme));
