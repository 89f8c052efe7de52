import type { Command } from 'commander';
import { loadDemo } from '../../../seeds';
import { runMigrations } from '../../db/migrate';
import { systemClock } from '../../domain/shared/clock';
import { withDatabase } from '../with-database';
import { configFrom, withDataOptions, type DataOptions } from '../options';

export function registerDemo(program: Command): void {
  const demo = program.command('demo').description('demogegevens');
  withDataOptions(demo.command('load'))
    .description('laad de demoprogramma’s (bestaande programma’s blijven ongemoeid)')
    .action(async (opts: DataOptions) => {
      await withDatabase(configFrom(opts), async (database) => {
        await runMigrations(database);
        const r = await loadDemo(database.db, systemClock);
        console.log(`Demo geladen: ${r.programmesCreated} programma’s toegevoegd, ${r.programmesPresent} waren er al.`);
      });
    });
}
