import { cellText, fold } from './cells';
import type { RawRow, RawSheet } from './raw-table';

/** The names a column goes by in real documents, folded (see `fold`). */
export type ColumnAliases<F extends string> = Record<F, readonly string[]>;

export interface HeaderMatch<F extends string> {
  sheet: RawSheet;
  /** Index into `sheet.rows` of the header row. */
  index: number;
  row: number;
  /** Column index per recognised field. */
  columns: Partial<Record<F, number>>;
  /** The header text as the user wrote it, per field (used in messages). */
  labels: Partial<Record<F, string>>;
  /** Columns with a header the import does not use. */
  ignored: { column: number; label: string }[];
}

/** How many leading rows may hold titles or notes before the header. */
const HEADER_SEARCH_ROWS = 50;

/**
 * Finds the header row: the row (within the first rows of any candidate sheet) that names the
 * required fields and the most fields overall. Matching is tolerant: case, accents, punctuation,
 * and extra words after the name (`Benodigd budget (€) 2023`) do not matter.
 */
export function findHeader<F extends string>(sheets: RawSheet[], aliases: ColumnAliases<F>, required: readonly F[]): HeaderMatch<F> | null {
  let best: HeaderMatch<F> | null = null;
  let bestCount = 0;
  for (const sheet of sheets) {
    const limit = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
    for (let index = 0; index < limit; index += 1) {
      const row = sheet.rows[index];
      if (row === undefined) continue;
      const match = matchHeader(row, aliases);
      const count = Object.keys(match.columns).length;
      if (!required.every((f) => match.columns[f] !== undefined) || count <= bestCount) continue;
      best = { sheet, index, row: row.row, ...match };
      bestCount = count;
    }
  }
  return best;
}

/** Assigns each field the column whose header fits it best; a column serves one field at most. */
export function matchHeader<F extends string>(
  row: RawRow,
  aliases: ColumnAliases<F>,
): Pick<HeaderMatch<F>, 'columns' | 'labels' | 'ignored'> {
  const candidates: { field: F; column: number; score: number }[] = [];
  row.cells.forEach((cell, column) => {
    const label = cellText(cell);
    const folded = label === '#' ? 'nr' : fold(label);
    if (folded === '') return;
    for (const field of Object.keys(aliases) as F[]) {
      const score = Math.max(0, ...aliases[field].map((alias) => aliasScore(folded, alias)));
      if (score > 0) candidates.push({ field, column, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const columns: Partial<Record<F, number>> = {};
  const labels: Partial<Record<F, string>> = {};
  const used = new Set<number>();
  for (const c of candidates) {
    if (columns[c.field] !== undefined || used.has(c.column)) continue;
    columns[c.field] = c.column;
    labels[c.field] = cellText(row.cells[c.column]).replace(/\s+/g, ' ');
    used.add(c.column);
  }
  const ignored = row.cells
    .map((cell, column) => ({ column, label: cellText(cell).replace(/\s+/g, ' ') }))
    .filter((c) => c.label !== '' && !used.has(c.column));
  return { columns, labels, ignored };
}

/** Exact name beats a name followed by extra words, which beats a name somewhere inside. */
function aliasScore(header: string, alias: string): number {
  if (header === alias) return 300 + alias.length;
  if (header.startsWith(`${alias} `)) return 200 + alias.length;
  if (` ${header} `.includes(` ${alias} `)) return 100 + alias.length;
  return 0;
}

/** Spreadsheet column letter for messages: 0 → A, 27 → AB. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
