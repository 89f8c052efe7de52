/** Shapes of the import API (see src/server/routes/import.schemas.ts). */
export type TableKind = 'gap-table' | 'programme-sheet';

/** What the page sends: the file itself (multipart) and, in the query, kind and title. */
export interface ImportRequest {
  kind: TableKind;
  programmeTitle: string;
  file: File;
}

export const importQuery = (r: ImportRequest) => new URLSearchParams({ kind: r.kind, programmeTitle: r.programmeTitle }).toString();

export interface ImportWarning {
  row: number;
  field?: string;
  message: string;
}

export interface GapItem {
  row: number;
  code: string;
  title: string;
  currentPractices: string[];
  gaps: string[];
  proposals: string[];
  budgetCents: number | null;
  budgetNotes: string[];
}

export interface SheetNode {
  row: number;
  code: string;
  title: string;
  depth: number;
  levelLabel: string | null;
  owner: string | null;
  start: string | null;
  deadline: string | null;
  status: string | null;
}

export interface ImportPreview {
  kind: TableKind;
  source: { kind: 'tsv' | 'csv' | 'xlsx'; sheet: string; encoding?: string; headerRow: number };
  programme: { slug: string; title: string; levelLabels: string[] };
  warnings: ImportWarning[];
  items: GapItem[];
  nodes: SheetNode[];
  budgetTotalCents: number;
}

export interface ImportResult {
  programme: { id: string; slug: string; title: string };
}
