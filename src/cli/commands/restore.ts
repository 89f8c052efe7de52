import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { parseBackup, restoreBackup } from '../../db/backup';
import { runMigrations } from '../../db/migrate';
import { DomainError } from '../../domain/shared/errors';
import { withDatabase } from '../with-database';
import { configFrom, withDataOptions, type DataOptions } from '../options';

export function registerRestore(program: Command): void {
  withDataOptions(program.command('restore'))
    .description('zet een back-up terug in een lege database (alles of niets)')
    .argument('<bestand>', 'het back-upbestand van `regietafel backup`')
    .option('--replace', 'leeg eerst alle tabellen (de huidige gegevens gaan verloren)')
    .action(async (file: string, opts: DataOptions & { replace?: boolean }) => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (e) {
        throw new DomainError('IMPORT_FILE_INVALID', `Kan ${file} niet lezen: ${(e as Error).message}`, []);
      }
      const backup = parseBackup(text);
      await withDatabase(configFrom(opts), async (database) => {
        await runMigrations(database);
        const counts = await restoreBackup(database.db, backup, { replace: opts.replace === true });
        const rows = Object.values(counts).reduce((n, c) => n + c, 0);
        console.log(`Back-up teruggezet: ${Object.keys(counts).length} tabellen, ${rows} rijen.`);
      });
    });
}
