import type { SocialMapImportPreview, SocialMapImportResult } from '../../../../domain/social-map/responses';
import { apiFetch, fileForm } from '../../../lib/api';

/** The import's answers: the server's own response schemas (domain/social-map/responses.ts), as types only. */
export type { ImportAction, ImportCounts, SocialMapImportPreview } from '../../../../domain/social-map/responses';

/** The file itself travels (multipart); the server reads its bytes. */
export const previewSocialMapImport = (file: File) =>
  apiFetch<SocialMapImportPreview>('/social-map/import/preview', { method: 'POST', body: fileForm(file) });
export const importSocialMapFile = (file: File) =>
  apiFetch<SocialMapImportResult>('/social-map/import', { method: 'POST', body: fileForm(file) });
