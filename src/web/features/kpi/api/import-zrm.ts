import { apiFetch } from '../../../lib/api';
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

const body = (contentBase64: string, fileName: string) => JSON.stringify({ contentBase64, fileName });

export const previewZrmImport = (programme: string, contentBase64: string, fileName: string) =>
  apiFetch<ZrmImportPreview>(`${kpiBase(programme)}/zrm/import/preview`, { method: 'POST', body: body(contentBase64, fileName) });
export const importZrmFile = (programme: string, contentBase64: string, fileName: string) =>
  apiFetch<{ rows: number; created: number; existing: number }>(`${kpiBase(programme)}/zrm/import`, {
    method: 'POST',
    body: body(contentBase64, fileName),
  });
