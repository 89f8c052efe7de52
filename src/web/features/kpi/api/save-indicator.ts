import { apiFetch, useApi } from '../../../lib/api';
import type { IndicatorBody, IndicatorDefinitionData } from '../model/indicator-form';
import { kpiBase } from './types';

export const fetchIndicatorDefinition = (programme: string, indicator: string) =>
  apiFetch<IndicatorDefinitionData>(`${kpiBase(programme)}/indicators/${encodeURIComponent(indicator)}/definition`);
export const useIndicatorDefinition = (programme: string, indicator: string) =>
  useApi(`kpi-definition:${programme}:${indicator}`, () => fetchIndicatorDefinition(programme, indicator));

/** Create (expectedVersion null) or edit (id + the version the form was based on); 409 carries the current definition. */
export const saveIndicator = (programme: string, body: IndicatorBody & { id?: string; expectedVersion: number | null }) =>
  apiFetch<{ id: string }>(`${kpiBase(programme)}/indicators`, { method: 'PUT', body: JSON.stringify(body) });
