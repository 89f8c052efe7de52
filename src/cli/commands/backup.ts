import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { createBackup } from '../../db/backup';
import { systemClock } from '../../domain/shared/clock';
import { withDatabase } from '../with-database';
import { configFrom, withDataOptions, type DataOptions } from '../options';

export function registerBackup(program: Command): void {
  withDataOptions(program.command('backup'))
    .description('schrijf alle tabellen naar één back-upbestand (JSON)')
    .requiredOption('--out <bestand>', 'het back-upbestand')
    .action(async (opts: DataOptions & { out: string }) => {
      await withDatabase(configFrom(opts), async (database) => {
        const backup = await createBackup(database.db, systemClock.now());
        // Mode 0600: the backup holds password hashes and session hashes.
        writeFileSync(opts.out, JSON.stringify(backup), { mode: 0o600 });
        const rows = Object.values(backup.tables).reduce((n, r) => n + r.length, 0);
        console.log(`Back-up geschreven naar ${opts.out}: ${Object.keys(backup.tables).length} tabellen, ${rows} rijen.`);
      });
    });
}
