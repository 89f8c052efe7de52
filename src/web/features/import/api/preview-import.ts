import { apiFetch } from '../../../lib/api';
import type { ImportPreview, ImportRequest } from './types';

/** Reads the table on the server and returns what would be created; writes nothing. */
export const previewImport = (request: ImportRequest) =>
  apiFetch<ImportPreview>('/imports/preview', { method: 'POST', body: JSON.stringify(request) });
