import { DomainError } from '../../domain/shared/errors';
import { decodeText } from './decode-text';
import { parseDelimited, type Delimiter } from './parse-delimited';
import { IMPORT_LIMITS, type RawSheet, type RawTable } from './raw-table';
import { readXlsx } from './read-xlsx';
import { assertWorksheetsBounded, assertZipSizeReasonable } from './zip-guard';

const DELIMITERS: readonly Delimiter[] = ['\t', ';', ','];

/**
 * Recognises the file by its content (not its name): XLSX is a ZIP, the old binary .xls is
 * refused with advice, everything else is text. A text file yields one candidate sheet per
 * delimiter that parses; the caller keeps the candidate whose header it recognises best.
 */
export async function readTable(bytes: Uint8Array): Promise<RawTable> {
  if (bytes.byteLength === 0) throw fileInvalid('het bestand is leeg');
  if (bytes.byteLength > IMPORT_LIMITS.maxBytes) {
    const reason = `het bestand is groter dan ${IMPORT_LIMITS.maxBytes / 1024 / 1024} MB`;
    throw new DomainError('PAYLOAD_TOO_LARGE', `Het bestand is te groot: ${reason}.`, [{ reason }]);
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    assertZipSizeReasonable(bytes);
    await assertWorksheetsBounded(bytes);
    return { sheets: await readXlsx(bytes) };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw fileInvalid('dit is het oude Excel-formaat (.xls); sla het bestand op als .xlsx of als CSV');
  }
  const { text, encoding } = decodeText(bytes);
  const sheets: RawSheet[] = [];
  let firstError: DomainError | null = null;
  for (const delimiter of DELIMITERS) {
    if (!text.includes(delimiter) && delimiter !== '\t') continue;
    try {
      sheets.push({ kind: delimiter === '\t' ? 'tsv' : 'csv', name: delimiter, rows: parseDelimited(text, delimiter) });
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      firstError ??= e;
    }
  }
  if (sheets.length === 0) throw firstError ?? fileInvalid('geen rijen gevonden');
  return { encoding, sheets };
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function fileInvalid(reason: string): DomainError {
  return new DomainError('IMPORT_FILE_INVALID', `Het bestand is geen leesbare tabel: ${reason}.`, [{ reason }]);
}
