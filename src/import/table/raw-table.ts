/**
 * The common shape every reader (TSV, CSV, XLSX) produces: rows as the user sees them, numbered
 * 1-based the way a spreadsheet program shows them, so messages can point at the right row.
 */
export type Cell = string | number;

export interface RawRow {
  /** 1-based row number as shown in the file (spreadsheet row, or record number for CSV/TSV). */
  row: number;
  cells: Cell[];
}

export interface RawSheet {
  /** What the rows came from; a text file is 'tsv' when split on tabs, else 'csv'. */
  kind: 'tsv' | 'csv' | 'xlsx';
  /** Worksheet name for XLSX; the delimiter for text files. */
  name: string;
  rows: RawRow[];
}

export interface RawTable {
  /** For text files: the detected encoding ('utf-8', 'utf-8-bom', 'utf-16le', 'windows-1252'). */
  encoding?: string;
  /** Candidate sheets in file order; a text file has one per plausible delimiter. */
  sheets: RawSheet[];
}

/** An odd row the import handled in a defined way; shown to the user before they confirm. */
export interface ImportWarning {
  row: number;
  field?: string;
  message: string;
}

/** Limits that keep a hostile or mistaken upload from exhausting memory. */
export const IMPORT_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  maxRows: 20_000,
  maxColumns: 200,
  maxCellChars: 20_000,
} as const;
