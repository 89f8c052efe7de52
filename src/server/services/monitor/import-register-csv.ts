import { upsertCapacity, upsertRegions, type UpsertCounts } from '../../../db/queries/monitor';
import { inTransaction, type Db } from '../../../db/database';
import type { Clock } from '../../../domain/shared/clock';
import { parseCapacityCsv, parseRegionCsv, type RegisterKind } from '../../../import/episodes/parse-registers-csv';
import type { ParseOutcome } from '../../../domain/monitor/episode-input';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import type { ImportReport } from '../../../domain/monitor/responses';
import { rejectedReport } from './import-report';

/** Import the capacity register or the region register (CSV), all-or-nothing. */
export async function importRegisterCsv(
  db: Db,
  actor: Actor,
  kind: RegisterKind,
  text: string,
  opts: { fileName: string; clock: Clock },
): Promise<ImportReport> {
  if (kind === 'capaciteit') {
    const parsed = parseCapacityCsv(text);
    return store(db, actor, kind, parsed, (tx) => upsertCapacity(tx, parsed.items), opts);
  }
  const parsed = parseRegionCsv(text);
  return store(db, actor, kind, parsed, (tx) => upsertRegions(tx, parsed.items), opts);
}

async function store<T>(
  db: Db,
  actor: Actor,
  kind: RegisterKind,
  parsed: ParseOutcome<T>,
  write: (tx: Db) => Promise<UpsertCounts>,
  opts: { fileName: string; clock: Clock },
): Promise<ImportReport> {
  if (parsed.errors.length > 0) return rejectedReport(opts.fileName, kind, parsed.errors);
  return inTransaction(db, async (tx) => {
    const counts = await write(tx);
    const report: ImportReport = {
      file: opts.fileName,
      kind,
      imported: counts.inserted + counts.updated,
      updated: counts.updated,
      unchanged: parsed.items.length - counts.inserted - counts.updated,
      rejected: 0,
      skipped: 0,
      errors: [],
      skippedDetails: [],
    };
    await recordAudit(
      tx,
      actor,
      {
        action: 'import',
        entityType: `monitor_${kind}`,
        entityId: opts.fileName,
        after: { imported: report.imported, updated: report.updated, unchanged: report.unchanged },
      },
      opts.clock,
    );
    return report;
  });
}
