import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../../domain/shared/errors';

/** A file as the browser or a client sent it: name and the bytes themselves (the parsers sniff the encoding). */
export interface Upload {
  fileName: string;
  bytes: Uint8Array;
}

/**
 * The largest file the table, KPI, ZRM, finance and social-map imports accept (a workbook of a few
 * thousand rows is well below it). The monitor has its own, larger limit.
 */
export const IMPORT_UPLOAD_LIMIT = 10 * 1024 * 1024;

/** multipart/form-data for the upload routes of one route plugin (encapsulated: only that plugin parses it). */
export async function registerUploads(app: FastifyInstance): Promise<void> {
  await app.register(multipart, { limits: { fields: 10, parts: 110, fieldSize: 1024 } });
}

/** A size as people say it: "4 kB", "10 MB", "1,5 MB". */
export const sizeText = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} kB` : `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`.replace('.', ',');

/** 413 with a Dutch message that names the file and the limit. */
export function tooLarge(fileName: string, maxBytes: number): DomainError {
  return new DomainError(
    'PAYLOAD_TOO_LARGE',
    `Het bestand '${fileName}' is groter dan ${sizeText(maxBytes)}, de grens voor deze import. ` +
      'Er is niets opgeslagen; splits het bestand of vraag de beheerder de grens te verhogen.',
    [{ field: 'file', reason: `groter dan ${sizeText(maxBytes)}` }],
  );
}

/**
 * The files of a multipart request (field `file`, repeatable), each at most `maxBytes`. Not a
 * multipart request, or no file: a Dutch 400.
 */
export async function readUploads(request: FastifyRequest, opts: { maxBytes: number; maxFiles: number }): Promise<Upload[]> {
  if (!request.isMultipart())
    throw new DomainError('VALIDATION_FAILED', 'Stuur het bestand zelf mee als multipart/form-data (veld "file").', [
      { field: 'file', reason: 'geen multipart/form-data' },
    ]);
  const uploads: Upload[] = [];
  for await (const part of request.files({ limits: { fileSize: opts.maxBytes, files: opts.maxFiles }, throwFileSizeLimit: false })) {
    const chunks: Buffer[] = [];
    for await (const chunk of part.file) chunks.push(chunk as Buffer);
    if (part.file.truncated) throw tooLarge(part.filename, opts.maxBytes);
    uploads.push({ fileName: part.filename || 'bestand', bytes: new Uint8Array(Buffer.concat(chunks)) });
  }
  if (uploads.length === 0)
    throw new DomainError('VALIDATION_FAILED', 'Er is geen bestand meegestuurd (veld "file").', [{ field: 'file', reason: 'ontbreekt' }]);
  return uploads;
}

/** The one file of a multipart request (field `file`), at most `maxBytes` (default IMPORT_UPLOAD_LIMIT). */
export async function readUpload(request: FastifyRequest, maxBytes = IMPORT_UPLOAD_LIMIT): Promise<Upload> {
  const [file] = await readUploads(request, { maxBytes, maxFiles: 1 });
  if (!file) throw new Error('readUploads returned no file');
  return file;
}
