import type { Readable } from 'node:stream';
import { startEpisodeLoad } from '../../../db/queries/episode-bulk-load';
import { EpisodeCopyRows } from '../../../db/queries/episode-copy-text';
import { inTransaction, type Db } from '../../../db/database';
import type { Clock } from '../../../domain/shared/clock';
import { EpisodeCsvScan } from '../../../import/episodes/parse-episodes-csv';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import type { ImportReport } from '../../../domain/monitor/responses';
import { rejectedReport } from './import-report';

export interface ImportEpisodesOptions {
  fileName: string;
  /** Key for pseudonymising BSNs; without it a file with BSNs is rejected. */
  pseudonymSecret: string | undefined;
  clock: Clock;
}

/** The file's bytes (text as UTF-8): the parser works on bytes, decoding only the lines that need it. */
export async function readAll(input: string | Uint8Array | Readable): Promise<Uint8Array> {
  if (typeof input === 'string') return Buffer.from(input, 'utf8');
  if (input instanceof Uint8Array) return input;
  const chunks: Buffer[] = [];
  for await (const c of input) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

/** How much of the file is checked between two hand-overs of COPY text to the load (~4 MB of COPY text). */
const STEP_BYTES = 2 << 20;

/** Thrown inside the transaction when the file has errors, so that it rolls back. */
class FileRejected extends Error {}

/**
 * Import a CSV of care episodes, all-or-nothing: every row is checked; with any error the file
 * is rejected as a whole and nothing is stored. Re-importing the same file changes nothing.
 *
 * The check runs inside the load's transaction, in steps: valid rows become COPY text at once
 * and each full chunk goes to the load, so PostgreSQL stores rows on its own core while the rest
 * of the file is still being checked. After the first error nothing more is sent, but the file
 * is checked to its end so that the report names every error; then the transaction rolls back.
 */
export async function importEpisodesCsv(
  db: Db,
  actor: Actor,
  input: string | Uint8Array | Readable,
  opts: ImportEpisodesOptions,
): Promise<ImportReport> {
  const scan = new EpisodeCsvScan(await readAll(input), opts.pseudonymSecret);
  if (scan.errors.length > 0) return rejectedReport(opts.fileName, 'episodes', scan.errors, scan.skipped);
  try {
    return await inTransaction(db, async (tx) => {
      const load = await startEpisodeLoad(tx, scan.rowsAtMost());
      const rows = new EpisodeCopyRows(load.firstId);
      while (!scan.done) {
        scan.step(STEP_BYTES, rows);
        if (scan.errors.length === 0) await load.send(rows.takeChunks());
      }
      if (scan.errors.length > 0) {
        await load.abort();
        throw new FileRejected();
      }
      await load.send(rows.takeChunks(true));
      const { inserted, updated } = await load.finish(scan.count);
      const report: ImportReport = {
        file: opts.fileName,
        kind: 'episodes',
        imported: inserted + updated,
        updated,
        unchanged: scan.count - inserted - updated,
        rejected: 0,
        skipped: scan.skipped.length,
        errors: [],
        skippedDetails: scan.skipped,
      };
      await recordAudit(
        tx,
        actor,
        {
          action: 'import',
          entityType: 'monitor_episodes',
          entityId: opts.fileName,
          after: { imported: report.imported, updated, unchanged: report.unchanged, skipped: report.skipped },
        },
        opts.clock,
      );
      return report;
    });
  } catch (e) {
    if (e instanceof FileRejected) return rejectedReport(opts.fileName, 'episodes', scan.errors, scan.skipped);
    throw e;
  }
}
