import type { ImportBatchReport, ImportIssue, ImportReport } from '../../../../domain/monitor/responses';
import { apiFetch } from '../../../lib/api';

export type MonitorImportIssue = ImportIssue;
/** One file's outcome, as the server reports it (MonitorImportReport in the OpenAPI document). */
export type MonitorImportReport = ImportReport;

/**
 * Sends the files themselves (multipart, their own bytes: the server finds the encoding, e.g.
 * Windows-1252 from Excel); the server orders them and imports each all-or-nothing.
 */
export async function importMonitorFiles(files: readonly File[]): Promise<MonitorImportReport[]> {
  const body = new FormData();
  for (const f of files) body.append('file', f, f.name);
  const res = await apiFetch<ImportBatchReport>('/monitor/imports/batch', { method: 'POST', body });
  return res.files;
}
