import { apiFetch, fileForm } from '../../../lib/api';
import { importQuery, type ImportPreview, type ImportRequest } from './types';

/** Reads the table on the server and returns what would be created; writes nothing. */
export const previewImport = (request: ImportRequest) =>
  apiFetch<ImportPreview>(`/imports/preview?${importQuery(request)}`, { method: 'POST', body: fileForm(request.file) });
