import type { Command } from 'commander';
import { migrationState, runMigrations } from '../../db/migrate';
import { withDatabase } from '../with-database';
import { configFrom, withDataOptions, type DataOptions } from '../options';

export function registerMigrate(program: Command): void {
  withDataOptions(program.command('migrate'))
    .description('maak of werk de database bij naar het nieuwste schema')
    .action(async (opts: DataOptions) => {
      await withDatabase(configFrom(opts), async (database) => {
        await runMigrations(database);
        const state = await migrationState(database);
        console.log(`Database bijgewerkt: ${state.applied} van ${state.known} migraties toegepast.`);
      });
    });
}
