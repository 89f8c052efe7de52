import { apiFetch, fileForm } from '../../../lib/api';
import { kpiBase, type ZrmImportPreview, type ZrmImportResult } from './types';

export type { ZrmImportPreview };

/** The file itself travels (multipart); the server reads its bytes. */
export const previewZrmImport = (programme: string, file: File) =>
  apiFetch<ZrmImportPreview>(`${kpiBase(programme)}/zrm/import/preview`, { method: 'POST', body: fileForm(file) });
export const importZrmFile = (programme: string, file: File) =>
  apiFetch<ZrmImportResult>(`${kpiBase(programme)}/zrm/import`, {
    method: 'POST',
    body: fileForm(file),
  });
