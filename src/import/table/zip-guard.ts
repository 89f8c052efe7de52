import { createInflateRaw } from 'node:zlib';
import { DomainError } from '../../domain/shared/errors';
import { IMPORT_LIMITS } from './raw-table';

/**
 * An XLSX of a real table unpacks to a few MB; far more means a damaged file or a zip bomb. (An 8.9 MB
 * file that unpacked to 86 MB and 300,000 rows took the server to 1.7 GB inside the XLSX parser.)
 */
export const MAX_UNPACKED_BYTES = 40 * 1024 * 1024;

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
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== 0x02014b50)
      throw damaged('de inhoudsopgave van het Excel-bestand is beschadigd');
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

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeader: number;
}

function entriesOf(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw damaged('de inhoudsopgave van het Excel-bestand ontbreekt (afgebroken?)');
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const out: ZipEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== 0x02014b50)
      throw damaged('de inhoudsopgave van het Excel-bestand is beschadigd');
    const nameLength = view.getUint16(at + 28, true);
    out.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      localHeader: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

const ROW_TAG = /<(?:\w+:)?row[\s>]/g;

/**
 * Unpacks every worksheet as a stream, WITHOUT trusting the sizes the file declares, and stops at
 * once when the unpacked bytes pass MAX_UNPACKED_BYTES or a sheet has more than IMPORT_LIMITS.maxRows
 * rows: the XLSX parser (which holds the whole workbook in memory) only ever sees a bounded file.
 */
export async function assertWorksheetsBounded(bytes: Uint8Array): Promise<void> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let unpacked = 0;
  for (const e of entriesOf(bytes)) {
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(e.name);
    if (e.localHeader + 30 > bytes.byteLength || view.getUint32(e.localHeader, true) !== 0x04034b50)
      throw damaged('een onderdeel van het Excel-bestand is beschadigd');
    const start = e.localHeader + 30 + view.getUint16(e.localHeader + 26, true) + view.getUint16(e.localHeader + 28, true);
    const data = bytes.subarray(start, Math.min(bytes.byteLength, start + e.compressedSize));
    let rows = 0;
    let tail = '';
    const onChunk = (chunk: Uint8Array) => {
      unpacked += chunk.byteLength;
      if (unpacked > MAX_UNPACKED_BYTES) {
        const reason = `uitgepakt groter dan ${MAX_UNPACKED_BYTES / 1024 / 1024} MB`;
        throw new DomainError('PAYLOAD_TOO_LARGE', `Het Excel-bestand is te groot: ${reason}.`, [{ reason }]);
      }
      if (!isSheet) return;
      const text = tail + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
      rows += text.match(ROW_TAG)?.length ?? 0;
      // Keep the end of the chunk so a tag split across chunks is counted once, in the next one.
      const cut = Math.max(text.lastIndexOf('<'), text.length - 8);
      tail = text.slice(cut);
      rows -= tail.match(ROW_TAG)?.length ?? 0;
      if (rows > IMPORT_LIMITS.maxRows) {
        const sheet = e.name.replace(/^.*\//, '');
        const reason = `werkblad ${sheet} heeft meer dan ${IMPORT_LIMITS.maxRows.toLocaleString('nl-NL')} rijen`;
        throw new DomainError('IMPORT_FILE_INVALID', `Het bestand is te groot: ${reason}.`, [{ reason }]);
      }
    };
    if (e.method === 0) onChunk(data);
    else if (e.method === 8) await inflateStreaming(data, onChunk);
    else throw damaged(`onbekende compressie in ${e.name}`);
  }
}

/** Inflate in pieces; `onChunk` may throw to stop (the rest is never unpacked). */
function inflateStreaming(data: Uint8Array, onChunk: (chunk: Uint8Array) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw({ chunkSize: 64 * 1024 });
    let failed = false;
    inflate.on('data', (chunk: Buffer) => {
      if (failed) return;
      try {
        onChunk(chunk);
      } catch (err) {
        failed = true;
        inflate.destroy();
        reject(err as Error);
      }
    });
    inflate.on('error', () => {
      if (!failed) reject(damaged('een onderdeel van het Excel-bestand kan niet worden uitgepakt'));
      failed = true;
    });
    inflate.on('end', () => {
      if (!failed) resolve();
    });
    inflate.end(data);
  });
}
