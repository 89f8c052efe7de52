import type ExcelJS from 'exceljs';
import { DomainError } from '../../domain/shared/errors';
import { IMPORT_LIMITS, type Cell, type RawRow, type RawSheet } from './raw-table';

/**
 * Reads every worksheet of an XLSX file into raw rows. Numbers stay numbers (so amounts are
 * exact), dates become `jjjj-mm-dd`, formulas give their cached result, and the covered cells of
 * a merged range are empty: the content belongs to the range's first cell, as the user sees it.
 */
export async function readXlsx(bytes: Uint8Array): Promise<RawSheet[]> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    // exceljs types want a Node Buffer; a view on the same memory is enough.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    const reason = 'het Excel-bestand kan niet worden geopend (beschadigd of afgebroken)';
    throw new DomainError('IMPORT_FILE_INVALID', `Het bestand is geen leesbare tabel: ${reason}.`, [{ reason }]);
  }
  return workbook.worksheets.map((sheet) => ({ kind: 'xlsx' as const, name: sheet.name, rows: readRows(sheet, Excel.ValueType.Merge) }));
}

function readRows(sheet: ExcelJS.Worksheet, mergeType: ExcelJS.ValueType): RawRow[] {
  if (sheet.rowCount > IMPORT_LIMITS.maxRows) {
    const reason = `werkblad '${sheet.name}' heeft meer dan ${IMPORT_LIMITS.maxRows} rijen`;
    throw new DomainError('IMPORT_FILE_INVALID', `Het bestand is te groot: ${reason}.`, [{ reason }]);
  }
  const rows: RawRow[] = [];
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const cells: Cell[] = [];
    sheet.getRow(r).eachCell({ includeEmpty: false }, (cell, col) => {
      const value = cell.type === mergeType ? '' : plain(cell.value);
      if (value === '') return;
      if (col > IMPORT_LIMITS.maxColumns) {
        const reason = `gegevens voorbij kolom ${IMPORT_LIMITS.maxColumns}`;
        throw new DomainError('IMPORT_FILE_INVALID', `Rij ${r}: ${reason}.`, [{ row: r, reason }]);
      }
      while (cells.length < col - 1) cells.push('');
      cells[col - 1] = value;
    });
    rows.push({ row: r, cells });
  }
  return rows;
}

function plain(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : '';
  if ('error' in value) return value.error;
  if ('result' in value) return value.result === undefined ? '' : plain(value.result);
  return '';
}
