import type { ImportIssue, ImportKind, ImportReport } from '../../../domain/monitor/responses';

export function rejectedReport(file: string, kind: ImportKind, errors: ImportIssue[], skipped: ImportIssue[] = []): ImportReport {
  const rows = new Set(errors.map((e) => e.row));
  return {
    file,
    kind,
    imported: 0,
    updated: 0,
    unchanged: 0,
    rejected: rows.size,
    skipped: skipped.length,
    errors,
    skippedDetails: skipped,
  };
}
