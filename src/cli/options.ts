import type { Command } from 'commander';
import { loadConfig, type AppConfig } from '../server/config';

export interface DataOptions {
  data?: string;
  databaseUrl?: string;
  port?: string;
}

/** Every command that touches data takes the same options as the server. */
export function withDataOptions(cmd: Command): Command {
  return cmd
    .option('--data <dir>', 'datamap van de ingebouwde database (standaard ./data of REGIETAFEL_DATA)')
    .option('--database-url <url>', 'PostgreSQL in plaats van de ingebouwde database (of DATABASE_URL)');
}

export function configFrom(opts: DataOptions): AppConfig {
  return loadConfig(undefined, {
    ...(opts.data ? { dataDir: opts.data } : {}),
    ...(opts.databaseUrl ? { databaseUrl: opts.databaseUrl } : {}),
    ...(opts.port ? { port: Number(opts.port) } : {}),
  });
}
