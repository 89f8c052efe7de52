import { inTransaction, type Db } from '../../../db/database';
import { programmeBySlug } from '../../../db/queries/programme';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { importProgramme } from '../programme/import-programme';
import { previewTableImport, slugFromTitle, type TableImportOptions, type TableImportPreview } from './preview-table-import';

export interface TableImportResult {
  programme: { id: string; slug: string; title: string };
  preview: TableImportPreview;
}

/**
 * Imports a gap analysis or programme sheet as a new programme, all or nothing: the programme
 * import and the audit entry for the file share one transaction.
 */
export async function importTable(
  db: Db,
  actor: Actor,
  opts: Omit<TableImportOptions, 'importedAt'> & { fileName?: string },
  clock: Clock,
): Promise<TableImportResult> {
  if (opts.programmeTitle.trim() === '') {
    throw new DomainError('VALIDATION_FAILED', 'Geef het programma een titel.', [{ field: 'programme', reason: 'titel is verplicht' }]);
  }
  const slug = opts.slug ?? (await freeSlug(db, slugFromTitle(opts.programmeTitle)));
  const preview = await previewTableImport({ ...opts, slug, importedAt: clock.now() });
  return inTransaction(db, async (tx) => {
    const created = await importProgramme(tx, actor, { document: preview.document }, clock);
    await recordAudit(
      tx,
      actor,
      {
        action: 'import-table',
        entityType: 'programme',
        entityId: created.id,
        programmeId: created.id,
        after: {
          kind: opts.kind,
          fileName: opts.fileName ?? null,
          source: preview.source,
          nodes: created.nodes,
          warnings: preview.warnings,
        },
      },
      clock,
    );
    return { programme: { id: created.id, slug: created.slug, title: preview.document.programme.title }, preview };
  });
}

/** The slug, or the first of slug-2, slug-3, … that no programme uses yet. */
async function freeSlug(db: Db, base: string): Promise<string> {
  for (let n = 1; n < 1000; n += 1) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if ((await programmeBySlug(db, slug)) === undefined) return slug;
  }
  throw new DomainError('CONFLICT', `Er zijn te veel programma's met de naam '${base}'.`, [
    { field: 'slug', reason: 'geen vrije slug gevonden' },
  ]);
}
