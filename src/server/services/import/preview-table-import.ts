import type { TableKind } from '../../../domain/import-table/vocabulary';
import { parseProgrammeDocument } from '../../../domain/programme/document-check';
import type { ProgrammeDocument } from '../../../domain/programme/document';
import type { GapTable } from '../../../import/gap-table/gap-table';
import { parseGapTable } from '../../../import/gap-table/parse-gap-table';
import { gapTableToDocument } from '../../../import/gap-table/to-document';
import type { ProgrammeSheet } from '../../../import/programme-sheet/programme-sheet';
import { parseProgrammeSheet } from '../../../import/programme-sheet/parse-programme-sheet';
import { programmeSheetToDocument } from '../../../import/programme-sheet/to-document';
import { fold } from '../../../import/table/cells';
import type { ImportWarning } from '../../../import/table/raw-table';

export interface TableImportOptions {
  kind: TableKind;
  /** The uploaded file as it is: TSV, CSV or XLSX, any supported encoding. */
  file: Uint8Array;
  /** Title of the new programme. */
  programmeTitle: string;
  /** Slug of the new programme; derived from the title when absent. */
  slug?: string;
  /** When the import runs: the day a life-cycle word in the table takes effect. */
  importedAt: Date;
}

export interface TableImportPreview {
  kind: TableKind;
  source: GapTable['source'];
  /** What will be created: the programme document, validated. */
  document: ProgrammeDocument;
  warnings: ImportWarning[];
  gapTable: GapTable | null;
  programmeSheet: ProgrammeSheet | null;
}

/**
 * Reads the file and builds the programme it would create, without touching the database: the
 * preview the user confirms, and what `--dry-run` prints. Throws the DomainError of the first
 * step that refuses (file, rows, or the resulting document).
 */
export async function previewTableImport(opts: TableImportOptions): Promise<TableImportPreview> {
  const target = { slug: opts.slug ?? slugFromTitle(opts.programmeTitle), title: opts.programmeTitle.trim() };
  if (opts.kind === 'gap-table') {
    const gapTable = await parseGapTable(opts.file);
    const document = parseProgrammeDocument(gapTableToDocument(gapTable, target));
    return { kind: opts.kind, source: gapTable.source, document, warnings: gapTable.warnings, gapTable, programmeSheet: null };
  }
  const programmeSheet = await parseProgrammeSheet(opts.file);
  const document = parseProgrammeDocument(programmeSheetToDocument(programmeSheet, target, opts.importedAt));
  return { kind: opts.kind, source: programmeSheet.source, document, warnings: programmeSheet.warnings, gapTable: null, programmeSheet };
}

/** 'Plan extra middelen GGZ 2023' → 'plan-extra-middelen-ggz-2023'. */
export function slugFromTitle(title: string): string {
  const slug = fold(title).split(' ').filter(Boolean).join('-').slice(0, 60).replace(/-+$/, '');
  return slug === '' ? 'import' : slug;
}
