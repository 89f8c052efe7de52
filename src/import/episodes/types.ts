/** An episode ready to store: client already pseudonymised, dates jjjj-mm-dd. */
export interface EpisodeInput {
  key: string;
  client: string;
  gemeente: string;
  aanbieder: string;
  product: 'BW' | 'MO';
  start: string;
  einde: string | null;
  redenEinde: string | null;
  pgb: boolean;
  toewijzingNummer: string | null;
  bron: 'csv' | 'iwmo';
}

/** One problem in an import: row (line or message number), field and reason, in Dutch. */
export interface ImportIssue {
  row: number;
  field: string;
  reason: string;
}

export interface ParseOutcome<T> {
  items: T[];
  errors: ImportIssue[];
  /** Rows that are valid but outside the monitor (e.g. another product category). */
  skipped: ImportIssue[];
}
