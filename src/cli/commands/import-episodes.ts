import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import { runMigrations } from '../../db/migrate';
import { systemClock } from '../../domain/shared/clock';
import { DomainError } from '../../domain/shared/errors';
import { CLI_ACTOR } from '../../server/auth/actor';
import type { ImportReport } from '../../domain/monitor/responses';
import { importMonitorFiles } from '../../server/services/monitor/import-monitor-file';
import { configFrom, withDataOptions, type DataOptions } from '../options';
import { withDatabase } from '../with-database';

function filesOf(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => /\.(csv|xml|txt)$/i.test(f))
    .sort()
    .map((f) => join(path, f));
}

function printReport(r: ImportReport): void {
  console.log(
    `${r.file} (${r.kind}): ${r.imported} geïmporteerd (waarvan ${r.updated} gewijzigd), ` +
      `${r.unchanged} ongewijzigd, ${r.rejected} afgewezen, ${r.skipped} overgeslagen`,
  );
  for (const e of r.errors) console.log(`  regel ${e.row}, ${e.field}: ${e.reason}`);
  for (const s of r.skippedDetails.slice(0, 20)) console.log(`  overgeslagen regel ${s.row}, ${s.field}: ${s.reason}`);
  if (r.skippedDetails.length > 20) console.log(`  … en nog ${r.skippedDetails.length - 20} overgeslagen`);
}

export function registerImportEpisodes(program: Command): void {
  const imp = program.commands.find((c) => c.name() === 'import') ?? program.command('import').description('gegevens importeren');
  withDataOptions(imp.command('episodes <bestand-of-map>'))
    .description('zorgepisodes (CSV of iWmo 305/307), capaciteitsregister of regio-indeling importeren; per bestand alles of niets')
    .option('--json', 'rapport als JSON')
    .action(async (path: string, opts: DataOptions & { json?: boolean }) => {
      const config = configFrom(opts);
      const files = filesOf(path).map((f) => ({ fileName: basename(f), bytes: new Uint8Array(readFileSync(f)) }));
      const reports = await withDatabase(config, async (database) => {
        await runMigrations(database);
        return importMonitorFiles(database.db, CLI_ACTOR, files, { pseudonymSecret: config.monitor.pseudonymSecret, clock: systemClock });
      });
      if (opts.json) console.log(JSON.stringify({ files: reports }, null, 2));
      else reports.forEach(printReport);
      const rejected = reports.filter((r) => r.rejected > 0);
      if (rejected.length > 0) {
        throw new DomainError(
          'IMPORT_FILE_INVALID',
          `${rejected.length} van ${reports.length} bestand(en) afgewezen; daarvan is niets opgeslagen.`,
          rejected.flatMap((r) => r.errors.map((e) => ({ ...e, file: r.file }))),
        );
      }
    });
}
