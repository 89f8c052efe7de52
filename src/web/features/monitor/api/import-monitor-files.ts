import { apiFetch } from '../../../lib/api';

export interface MonitorImportIssue {
  row: number;
  field: string;
  reason: string;
}

/** One file's outcome, as the server reports it (MonitorImportReport in the OpenAPI document). */
export interface MonitorImportReport {
  file: string;
  kind: 'episodes' | 'iwmo' | 'capaciteit' | 'regio';
  imported: number;
  updated: number;
  unchanged: number;
  rejected: number;
  skipped: number;
  errors: MonitorImportIssue[];
  skippedDetails: MonitorImportIssue[];
}

/** Sends the files as text; the server orders them and imports each all-or-nothing. */
export async function importMonitorFiles(files: readonly File[]): Promise<MonitorImportReport[]> {
  const body = { files: await Promise.all(files.map(async (f) => ({ fileName: f.name, content: await f.text() }))) };
  const res = await apiFetch<{ files: MonitorImportReport[] }>('/monitor/imports/batch', { method: 'POST', body: JSON.stringify(body) });
  return res.files;
}
