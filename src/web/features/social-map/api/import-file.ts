import { apiFetch } from '../../../lib/api';

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

const body = (contentBase64: string, fileName: string) => JSON.stringify({ contentBase64, fileName });

export const previewSocialMapImport = (contentBase64: string, fileName: string) =>
  apiFetch<SocialMapImportPreview>('/social-map/import/preview', { method: 'POST', body: body(contentBase64, fileName) });
export const importSocialMapFile = (contentBase64: string, fileName: string) =>
  apiFetch<{ counts: ImportCounts }>('/social-map/import', { method: 'POST', body: body(contentBase64, fileName) });
