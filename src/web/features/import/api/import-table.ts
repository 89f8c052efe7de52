import { apiFetch } from '../../../lib/api';
import type { ImportRequest, ImportResult } from './types';

/** Imports the same file as a new programme, all or nothing. */
export const importTable = (request: ImportRequest) =>
  apiFetch<ImportResult>('/imports', { method: 'POST', body: JSON.stringify(request) });

/** The file as base64, in chunks so large files do not overflow the argument list. */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
