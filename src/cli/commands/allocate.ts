import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { runMigrations } from '../../db/migrate';
import { amountProblem, centsToDecimal, readDutchAmount } from '../../domain/finance/amount';
import { DISTRIBUTION_KEYS, type DistributionKey } from '../../domain/finance/distribution-key';
import { parseWeightsTable } from '../../domain/finance/weights-table';
import { DomainError } from '../../domain/shared/errors';
import { previewRegionCostSplit } from '../../server/services/finance/cost-split';
import { configFrom, withDataOptions, type DataOptions } from '../options';
import { withDatabase } from '../with-database';

interface AllocateOptions extends DataOptions {
  amount: string;
  region: string;
  key: string;
  year?: string;
  weights?: string;
  format: string;
}

const invalid = (field: string, reason: string) => new DomainError('VALIDATION_FAILED', `--${field}: ${reason}.`, [{ field, reason }]);

export function registerAllocate(program: Command): void {
  withDataOptions(program.command('allocate'))
    .description('een bedrag verdelen over de gemeenten van een regio, in hele centen die precies optellen tot het bedrag')
    .requiredOption('--amount <bedrag>', "het bedrag in euro, Nederlandse notatie toegestaan ('32.000', '€ 2.176.993', '12.345,67')")
    .requiredOption('--region <sleutel>', 'de regio (sleutel, bijv. noord-limburg)')
    .option('--key <sleutel>', `verdeelsleutel: ${DISTRIBUTION_KEYS.join(', ')}`, 'inwoners')
    .option('--year <jaar>', 'peiljaar van de inwonertallen (standaard het laatste jaar met cijfers)')
    .option('--weights <bestand>', "gewichten of percentages per gemeente: regels 'gemeente;gewicht' (CBS-code of naam)")
    .option('--format <formaat>', 'json of csv', 'json')
    .action(async (opts: AllocateOptions) => {
      const amount = readDutchAmount(opts.amount);
      if (!amount.ok) throw invalid('amount', amountProblem(amount.reason));
      const key = DISTRIBUTION_KEYS.find((k) => k === opts.key) as DistributionKey | undefined;
      if (!key) throw invalid('key', `kies een van ${DISTRIBUTION_KEYS.join(', ')}, niet '${opts.key}'`);
      if (opts.format !== 'json' && opts.format !== 'csv') throw invalid('format', `kies json of csv, niet '${opts.format}'`);
      const year = opts.year === undefined ? null : Number(opts.year);
      if (year !== null && !(Number.isInteger(year) && year >= 1900 && year <= 2100))
        throw invalid('year', `'${opts.year}' is geen jaartal`);
      if ((key === 'gewichten' || key === 'percentages') && !opts.weights)
        throw invalid('weights', `de sleutel '${key}' vraagt om een bestand met gewichten`);
      let weightsByGemeente: { gemeente: string; weight: string }[] | undefined;
      if (opts.weights) {
        const parsed = parseWeightsTable(readFileSync(opts.weights, 'utf8'));
        if (!parsed.ok)
          throw new DomainError(
            'IMPORT_ROW_INVALID',
            `${opts.weights}: ${parsed.problems.map((p) => `${p.row ? `regel ${p.row}: ` : ''}${p.reason}`).join('; ')}.`,
            parsed.problems,
          );
        weightsByGemeente = parsed.rows;
      }
      const config = configFrom(opts);
      const split = await withDatabase(config, async (database) => {
        await runMigrations(database);
        return previewRegionCostSplit(database.db, {
          regionKey: opts.region,
          totalCents: amount.cents,
          key,
          year,
          ...(weightsByGemeente ? { weightsByGemeente } : {}),
        });
      });
      const total = split.rows.reduce((s, r) => s + r.cents, 0);
      if (opts.format === 'csv') {
        const lines = [
          'gemeentecode;gemeente;gewicht;bedrag',
          ...split.rows.map((r) => `${r.cbsCode ?? ''};${r.name};${r.weight};${centsToDecimal(r.cents)}`),
          `;totaal;;${centsToDecimal(total)}`,
        ];
        process.stdout.write(`${lines.join('\n')}\n`);
      } else {
        const shares = split.rows.map((r) => ({
          gemeentecode: r.cbsCode,
          gemeente: r.name,
          gewicht: r.weight,
          bedrag: centsToDecimal(r.cents),
          centen: r.cents,
        }));
        console.log(
          JSON.stringify(
            { sleutel: split.key, peiljaar: split.referenceYear, aandelen: shares, totaal: centsToDecimal(total), totaalCenten: total },
            null,
            2,
          ),
        );
      }
    });
}
