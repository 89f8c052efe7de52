import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { runMigrations } from '../../db/migrate';
import { systemClock } from '../../domain/shared/clock';
import { DomainError, isDomainError } from '../../domain/shared/errors';
import { CLI_ACTOR } from '../../server/auth/actor';
import { exportProgramme } from '../../server/services/programme/export-programme';
import { importProgramme } from '../../server/services/programme/import-programme';
import { configFrom, withDataOptions, type DataOptions } from '../options';
import { withDatabase } from '../with-database';

interface ExportOptions extends DataOptions {
  format: string;
  out?: string;
}

interface ImportOptions extends DataOptions {
  slug?: string;
  title?: string;
}

/**
 * `regietafel export programme <id|slug> --format json --out FILE` and
 * `regietafel import programme FILE [--slug S --title T]`: the programme document
 * (src/domain/programme/document.ts), lossless both ways; import is all or nothing.
 */
export function registerProgrammeDocument(program: Command): void {
  const exp = program.commands.find((c) => c.name() === 'export') ?? program.command('export').description('gegevens exporteren');
  withDataOptions(exp.command('programme <programma>'))
    .description('exporteer een programma (id of slug) als programmadocument')
    .option('--format <formaat>', 'alleen json', 'json')
    .option('--out <bestand>', 'schrijf naar dit bestand (standaard: naar de uitvoer)')
    .option('--met-persoonsgegevens', 'ook namen van auteurs, wie vergrendelde of introk, e-mail en telefoon van personen')
    .action(async (idOrSlug: string, opts: ExportOptions & { metPersoonsgegevens?: boolean }) => {
      if (opts.format !== 'json')
        throw new DomainError('VALIDATION_FAILED', `Onbekend formaat '${opts.format}': alleen json wordt ondersteund.`, [
          { field: 'format', reason: 'alleen json' },
        ]);
      await withDatabase(configFrom(opts), async (database) => {
        const doc = await exportProgramme(database.db, CLI_ACTOR, { programme: idOrSlug, personalData: opts.metPersoonsgegevens === true });
        const text = `${JSON.stringify(doc, null, 2)}\n`;
        if (opts.out) {
          await writeFile(opts.out, text, 'utf8');
          console.log(`Programma '${doc.programme.title}' geëxporteerd naar ${opts.out} (${doc.nodes.length} elementen).`);
        } else process.stdout.write(text);
      });
    });

  const imp = program.commands.find((c) => c.name() === 'import') ?? program.command('import').description('gegevens importeren');
  withDataOptions(imp.command('programme <bestand>'))
    .description('importeer een programmadocument (JSON) als nieuw programma; alles of niets')
    .option('--slug <slug>', 'nieuwe slug: importeren als kopie')
    .option('--title <titel>', 'nieuwe titel')
    .action(async (file: string, opts: ImportOptions) => {
      let document: unknown;
      try {
        document = JSON.parse(await readFile(file, 'utf8'));
      } catch (e) {
        throw new DomainError('IMPORT_FILE_INVALID', `Kan ${file} niet lezen als JSON: ${(e as Error).message}`, [
          { reason: 'geen geldige JSON' },
        ]);
      }
      await withDatabase(configFrom(opts), async (database) => {
        await runMigrations(database);
        try {
          const r = await importProgramme(
            database.db,
            CLI_ACTOR,
            { document, ...(opts.slug ? { slug: opts.slug } : {}), ...(opts.title ? { title: opts.title } : {}) },
            systemClock,
          );
          console.log(
            `Programma geïmporteerd als '${r.slug}': ${r.nodes} elementen, ${r.efforts} inspanningen, ${r.organisationsCreated} nieuwe organisaties.`,
          );
        } catch (e) {
          if (isDomainError(e) && Array.isArray(e.details)) {
            for (const d of e.details) console.error(`  ${String(d.path ?? '')} ${d.field ? `[${d.field}]` : ''}: ${d.reason}`);
          }
          throw e;
        }
      });
    });
}
