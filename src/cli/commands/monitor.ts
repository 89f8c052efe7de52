import type { Command } from 'commander';
import { runMigrations } from '../../db/migrate';
import type { EpisodeProduct, MonitorPer, MonitorUnitKind } from '../../domain/monitor/figures';
import { MONITOR_PERS, MONITOR_UNIT_KINDS } from '../../domain/monitor/figures';
import { monitorCsv } from '../../domain/monitor/table';
import { DomainError } from '../../domain/shared/errors';
import { computeMonitor } from '../../server/services/monitor/compute-monitor';
import { configFrom, withDataOptions, type DataOptions } from '../options';
import { withDatabase } from '../with-database';

interface MonitorOptions extends DataOptions {
  from: string;
  to: string;
  per: string;
  by: string;
  product?: string;
  format: string;
  suppress: boolean;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  const hit = allowed.find((a) => a === value);
  if (!hit)
    throw new DomainError('VALIDATION_FAILED', `--${option} moet een van ${allowed.join(', ')} zijn, niet '${value}'.`, [
      { field: option, reason: 'onbekende waarde' },
    ]);
  return hit;
}

export function registerMonitor(program: Command): void {
  withDataOptions(program.command('monitor'))
    .description('regionale monitor beschermd wonen en maatschappelijke opvang: cijfers per periode, eenheid en product')
    .requiredOption('--from <datum>', 'eerste dag (jjjj-mm-dd)')
    .requiredOption('--to <datum>', 'laatste dag (jjjj-mm-dd)')
    .option('--per <periode>', 'maand, kwartaal of jaar', 'kwartaal')
    .option('--by <eenheid>', 'gemeente, aanbieder of regio', 'gemeente')
    .option('--product <product>', 'alleen BW of MO')
    .option('--format <formaat>', 'json of csv', 'json')
    .option('--no-suppress', 'ongemaskeerde cijfers (de CLI op een lokale database mag dat)')
    .action(async (opts: MonitorOptions) => {
      const config = configFrom(opts);
      const per: MonitorPer = oneOf(opts.per, MONITOR_PERS, 'per');
      const by: MonitorUnitKind = oneOf(opts.by, MONITOR_UNIT_KINDS, 'by');
      const product: EpisodeProduct | undefined = opts.product
        ? oneOf(opts.product.toUpperCase(), ['BW', 'MO'] as const, 'product')
        : undefined;
      const format = oneOf(opts.format, ['json', 'csv'] as const, 'format');
      const result = await withDatabase(config, async (database) => {
        await runMigrations(database);
        return computeMonitor(
          database.db,
          { from: opts.from, to: opts.to, per, by, ...(product ? { product } : {}), suppress: opts.suppress },
          { threshold: config.monitor.threshold },
        );
      });
      if (format === 'csv') process.stdout.write(monitorCsv(result));
      else console.log(JSON.stringify(result, null, 2));
    });
}
