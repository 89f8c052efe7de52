import { DomainError } from '../../domain/shared/errors';

/** An XLSX of a real table unpacks to a few MB; far more means a damaged file or a zip bomb. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

/**
 * Reads the ZIP central directory (without unpacking anything) and refuses the file when its
 * entries claim more than MAX_UNPACKED_BYTES, or when the directory cannot be found.
 */
export function assertZipSizeReasonable(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw damaged('de inhoudsopgave van het Excel-bestand ontbreekt (afgebroken?)');
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let i = 0; i < entries; i += 1) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== 0x02014b50) throw damaged('de inhoudsopgave van het Excel-bestand is beschadigd');
    total += view.getUint32(at + 24, true);
    if (total > MAX_UNPACKED_BYTES) {
      const reason = `uitgepakt groter dan ${MAX_UNPACKED_BYTES / 1024 / 1024} MB`;
      throw new DomainError('PAYLOAD_TOO_LARGE', `Het Excel-bestand is te groot: ${reason}.`, [{ reason }]);
    }
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
}

/** The end-of-central-directory record sits in the last 22 + 65535 bytes (after an optional comment). */
function findEndOfCentralDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at -= 1) {
    if (view.getUint32(at, true) === 0x06054b50) return at;
  }
  return -1;
}

function damaged(reason: string): DomainError {
  return new DomainError('IMPORT_FILE_INVALID', `Het bestand is geen leesbare tabel: ${reason}.`, [{ reason }]);
}
