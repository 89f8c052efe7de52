/**
 * Shapes of the import API. The answers are the server's own (src/domain/import-table/responses.ts,
 * imported as types only: docs/ARCHITECTURE.md, "Response shapes: one source"); only the request is the page's.
 */
import type { TableKind } from '../../../../domain/import-table/vocabulary';

export type { TableKind } from '../../../../domain/import-table/vocabulary';
export type {
  GapItemView as GapItem,
  ImportPreview,
  ImportResult,
  ImportWarningView as ImportWarning,
  SheetNodeView as SheetNode,
} from '../../../../domain/import-table/responses';

/** What the page sends: the file itself (multipart) and, in the query, kind and title. */
export interface ImportRequest {
  kind: TableKind;
  programmeTitle: string;
  file: File;
}

export const importQuery = (r: ImportRequest) => new URLSearchParams({ kind: r.kind, programmeTitle: r.programmeTitle }).toString();
