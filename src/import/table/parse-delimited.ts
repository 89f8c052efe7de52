import { DomainError } from '../../domain/shared/errors';
import { IMPORT_LIMITS, type RawRow } from './raw-table';

export type Delimiter = '\t' | ';' | ',';

/**
 * Splits delimited text into records. Quoting follows what Excel writes and accepts: a quote at
 * the start of a cell opens a quoted cell that may hold delimiters and line breaks, `""` inside it
 * is one quote. A quote elsewhere is an ordinary character. Records are numbered 1-based including
 * blank lines, which is the row number a spreadsheet program shows when it opens the file.
 */
export function parseDelimited(text: string, delimiter: Delimiter): RawRow[] {
  const rows: { row: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let rowNumber = 1;
  let quotedFrom = 0; // row where the open quoted cell started; 0 when none is open
  let i = 0;
  const endCell = (): void => {
    if (cell.length > IMPORT_LIMITS.maxCellChars) throw tooLong(rowNumber, cells.length + 1);
    cells.push(cell);
    cell = '';
    if (cells.length > IMPORT_LIMITS.maxColumns) throw tooWide(rowNumber);
  };
  const endRow = (): void => {
    endCell();
    rows.push({ row: rowNumber, cells });
    if (rows.length > IMPORT_LIMITS.maxRows) throw tooMany();
    cells = [];
    rowNumber = rows.length + 1;
  };
  while (i < text.length) {
    const ch = text[i];
    if (quotedFrom > 0) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quotedFrom = 0; // closing quote; any text after it up to the delimiter is kept as is
        i += 1;
        continue;
      }
      cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && cell === '') {
      quotedFrom = rowNumber;
      i += 1;
      continue;
    }
    if (ch === delimiter) {
      endCell();
      i += 1;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    cell += ch;
    i += 1;
  }
  if (quotedFrom > 0) {
    const reason = 'aanhalingsteken wordt niet gesloten; is het bestand afgebroken?';
    throw new DomainError('IMPORT_FILE_INVALID', `Rij ${quotedFrom}: ${reason}`, [{ row: quotedFrom, reason }]);
  }
  // A final line break does not start another record.
  if (cell !== '' || cells.length > 0) endRow();
  return rows.map((r) => ({ row: r.row, cells: r.cells.map(normaliseLineBreaks) }));
}

function normaliseLineBreaks(cell: string): string {
  return cell.replace(/\r\n?/g, '\n');
}

function tooLong(row: number, column: number): DomainError {
  const reason = `cel in kolom ${column} is langer dan ${IMPORT_LIMITS.maxCellChars} tekens`;
  return new DomainError('IMPORT_FILE_INVALID', `Rij ${row}: ${reason}.`, [{ row, reason }]);
}

function tooWide(row: number): DomainError {
  const reason = `meer dan ${IMPORT_LIMITS.maxColumns} kolommen`;
  return new DomainError('IMPORT_FILE_INVALID', `Rij ${row}: ${reason}.`, [{ row, reason }]);
}

function tooMany(): DomainError {
  const reason = `meer dan ${IMPORT_LIMITS.maxRows} rijen`;
  return new DomainError('IMPORT_FILE_INVALID', `Het bestand heeft ${reason}.`, [{ reason }]);
}
