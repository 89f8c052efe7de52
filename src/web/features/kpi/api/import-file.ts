import { apiFetch, fileForm } from '../../../lib/api';
import { kpiBase, type ImportPreview, type KpiImportResult } from './types';

/** The file itself travels (multipart); the server reads its bytes. */
export const previewKpiImport = (programme: string, file: File) =>
  apiFetch<ImportPreview>(`${kpiBase(programme)}/import/preview`, { method: 'POST', body: fileForm(file) });
export const importKpiFile = (programme: string, file: File) =>
  apiFetch<KpiImportResult>(`${kpiBase(programme)}/import`, { method: 'POST', body: fileForm(file) });
export const templateUrl = (programme: string, format: 'csv' | 'xlsx') => `/api${kpiBase(programme)}/template?format=${format}`;
