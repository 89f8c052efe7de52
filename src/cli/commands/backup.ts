import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import { writeBackupStream } from '../../db/backup';
import { systemClock } from '../../domain/shared/clock';
import { DomainError } from '../../domain/shared/errors';
import { withDatabase } from '../with-database';
import { configFrom, withDataOptions, type DataOptions } from '../options';

export function registerBackup(program: Command): void {
  withDataOptions(program.command('backup'))
    .description('schrijf alle tabellen naar één back-upbestand (JSON-regels, per tabel in stukken: elke omvang)')
    .requiredOption('--out <bestand>', 'het back-upbestand')
    .action(async (opts: DataOptions & { out: string }) => {
      await withDatabase(
        configFrom(opts),
        async (database) => {
          // Mode 0600: the backup holds password hashes and session hashes.
          const out = createWriteStream(opts.out, { mode: 0o600 });
          const failed = once(out, 'error').then(([e]) => {
            throw new DomainError('IMPORT_FILE_INVALID', `Kan ${opts.out} niet schrijven: ${(e as Error).message}`, []);
          });
          const write = async (line: string) => {
            if (!out.write(`${line}\n`)) await Promise.race([once(out, 'drain'), failed]);
          };
          const counts = await writeBackupStream(database.db, systemClock.now(), write);
          out.end();
          await Promise.race([once(out, 'finish'), failed]);
          const rows = Object.values(counts).reduce((n, c) => n + c, 0);
          console.log(`Back-up geschreven naar ${opts.out}: ${Object.keys(counts).length} tabellen, ${rows} rijen.`);
          // One pass over everything: a small buffer cache (client.ts, `bulk`).
        },
        { bulk: true },
      );
    });
}
