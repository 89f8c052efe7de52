import { DomainError, type ErrorDetail } from '../../domain/shared/errors';
import type { ImportWarning } from './raw-table';

/**
 * Collects the warnings and errors of one import. Errors are gathered for the whole file so the
 * user sees every bad row at once; then the import is refused as a whole.
 */
export class ImportProblems {
  readonly warnings: ImportWarning[] = [];
  readonly errors: (ErrorDetail & { row: number; field: string })[] = [];

  warn(row: number, message: string, field?: string): void {
    this.warnings.push(field === undefined ? { row, message } : { row, field, message });
  }

  error(row: number, field: string, reason: string): void {
    this.errors.push({ row, field, reason });
  }

  /** Throws IMPORT_ROW_INVALID naming every bad row, or returns the warnings in row order. */
  settle(): ImportWarning[] {
    if (this.errors.length > 0) {
      const sorted = [...this.errors].sort((a, b) => a.row - b.row);
      const lines = sorted.map((e) => `Rij ${e.row}, kolom '${e.field}': ${e.reason}.`);
      const head = sorted.length === 1 ? 'Er is niets geïmporteerd.' : `${sorted.length} fouten; er is niets geïmporteerd.`;
      throw new DomainError('IMPORT_ROW_INVALID', `${head} ${lines.slice(0, 5).join(' ')}`, sorted);
    }
    return [...this.warnings].sort((a, b) => a.row - b.row);
  }
}

export function formatEuros(cents: number): string {
  const euros = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `€ ${euros},${String(cents % 100).padStart(2, '0')}`;
}
