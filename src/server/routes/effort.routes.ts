import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { programmeOf } from '../policies/programme-scope';
import { dinWorkbook } from '../../exports/din-xlsx';
import { getDinMatrix } from '../services/programme/din-matrix';
import { createEffort, deleteEffort, listEfforts, updateEffort } from '../services/programme/effort-writes';
import { CreateEffortSchema, EffortSchema, UpdateEffortSchema, VersionQuerySchema } from './node.schemas';
import { DinMatrixSchema } from './programme.schemas';
import { EffortParams, ProgrammeParams } from './params';

const DinQuery = z.object({
  partner: z.string().optional().describe("één partner: 'org:<uuid>' of 'group:<naam>'"),
  organisation: z.uuid().optional().describe('één organisatie met de groepen waar zij lid van is (waar zet zij zich in)'),
});
const dinOptions = (q: z.infer<typeof DinQuery>) => ({
  ...(q.partner ? { partnerKey: q.partner } : {}),
  ...(q.organisation ? { organisationId: q.organisation } : {}),
});
const tags = ['inspanningen'];
const read = { access: { programme: 'lezer' as const } };
const write = { access: { programme: 'redacteur' as const } };

export const effortRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/programmes/:programmeId/efforts',
    {
      config: read,
      schema: {
        tags,
        summary: 'Alle inspanningen van een programma',
        params: ProgrammeParams,
        response: { 200: z.object({ items: z.array(EffortSchema) }) },
      },
    },
    async (request) => ({ items: await listEfforts(app.ctx.db, request.actor, { programme: programmeOf(request).id }) }),
  );

  app.post(
    '/programmes/:programmeId/efforts',
    {
      config: write,
      schema: {
        tags,
        summary: 'Inspanning van een partner voor één of meer doelen',
        params: ProgrammeParams,
        body: CreateEffortSchema,
        response: { 201: EffortSchema },
      },
    },
    async (request, reply) => {
      const { key, ...fields } = request.body;
      const e = await createEffort(
        app.ctx.db,
        request.actor,
        { programme: programmeOf(request).id, ...(key ? { key } : {}), fields },
        app.ctx.clock,
      );
      return reply.status(201).send(e);
    },
  );

  app.patch(
    '/programmes/:programmeId/efforts/:effortId',
    {
      config: write,
      schema: {
        tags,
        summary: 'Inspanning wijzigen (verouderde versie → 409)',
        params: EffortParams,
        body: UpdateEffortSchema,
        response: { 200: EffortSchema },
      },
    },
    async (request) => {
      const { version, ...fields } = request.body;
      return updateEffort(
        app.ctx.db,
        request.actor,
        { programme: programmeOf(request).id, effortId: request.params.effortId, version, fields },
        app.ctx.clock,
      );
    },
  );

  app.delete(
    '/programmes/:programmeId/efforts/:effortId',
    { config: write, schema: { tags, summary: 'Inspanning verwijderen', params: EffortParams, querystring: VersionQuerySchema } },
    async (request, reply) => {
      await deleteEffort(
        app.ctx.db,
        request.actor,
        { programme: programmeOf(request).id, effortId: request.params.effortId, version: request.query.version },
        app.ctx.clock,
      );
      return reply.status(204).send();
    },
  );

  app.get(
    '/programmes/:programmeId/din',
    {
      config: read,
      schema: {
        tags,
        summary: 'DIN-matrix: doelen × partners, inspanningen in de cellen',
        params: ProgrammeParams,
        querystring: DinQuery,
        response: { 200: DinMatrixSchema },
      },
    },
    async (request) => getDinMatrix(app.ctx.db, request.actor, { programme: programmeOf(request).id, ...dinOptions(request.query) }),
  );

  app.get(
    '/programmes/:programmeId/din.xlsx',
    { config: read, schema: { tags, summary: 'DIN-matrix als Excel-bestand (XLSX)', params: ProgrammeParams, querystring: DinQuery } },
    async (request, reply) => {
      const m = await getDinMatrix(app.ctx.db, request.actor, { programme: programmeOf(request).id, ...dinOptions(request.query) });
      const file = await dinWorkbook(m);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="din-${m.programme.slug}.xlsx"`)
        .send(file);
    },
  );
};
