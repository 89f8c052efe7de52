import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { listMonitorUnits } from '../services/monitor/list-units';
import { FIGURE_DEFINITIONS } from '../../domain/monitor/definitions';
import type { MonitorQuery } from '../../domain/monitor/responses';
import { monitorCsv } from '../../domain/monitor/table';
import { DomainError } from '../../domain/shared/errors';
import { askerOf, assertMaySeeRaw, computeMonitor, type ComputeOptions } from '../services/monitor/compute-monitor';
import { answerJson } from '../services/monitor/answer-json';
import { settleEpisodeColumns, warmEpisodeColumns } from '../services/monitor/episode-cache';
import { importMonitorFiles, importMonitorUpload } from '../services/monitor/import-monitor-file';
import { readUpload, readUploads, registerUploads } from './uploads';
import { monitorXlsx } from '../services/monitor/monitor-xlsx';
import {
  DefinitionListSchema,
  ImportBatchReportSchema,
  ImportReportSchema,
  MonitorQuerySchema,
  MonitorResultSchema,
  MonitorRowSchema,
  PublicMonitorQuerySchema,
  UnitListSchema,
  UnitQuerySchema,
} from './monitor.schemas';

type QueryIn = z.infer<typeof MonitorQuerySchema>;

function toQuery(q: Omit<QueryIn, 'suppress'>, suppress: boolean): MonitorQuery {
  const units = q.units
    ?.split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  return {
    from: q.from,
    to: q.to,
    per: q.per,
    by: q.by,
    ...(q.product ? { product: q.product } : {}),
    ...(units?.length ? { units } : {}),
    suppress,
  };
}

/** The largest monitor file accepted (a year of episodes of a large region fits). */
export const MONITOR_UPLOAD_LIMIT = 200 * 1024 * 1024;

