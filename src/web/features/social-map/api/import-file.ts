import { apiFetch, fileForm } from '../../../lib/api';

export type ImportAction = 'nieuw' | 'bijwerken' | 'ongewijzigd';
export interface ImportCounts {
  nieuw: number;
  bijwerken: number;
  ongewijzigd: number;
}
export interface SocialMapImportPreview {
  rows: { row: number; id: string | null; name: string; kind: string; municipalities: string[]; action: ImportAction }[];
  warnings: { row: number; field?: string; message: string }[];
  counts: ImportCounts;
}

/** The file itself travels (multipart); the server reads its bytes. */
export const previewSocialMapImport = (file: File) =>
  apiFetch<SocialMapImportPreview>('/social-map/import/preview', { method: 'POST', body: fileForm(file) });
export const importSocialMapFile = (file: File) =>
  apiFetch<{ counts: ImportCounts }>('/social-map/import', { method: 'POST', body: fileForm(file) });
