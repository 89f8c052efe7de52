import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { runMigrations } from '../../db/migrate';
import { programmeByIdOrSlug } from '../../db/queries/programme';
import { REPORT_LANGUAGES, type ReportLanguage } from '../../domain/report/view-model';
import { systemClock } from '../../domain/shared/clock';
import { DomainError, notFound } from '../../domain/shared/errors';
import { renderReport, REPORT_FORMATS, type ReportFormat } from '../../exports/report';
import { CLI_ACTOR } from '../../server/auth/actor';
import { getBoardReport } from '../../server/services/report/get-board-report';
import { configFrom, withDataOptions, type DataOptions } from '../options';
import { withDatabase } from '../with-database';

interface ReportOptions extends DataOptions {
  theme?: string;
  period?: string;
  meeting?: string;
  body?: string;
  format: string;
  lang: string;
  out: string;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  const hit = allowed.find((a) => a === value);
  if (!hit)
    throw new DomainError('VALIDATION_FAILED', `--${option} moet een van ${allowed.join(', ')} zijn, niet '${value}'.`, [
      { field: option, reason: 'onbekende waarde' },
    ]);
  return hit;
}

/** `regietafel report <programme> [--theme CODE] [--meeting ID | --body OVERLEG] [--period ID|2022-Q2] --format docx|pdf|xlsx|html --out FILE` */
export function registerReport(program: Command): void {
  withDataOptions(program.command('report <programma>'))
    .description('voortgangsrapportage van een programma (id of slug) of één thema, over een periode, als Word, PDF, Excel of HTML')
    .option('--theme <code>', 'alleen dit thema (code of id) en alles eronder')
    .option(
      '--meeting <id>',
      'het rapport voor deze vergadering (id): de elementen van het overleg, terugblik sinds zijn vorige vergadering',
    )
    .option('--body <overleg>', 'het rapport voor de volgende (anders laatste) vergadering van dit overleg (id, sleutel of naam)')
    .option('--period <periode>', 'id, naam of kwartaal (2022-Q2) van de rapportageperiode; standaard de laatste vergrendelde')
    .requiredOption('--format <formaat>', REPORT_FORMATS.join(', '))
    .option('--lang <taal>', 'nl of en', 'nl')
    .requiredOption('--out <bestand>', 'schrijf het rapport naar dit bestand')
    .action(async (programme: string, opts: ReportOptions) => {
      const format: ReportFormat = oneOf(opts.format, REPORT_FORMATS, 'format');
      const language: ReportLanguage = oneOf(opts.lang, REPORT_LANGUAGES, 'lang');
      const started = Date.now();
      const report = await withDatabase(configFrom(opts), async (database) => {
        await runMigrations(database);
        const programmeId = (await programmeByIdOrSlug(database.db, programme))?.id;
        if (!programmeId) throw notFound('Programma', programme);
        return getBoardReport(
          database.db,
          CLI_ACTOR,
          {
            programmeId,
            theme: opts.theme ?? null,
            period: opts.period ?? null,
            language,
            meetingId: opts.meeting ?? null,
            body: opts.body ?? null,
          },
          systemClock,
        );
      });
      const file = await renderReport(report, format);
      await writeFile(opts.out, file);
      const period = report.meeting
        ? `vergadering ${report.meeting.bodyName} ${report.meeting.date}`
        : report.period
          ? `periode ${report.period.label}`
          : 'actuele stand';
      console.log(
        `Voortgangsrapportage '${report.programme.title}' (${period}, ${report.nodes.length} ` +
          `elementen) geschreven naar ${opts.out} in ${Date.now() - started} ms.`,
      );
    });
}
