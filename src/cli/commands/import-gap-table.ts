import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { runMigrations } from '../../db/migrate';
import { systemClock } from '../../domain/shared/clock';
import { DomainError } from '../../domain/shared/errors';
import { CLI_ACTOR } from '../../server/auth/actor';
import { importTable } from '../../server/services/import/import-table';
import type { TableKind } from '../../domain/import-table/vocabulary';
import { previewTableImport } from '../../server/services/import/preview-table-import';
import type { TableImportSummary } from '../../domain/import-table/responses';
import { tableImportSummary } from '../../server/services/import/table-import-summary';
import { configFrom, withDataOptions, type DataOptions } from '../options';
import { withDatabase } from '../with-database';

interface ImportTableCliOptions extends DataOptions {
  programme: string;
  slug?: string;
  dryRun?: boolean;
  json?: boolean;
}

/**
 * `regietafel import gap-table FILE --programme "<titel>"` and `import programme-sheet FILE …`:
 * a TSV, CSV or XLSX table becomes a new programme, all or nothing. `--dry-run` only reads.
 */
export function registerImportGapTable(program: Command): void {
  // Other import commands may hang under the same `import`; reuse it when it is already there.
  const parent = program.commands.find((c) => c.name() === 'import') ?? program.command('import').description('gegevens importeren');
  addTableCommand(
    parent,
    'gap-table',
    'importeer een hiaatanalyse (Nr. | Resultaat | Wat doen we al | Hiaat | Voorstel | Benodigd budget)',
  );
  addTableCommand(
    parent,
    'programme-sheet',
    'importeer een programmablad (code, titel, niveau, bovenliggende code, eigenaar, data, status)',
  );
}

function addTableCommand(parent: Command, kind: TableKind, description: string): void {
  withDataOptions(parent.command(`${kind} <bestand>`))
    .description(description)
    .requiredOption('--programme <titel>', 'titel van het nieuwe programma')
    .option('--slug <slug>', 'slug van het nieuwe programma (standaard afgeleid van de titel)')
    .option('--dry-run', 'alleen lezen en samenvatten; er wordt niets opgeslagen')
    .option('--json', 'samenvatting als JSON')
    .action(async (file: string, opts: ImportTableCliOptions) => {
      const bytes = await readInput(file);
      const base = { kind, file: bytes, programmeTitle: opts.programme, ...(opts.slug ? { slug: opts.slug } : {}) };
      let summary: TableImportSummary;
      if (opts.dryRun) {
        summary = tableImportSummary(await previewTableImport({ ...base, importedAt: systemClock.now() }), null);
      } else {
        summary = await withDatabase(configFrom(opts), async (database) => {
          await runMigrations(database);
          const r = await importTable(database.db, CLI_ACTOR, { ...base, fileName: basename(file) }, systemClock);
          return tableImportSummary(r.preview, { slug: r.programme.slug, title: r.programme.title });
        });
      }
      console.log(opts.json ? JSON.stringify(summary, null, 2) : describe(summary));
    });
}

async function readInput(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch {
    throw new DomainError('IMPORT_FILE_INVALID', `Het bestand '${file}' kan niet worden gelezen.`, [
      { reason: 'bestand niet gevonden of niet leesbaar' },
    ]);
  }
}

function describe(s: TableImportSummary): string {
  const euro = (cents: number) =>
    `€ ${String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${String(cents % 100).padStart(2, '0')}`;
  const lines = [
    s.programme === null ? 'Proefimport: er is niets opgeslagen.' : `Programma '${s.programme.title}' aangemaakt (${s.programme.slug}).`,
    s.kind === 'gap-table' ? `${s.results} resultaten, totaal benodigd budget ${euro(s.budget_total_cents)}.` : `${s.results} elementen.`,
    ...s.per_result.map((r) =>
      s.kind === 'gap-table'
        ? `  ${r.code || '–'}  ${r.title}: ${r.current_practices} x wat doen we al, ${r.proposals} ` +
          `voorstel(len), budget ${r.budget_cents === null ? 'onbekend' : euro(r.budget_cents)}`
        : `  ${r.code || '–'}  ${r.title}`,
    ),
    ...(s.warnings.length === 0 ? [] : ['Waarschuwingen:', ...s.warnings.map((w) => `  rij ${w.row}: ${w.message}`)]),
  ];
  return lines.join('\n');
}
