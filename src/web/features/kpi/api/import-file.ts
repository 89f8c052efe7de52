import { apiFetch } from '../../../lib/api';
import { kpiBase, type ImportPreview, type SaveResult } from './types';

const body = (contentBase64: string, fileName: string) => JSON.stringify({ contentBase64, fileName });

export const previewKpiImport = (programme: string, contentBase64: string, fileName: string) =>
  apiFetch<ImportPreview>(`${kpiBase(programme)}/import/preview`, { method: 'POST', body: body(contentBase64, fileName) });
export const importKpiFile = (programme: string, contentBase64: string, fileName: string) =>
  apiFetch<SaveResult & { rows: number }>(`${kpiBase(programme)}/import`, { method: 'POST', body: body(contentBase64, fileName) });
export const templateUrl = (programme: string, format: 'csv' | 'xlsx') => `/api${kpiBase(programme)}/template?format=${format}`;
