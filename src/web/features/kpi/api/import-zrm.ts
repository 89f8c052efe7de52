import { apiFetch, fileForm } from '../../../lib/api';
import { kpiBase } from './types';

/** POST …/kpi/zrm/import/preview (server: services/kpi/import-zrm.ts). */
export interface ZrmImportPreview {
  warnings: { row: number; field?: string; message: string }[];
  rows: {
    row: number;
    client: string;
    providerName: string;
    kind: 'start' | 'vervolg';
    date: string;
    scored: number;
    action: 'nieuw' | 'bestaat';
  }[];
  pairsAfter: number;
}

/** The file itself travels (multipart); the server reads its bytes. */
export const previewZrmImport = (programme: string, file: File) =>
  apiFetch<ZrmImportPreview>(`${kpiBase(programme)}/zrm/import/preview`, { method: 'POST', body: fileForm(file) });
export const importZrmFile = (programme: string, file: File) =>
  apiFetch<{ rows: number; created: number; existing: number }>(`${kpiBase(programme)}/zrm/import`, {
    method: 'POST',
    body: fileForm(file),
  });