export const monitorRoutes: FastifyPluginAsyncZod = async (app) => {
  await registerUploads(app);
  const figures = async (query: MonitorQuery, asker: ComputeOptions['asker']) =>
    computeMonitor(app.ctx.db, query, { threshold: app.ctx.monitor.threshold, asker });

  app.get(
    '/monitor/figures',
    {
      config: { access: 'user' },
      schema: {
        tags: ['monitor'],
        summary: 'Monitorcijfers per periode, eenheid en product (standaard afgeschermd)',
        querystring: MonitorQuerySchema,
        response: { 200: MonitorResultSchema },
      },
    },
    async (request) => {
      const query = toQuery(request.query, request.query.suppress !== 'false');
      assertMaySeeRaw(request.actor, query);
      return figures(query, askerOf(request.actor));
    },
  );

  app.get(
    '/public/monitor/figures',
    {
      config: { access: 'public' },
      schema: {
        tags: ['monitor'],
        summary: 'Openbare monitorcijfers: altijd afgeschermd, per kwartaal, ten hoogste 20 kwartalen',
        querystring: PublicMonitorQuerySchema,
        response: { 200: MonitorResultSchema },
      },
    },
    // Unsigned: one granularity and bounded work (public-limits.ts), whoever asks. The answer is
    // serialised in slices and kept per answer (answer-json.ts), so a large one never stalls the server.
    async (request, reply) => {
      const json = await answerJson(await figures(toQuery(request.query, true), 'anonymous'), {
        result: MonitorResultSchema,
        row: MonitorRowSchema,
      });
      // A string with a JSON type is sent as it is (Fastify does not serialise it again); the response
      // schema above still documents it and answerJson applied it.
      return reply.type('application/json; charset=utf-8').send(json as unknown as z.infer<typeof MonitorResultSchema>);
    },
  );

  app.get(
    '/monitor/export.csv',
    {
      config: { access: 'user' },
      schema: { tags: ['monitor'], summary: 'Monitorcijfers als CSV (standaard afgeschermd)', querystring: MonitorQuerySchema },
    },
    async (request, reply) => {
      const query = toQuery(request.query, request.query.suppress !== 'false');
      assertMaySeeRaw(request.actor, query);
      const csv = monitorCsv(await figures(query, askerOf(request.actor)));
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="monitor-${query.by}-${query.per}.csv"`)
        .send(csv);
    },
  );

  app.get(
    '/monitor/export.xlsx',
    {
      config: { access: 'user' },
      schema: { tags: ['monitor'], summary: 'Monitorcijfers als Excel-bestand (standaard afgeschermd)', querystring: MonitorQuerySchema },
    },
    async (request, reply) => {
      const query = toQuery(request.query, request.query.suppress !== 'false');
      assertMaySeeRaw(request.actor, query);
      const buf = await monitorXlsx(await figures(query, askerOf(request.actor)));
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="monitor-${query.by}-${query.per}.xlsx"`)
        .send(buf);
    },
  );

  app.get(
    '/monitor/units',
    {
      config: { access: 'user' },
      schema: { tags: ['monitor'], summary: 'Eenheden om uit te kiezen', querystring: UnitQuerySchema, response: { 200: UnitListSchema } },
    },
    async (request) => ({ items: await listMonitorUnits(app.ctx.db, request.query.by) }),
  );

  app.get(
    '/monitor/definitions',
    {
      config: { access: 'public' },
      schema: { tags: ['monitor'], summary: 'Uitleg bij elk monitorcijfer', response: { 200: DefinitionListSchema } },
    },
    async () => ({ items: [...FIGURE_DEFINITIONS] }),
  );

  app.post(
    '/monitor/imports',
    {
      config: { access: { platform: 'monitor-analist' } },
      schema: {
        tags: ['monitor'],
        summary:
          'Eén bestand importeren (episodes-CSV, iWmo 305/307, capaciteit of regio); alles of niets. ' +
          'Het bestand zelf als multipart/form-data (veld file); de codering wordt uit de bytes bepaald.',
        consumes: ['multipart/form-data'],
        response: { 200: ImportReportSchema },
      },
    },
    async (request) => {
      const file = await readUpload(request, app.ctx.monitor.maxUploadBytes ?? MONITOR_UPLOAD_LIMIT);
      const report = await importMonitorUpload(app.ctx.db, request.actor, file, {
        pseudonymSecret: app.ctx.monitor.pseudonymSecret,
        clock: app.ctx.clock,
      });
      if (report.rejected > 0)
        throw new DomainError(
          'IMPORT_FILE_INVALID',
          `${report.file} is afgewezen (${report.rejected} regel(s) of bericht(en) met fouten); er is niets opgeslagen.`,
          report.errors.map((e) => ({ ...e })),
        );
      if (report.kind === 'episodes' || report.kind === 'iwmo') warmAfterImport(request.log);
      return report;
    },
  );

  app.post(
    '/monitor/imports/batch',
    {
      config: { access: { platform: 'monitor-analist' } },
      schema: {
        tags: ['monitor'],
        summary:
          'Meerdere bestanden importeren, in de volgorde die past (registers, episodes, iWmo 305 vóór 307); per bestand alles ' +
          'of niets, één rapport per bestand',
        consumes: ['multipart/form-data'],
        response: { 200: ImportBatchReportSchema },
      },
    },
    async (request) => {
      const files = await readUploads(request, { maxBytes: app.ctx.monitor.maxUploadBytes ?? MONITOR_UPLOAD_LIMIT, maxFiles: 100 });
      const reports = await importMonitorFiles(app.ctx.db, request.actor, files, {
        pseudonymSecret: app.ctx.monitor.pseudonymSecret,
        clock: app.ctx.clock,
      });
      if (reports.some((r) => r.rejected === 0 && (r.kind === 'episodes' || r.kind === 'iwmo'))) warmAfterImport(request.log);
      return { files: reports };
    },
  );

  /** After episodes changed, read them into memory now rather than at the next question. */
  function warmAfterImport(log: FastifyBaseLogger): void {
    warmEpisodeColumns(app.ctx.db, (e) => log.warn({ err: e }, 'monitorkolommen niet vooraf geladen'));
  }
  // A background load of the columns must finish before the database closes.
  app.addHook('onClose', async () => settleEpisodeColumns(app.ctx.db));
};
