import { apiFetch, fileForm } from '../../../lib/api';
import { importQuery, type ImportRequest, type ImportResult } from './types';

/** Imports the same file as a new programme, all or nothing. */
export const importTable = (request: ImportRequest) =>
  apiFetch<ImportResult>(`/imports?${importQuery(request)}`, { method: 'POST', body: fileForm(request.file) });
