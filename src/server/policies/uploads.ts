import { looksLike, type FileKind } from '../../domain/shared/file-kind';
import { DomainError } from '../../domain/shared/errors';

/**
 * The one check every upload passes before a parser sees it: size first, then content type by
 * the bytes themselves. For JSON bodies set the route's `bodyLimit` (Fastify answers 413 itself);
 * for multipart or raw bodies call `assertUpload` on the collected bytes.
 */
export const UPLOAD_LIMITS = {
  /** Spreadsheets and iWmo message batches of a region stay far below this. */
  defaultMaxBytes: 10 * 1024 * 1024,
} as const;

export interface UploadCheck {
  /** The kinds the route accepts, e.g. ['csv', 'xlsx']. */
  kinds: readonly FileKind[];
  maxBytes?: number;
}

/** Returns the kind the bytes turned out to be; throws PAYLOAD_TOO_LARGE or IMPORT_FILE_INVALID (Dutch). */
export function assertUpload(bytes: Uint8Array, fileName: string, check: UploadCheck): FileKind {
  const max = check.maxBytes ?? UPLOAD_LIMITS.defaultMaxBytes;
  if (bytes.byteLength > max) {
    throw new DomainError('PAYLOAD_TOO_LARGE', `Het bestand ${fileName} is te groot (${bytes.byteLength} bytes, hoogstens ${max}).`, [
      { field: 'file', reason: 'te groot' },
    ]);
  }
  if (bytes.byteLength === 0) throw new DomainError('IMPORT_FILE_INVALID', `Het bestand ${fileName} is leeg.`, [{ field: 'file', reason: 'leeg' }]);
  const kind = check.kinds.find((k) => looksLike(bytes, k));
  if (!kind) {
    throw new DomainError('IMPORT_FILE_INVALID', `Het bestand ${fileName} is geen ${check.kinds.join(' of ')}.`, [
      { field: 'file', reason: `verwacht ${check.kinds.join(' of ')}` },
    ]);
  }
  return kind;
}

/** Route options for an upload route with a raw body: the size limit applies before the body is read. */
export function uploadBodyLimit(maxBytes: number = UPLOAD_LIMITS.defaultMaxBytes): { bodyLimit: number } {
  return { bodyLimit: maxBytes };
}
