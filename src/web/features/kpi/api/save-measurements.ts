import { apiFetch } from '../../../lib/api';
import { kpiBase, type SaveResult } from './types';

export interface MeasurementEntry {
  indicatorId: string;
  grain: string;
  periodStart: string;
  unitKey: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  note: string | null;
}

export const saveMeasurements = (programme: string, entries: MeasurementEntry[]) =>
  apiFetch<SaveResult>(`${kpiBase(programme)}/measurements`, { method: 'PUT', body: JSON.stringify({ entries }) });
