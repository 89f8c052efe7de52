import type { Readable } from 'node:stream';
import { bulkLoadEpisodes } from '../../../db/queries/episode-bulk-load';
import { EpisodeCopyRows } from '../../../db/queries/episode-copy-text';
import { inTransaction, type Db } from '../../../db/database';
import type { Clock } from '../../../domain/shared/clock';
import { scanEpisodesCsv } from '../../../import/episodes/parse-episodes-csv';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { rejectedReport, type ImportReport } from './import-report';

export interface ImportEpisodesOptions {
  fileName: string;
  /** Key for pseudonymising BSNs; without it a file with BSNs is rejected. */
  pseudonymSecret: string | undefined;
  clock: Clock;
}

export async function readAll(input: string | Readable): Promise<string> {
  if (typeof input === 'string') return input;
  const chunks: Buffer[] = [];
  for await (const c of input) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Import a CSV of care episodes, all-or-nothing: every row is checked first; with any error the
 * file is rejected as a whole and nothing is stored. Re-importing the same file changes nothing.
 * Valid rows go straight into COPY text while the file is read; one bulk load stores them.
 */
export async function importEpisodesCsv(db: Db, actor: Actor, input: string | Readable, opts: ImportEpisodesOptions): Promise<ImportReport> {
  const text = await readAll(input);
  const rows = new EpisodeCopyRows();
  const parsed = scanEpisodesCsv(text, opts.pseudonymSecret, (e) => rows.add(e));
  if (parsed.errors.length > 0) return rejectedReport(opts.fileName, 'episodes', parsed.errors, parsed.skipped);
  return inTransaction(db, async (tx) => {
    const { inserted, updated } = await bulkLoadEpisodes(tx, rows);
    const report: ImportReport = {
      file: opts.fileName,
      kind: 'episodes',
      imported: inserted + updated,
      updated,
      unchanged: parsed.count - inserted - updated,
      rejected: 0,
      skipped: parsed.skipped.length,
      errors: [],
      skippedDetails: parsed.skipped,
    };
    await recordAudit(
      tx,
      actor,
      { action: 'import', entityType: 'monitor_episodes', entityId: opts.fileName, after: { imported: report.imported, updated, unchanged: report.unchanged, skipped: report.skipped } },
      opts.clock,
    );
    return report;
  });
}
