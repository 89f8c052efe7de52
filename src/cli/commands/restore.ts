import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { isStreamHeader, parseBackup, restoreBackup, restoreBackupStream } from '../../db/backup';
import { runMigrations } from '../../db/migrate';
import { DomainError } from '../../domain/shared/errors';
import { withDatabase } from '../with-database';
import { configFrom, withDataOptions, type DataOptions } from '../options';

async function firstLine(file: string): Promise<string> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8', highWaterMark: 64 * 1024 }), crlfDelay: Infinity });
  for await (const line of lines) {
    lines.close();
    return line.slice(0, 10_000);
  }
  return '';
}

export function registerRestore(program: Command): void {
  withDataOptions(program.command('restore'))
    .description('zet een back-up terug in een lege database (alles of niets; leest in stukken: elke omvang)')
    .argument('<bestand>', 'het back-upbestand van `regietafel backup`')
    .option('--replace', 'leeg eerst alle tabellen (de huidige gegevens gaan verloren)')
    .action(async (file: string, opts: DataOptions & { replace?: boolean }) => {
      let streaming: boolean;
      try {
        streaming = isStreamHeader(await firstLine(file));
      } catch (e) {
        throw new DomainError('IMPORT_FILE_INVALID', `Kan ${file} niet lezen: ${(e as Error).message}`, []);
      }
      await withDatabase(
        configFrom(opts),
        async (database) => {
          await runMigrations(database);
          let counts: Record<string, number>;
          if (streaming) {
            const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
            counts = await restoreBackupStream(database.db, lines, { replace: opts.replace === true });
          } else {
            // A backup of format version 1 (one JSON value) from an older Regietafel.
            counts = await restoreBackup(database.db, parseBackup(readFileSync(file, 'utf8')), { replace: opts.replace === true });
          }
          const rows = Object.values(counts).reduce((n, c) => n + c, 0);
          console.log(`Back-up teruggezet: ${Object.keys(counts).length} tabellen, ${rows} rijen.`);
          // One pass over everything: a small buffer cache (client.ts, `bulk`); a new folder is unpacked from the template.
        },
        { bulk: true },
      );
    });
}
