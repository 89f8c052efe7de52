import type { ImportIssue } from '../../../domain/monitor/episode-input';

export type ImportKind = 'episodes' | 'iwmo' | 'capaciteit' | 'regio';

/** What an import of one file did. When `rejected` > 0 nothing of the file was stored. */
export interface ImportReport {
  file: string;
  kind: ImportKind;
  /** New records plus changed records. */
  imported: number;
  /** Of `imported`: existing records whose facts changed (e.g. an episode got its einde). */
  updated: number;
  unchanged: number;
  rejected: number;
  skipped: number;
  errors: ImportIssue[];
  skippedDetails: ImportIssue[];
}

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
