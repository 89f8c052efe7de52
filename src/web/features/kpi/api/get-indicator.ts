import { apiFetch, useApi } from '../../../lib/api';
import { kpiBase, type IndicatorDetail } from './types';

export const fetchIndicator = (programme: string, indicator: string) =>
  apiFetch<IndicatorDetail>(`${kpiBase(programme)}/indicators/${encodeURIComponent(indicator)}`);
export const useIndicator = (programme: string, indicator: string) =>
  useApi(`kpi-indicator:${programme}:${indicator}`, () => fetchIndicator(programme, indicator));
/** The CSV/XLSX download of the table behind the charts (a plain link: the browser downloads it). */
export const indicatorExportUrl = (programme: string, indicator: string, format: 'csv' | 'xlsx') =>
  `/api${kpiBase(programme)}/indicators/${encodeURIComponent(indicator)}/export?format=${format}`;
