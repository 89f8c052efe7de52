import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getService, listServiceMunicipalities, listServices, type ListServicesOptions } from '../services/social-map/list-services';
import { importSocialMap, previewSocialMapImport } from '../services/social-map/import-services';
import { createService, deleteService, updateService } from '../services/social-map/save-service';
import { exportSocialMap } from '../services/social-map/social-map-files';
import { VersionQuerySchema } from './node.schemas';
import * as S from './social-map.schemas';
import { readUpload, registerUploads } from './uploads';

const tags = ['sociale kaart'];
const base = '/social-map';
/** The file itself travels as multipart/form-data (field file); the parser reads its bytes. */
const consumes = ['multipart/form-data'];
const fileNote = 'Het bestand zelf (CSV of XLSX) als multipart/form-data, veld file, hoogstens 10 MB.';
const MIME = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/**
 * The social map (docs/social-map.md): reference data beside the programmes. Reading is public
 * (a visitor gets published services only); writing is for signed-in people, and the service checks
 * whose service it is (domain/social-map/rights.ts): the route cannot know before reading it.
 */
const read = { access: 'public' as const };
const write = { access: 'user' as const };

const filterOf = (q: z.infer<typeof S.ServiceFilterQuery>): ListServicesOptions => ({
  ...(q.gemeente ? { municipalityId: q.gemeente } : {}),
  ...(q.soort ? { kind: q.soort } : {}),
  ...(q.zonderVerwijzing ? { withoutReferral: q.zonderVerwijzing } : {}),
  ...(q.q ? { q: q.q } : {}),
});

export const socialMapRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  await registerUploads(app);

  app.get(
    `${base}/services`,
    {
      config: read,
      schema: {
        tags,
        summary: 'Voorzieningen zoeken en filteren (bezoekers: alleen gepubliceerde)',
        querystring: S.ServiceFilterQuery,
        response: { 200: S.ServiceListSchema },
      },
    },
    (req) => listServices(ctx.db, req.actor, filterOf(req.query)),
  );
  app.get(
    `${base}/municipalities`,
    {
      config: read,
      schema: { tags, summary: 'Gemeenten met het aantal voorzieningen', response: { 200: S.MunicipalityListSchema } },
    },
    async (req) => ({ items: await listServiceMunicipalities(ctx.db, req.actor) }),
  );
  app.get(
    `${base}/export`,
    {
      config: read,
      schema: { tags, summary: 'De sociale kaart als CSV of XLSX (dezelfde kolommen als de import)', querystring: S.FormatQuery },
    },
    async (req, reply) => {
      const { body, fileName } = await exportSocialMap(ctx.db, req.actor, { format: req.query.format, filter: filterOf(req.query) });
      return reply
        .header('content-type', MIME[req.query.format])
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(body);
    },
  );
  app.get(
    `${base}/services/:serviceId`,
    {
      config: read,
      schema: { tags, summary: 'Eén voorziening', params: S.ServiceParams, response: { 200: S.ServiceSchema } },
    },
    (req) => getService(ctx.db, req.actor, req.params.serviceId),
  );
  app.post(
    `${base}/services`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Voorziening toevoegen (aanbieder, eigen gemeente of platformbeheerder)',
        body: S.ServiceInputSchema,
        response: { 201: S.ServiceSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await createService(ctx.db, req.actor, req.body, ctx.clock)),
  );
  app.patch(
    `${base}/services/:serviceId`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Voorziening wijzigen (verouderde versie → 409 met de huidige inhoud)',
        params: S.ServiceParams,
        body: S.ServiceUpdateSchema,
        response: { 200: S.ServiceSchema },
      },
    },
    (req) => {
      const { version, ...fields } = req.body;
      return updateService(ctx.db, req.actor, { id: req.params.serviceId, version, fields }, ctx.clock);
    },
  );
  app.delete(
    `${base}/services/:serviceId`,
    {
      config: write,
      schema: { tags, summary: 'Voorziening verwijderen', params: S.ServiceParams, querystring: VersionQuerySchema },
    },
    async (req, reply) => {
      await deleteService(ctx.db, req.actor, { id: req.params.serviceId, version: req.query.version }, ctx.clock);
      return reply.status(204).send();
    },
  );
  app.post(
    `${base}/import/preview`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Een CSV- of XLSX-bestand controleren: per rij nieuw, bijwerken of ongewijzigd (schrijft niets)',
        description: fileNote,
        consumes,
        response: { 200: S.ImportPreviewSchema },
      },
    },
    async (req) => previewSocialMapImport(ctx.db, req.actor, { file: (await readUpload(req)).bytes }),
  );
  app.post(
    `${base}/import`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Voorzieningen importeren: alles of niets; een Dienst-id werkt de bestaande voorziening bij',
        description: fileNote,
        consumes,
        response: { 201: S.ImportResultSchema },
      },
    },
    async (req, reply) => {
      const upload = await readUpload(req);
      return reply.status(201).send(await importSocialMap(ctx.db, req.actor, { file: upload.bytes, fileName: upload.fileName }, ctx.clock));
    },
  );
};
