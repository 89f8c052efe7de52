import type { Command } from 'commander';
import { startServer } from '../../server/start';
import { configFrom, withDataOptions, type DataOptions } from '../options';

export function registerServe(program: Command): void {
  withDataOptions(program.command('serve'))
    .description('start de server met API en webinterface')
    .option('--port <port>', 'poort (standaard 3000 of PORT)')
    .option('--no-demo', 'laad geen demoprogramma’s in een nieuwe database')
    .action(async (opts: DataOptions & { demo: boolean }) => {
      await startServer(configFrom(opts), { demo: opts.demo });
    });
}
