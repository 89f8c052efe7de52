import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { loadConfig } from '../config';
import { exportIndicator, kpiTemplate } from '../services/kpi/kpi-files';
import { getEntryForm } from '../services/kpi/get-entry-form';
import { getIndicator } from '../services/kpi/get-indicator';
import { getIndicatorDefinition } from '../services/kpi/get-indicator-definition';
import { getKpiOverview } from '../services/kpi/get-kpi-overview';
import { importKpiFile, previewKpiImport } from '../services/kpi/import-measurements';
import { saveIndicator } from '../services/kpi/save-indicator';
import { saveMeasurements } from '../services/kpi/save-measurements';
import { getZrm } from '../services/kpi/zrm';
import { importZrmFile, previewZrmImport } from '../services/kpi/import-zrm';
import { programmeOf } from '../policies/programme-scope';
import * as S from './kpi.schemas';
import { readUpload, registerUploads, type Upload } from './uploads';

const tags = ['kpi'];
const base = '/programmes/:programmeId/kpi';
/** The file itself travels as multipart/form-data (field file); the parsers read its bytes. */
const consumes = ['multipart/form-data'];
const fileNote = 'Het bestand zelf (CSV of XLSX) als multipart/form-data, veld file, hoogstens 10 MB.';

const MIME = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/** KPIs: indicators with targets, partners' figures (form and file), status, charts' data, ZRM outcomes. */
export const kpiRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  await registerUploads(app);
  const lezer = { access: { programme: 'lezer' as const } };
  const rapporteur = { access: { programme: 'rapporteur' as const } };
  const redacteur = { access: { programme: 'redacteur' as const } };

  // The access check resolved the programme (id or slug) once; services always get the id.
  app.addHook('preHandler', async (req) => {
    const params = req.params as { programmeId?: string };
    if (!params.programmeId) return;
    params.programmeId = programmeOf(req).id;
  });

  app.get(
    base,
    {
      config: lezer,
      schema: {
        tags,
        summary: "KPI's van een programma (of van één element) met status, laatste cijfer en doelen",
        params: S.ProgrammeParams,
        querystring: S.OverviewQuery,
        response: { 200: S.OverviewSchema },
      },
    },
    (req) => getKpiOverview(ctx.db, { programmeId: req.params.programmeId, nodeId: req.query.nodeId }, ctx.clock),
  );

  app.get(
    `${base}/indicators/:indicatorId`,
    {
      config: lezer,
      schema: {
        tags,
        summary: 'Eén indicator: status per doel, reeksen voor de grafieken en de tabel met de cijfers',
        params: S.IndicatorParams,
        response: { 200: S.IndicatorSchema },
      },
    },
    (req) => getIndicator(ctx.db, req.params, ctx.clock),
  );

  app.get(
    `${base}/indicators/:indicatorId/definition`,
    {
      config: lezer,
      schema: {
        tags,
        summary: 'De vastgelegde definitie van een indicator (voor het bewerkformulier), met versie',
        params: S.IndicatorParams,
        response: { 200: S.IndicatorDefinitionSchema },
      },
    },
    (req) => getIndicatorDefinition(ctx.db, req.params),
  );

  app.get(
    `${base}/indicators/:indicatorId/export`,
    {
      config: lezer,
      schema: { tags, summary: 'De cijfers achter de grafieken als CSV of XLSX', params: S.IndicatorParams, querystring: S.FormatQuery },
    },
    async (req, reply) => {
      const { body, fileName } = await exportIndicator(ctx.db, { ...req.params, format: req.query.format }, ctx.clock);
      return reply
        .header('content-type', MIME[req.query.format])
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(body);
    },
  );

  app.put(
    `${base}/indicators`,
    {
      config: redacteur,
      schema: {
        tags,
        summary: 'Een indicator aanmaken of (op code) vervangen, met doelen, elementen en leverende organisaties',
        params: S.ProgrammeParams,
        body: S.SaveIndicatorBody,
        response: { 200: S.IdSchema },
      },
    },
    async (req) => ({
      id: await saveIndicator(ctx.db, req.actor, { programmeId: req.params.programmeId, ...req.body }, ctx.clock),
    }),
  );

  app.get(
    `${base}/entry`,
    {
      config: rapporteur,
      schema: {
        tags,
        summary: 'De cijfers die u (uw organisatie) voor de laatste periode moet aanleveren',
        params: S.ProgrammeParams,
        querystring: S.EntryQuery,
        response: { 200: S.EntryFormSchema },
      },
    },
    (req) => getEntryForm(ctx.db, req.actor, { programmeId: req.params.programmeId, organisationId: req.query.organisationId }, ctx.clock),
  );

  app.put(
    `${base}/measurements`,
    {
      config: rapporteur,
      schema: {
        tags,
        summary: 'Cijfers opslaan (alles of niets; alleen voor uw eigen organisatie)',
        params: S.ProgrammeParams,
        body: S.SaveMeasurementsBody,
        response: { 200: S.SaveResultSchema },
      },
    },
    (req) => saveMeasurements(ctx.db, req.actor, { programmeId: req.params.programmeId, entries: req.body.entries }, ctx.clock),
  );

  app.get(
    `${base}/template`,
    {
      config: rapporteur,
      schema: {
        tags,
        summary: 'Sjabloon voor de import, met de indicatorcodes en uw eenheden',
        params: S.ProgrammeParams,
        querystring: S.FormatQuery,
      },
    },
    async (req, reply) => {
      const body = await kpiTemplate(ctx.db, req.actor, { programmeId: req.params.programmeId, format: req.query.format }, ctx.clock);
      return reply
        .header('content-type', MIME[req.query.format])
        .header('content-disposition', `attachment; filename="kpi-sjabloon.${req.query.format}"`)
        .send(body);
    },
  );

  app.post(
    `${base}/import/preview`,
    {
      config: rapporteur,
      schema: {
        tags,
        summary: 'Een CSV- of XLSX-bestand met cijfers controleren (schrijft niets)',
        params: S.ProgrammeParams,
        description: fileNote,
        consumes,
        response: { 200: S.ImportPreviewSchema },
      },
    },
    async (req) =>
      previewKpiImport(ctx.db, req.actor, { programmeId: req.params.programmeId, file: (await readUpload(req)).bytes }, ctx.clock),
  );

  app.post(
    `${base}/import`,
    {
      config: rapporteur,
      schema: {
        tags,
        summary: 'Cijfers importeren: alles of niets, bestaande cijfers (indicator, periode, eenheid) worden bijgewerkt',
        params: S.ProgrammeParams,
        description: fileNote,
        consumes,
        response: { 201: S.ImportResultSchema },
      },
    },
    async (req, reply) => {
      const upload = await readUpload(req);
      const options = { programmeId: req.params.programmeId, file: upload.bytes, fileName: upload.fileName };
      return reply.status(201).send(await importKpiFile(ctx.db, req.actor, options, ctx.clock));
    },
  );

  app.get(
    `${base}/zrm`,
    {
      config: lezer,
      schema: {
        tags,
        summary: 'ZRM: % verbeterd, gelijk en verslechterd per domein, per aanbieder en totaal (afgeschermd)',
        params: S.ProgrammeParams,
        response: { 200: S.ZrmSchema },
      },
    },
    (req) => getZrm(ctx.db, { programmeId: req.params.programmeId, threshold: loadConfig().monitor.threshold }),
  );

  const zrmOpts = (programmeId: string, upload: Upload) => ({
    programmeId,
    file: upload.bytes,
    pseudonymSecret: loadConfig().monitor.pseudonymSecret,
    fileName: upload.fileName,
  });

  app.post(
    `${base}/zrm/import/preview`,
    {
      config: rapporteur,
      schema: {
        tags,
        summary: 'Een CSV- of XLSX-bestand met ZRM-metingen controleren (schrijft niets; een BSN wordt gepseudonimiseerd of geweigerd)',
        params: S.ProgrammeParams,
        description: fileNote,
        consumes,
        response: { 200: S.ZrmImportPreviewSchema },
      },
    },
    async (req) => previewZrmImport(ctx.db, req.actor, zrmOpts(req.params.programmeId, await readUpload(req))),
  );

  app.post(
    `${base}/zrm/import`,
    {
      config: rapporteur,
      schema: {
        tags,
        summary: 'ZRM-metingen importeren: alles of niets, alleen voor de eigen aanbieder; er wordt geen cliëntidentiteit opgeslagen',
        params: S.ProgrammeParams,
        description: fileNote,
        consumes,
        response: { 201: S.ZrmImportResultSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await importZrmFile(ctx.db, req.actor, zrmOpts(req.params.programmeId, await readUpload(req)), ctx.clock)),
  );
};
