import { apiFetch, useApi } from '../../../lib/api';
import { progressBase } from './base';
import type { QuarterPlan } from './types';

export const fetchQuarterPlan = (programme: string, year: number) =>
  apiFetch<QuarterPlan>(`${progressBase(programme)}/planning?year=${year}`);
export const useQuarterPlan = (programme: string, year: number) =>
  useApi(`planning:${programme}:${year}`, () => fetchQuarterPlan(programme, year));
