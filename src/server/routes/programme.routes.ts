import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CREATE_PROGRAMME_ACCESS } from '../../domain/access/rules';
import { programmeOf } from '../policies/programme-scope';
import { programmeDocumentJsonSchema } from '../../domain/programme/document';
import { createProgramme } from '../services/programme/create-programme';
import { exportProgramme } from '../services/programme/export-programme';
import { getProgramme } from '../services/programme/get-programme';
import { getTree } from '../services/programme/get-tree';
import { cachedAnswer } from '../services/read-cache/cached-answer';
import { sendJsonBytes } from './json-bytes';
import { dutchDate } from '../../domain/shared/deadline';
import { importProgramme } from '../services/programme/import-programme';
import { listProgrammes } from '../services/programme/list-programmes';
import { deleteProgramme, updateProgramme } from '../services/programme/update-programme';
import { VersionQuerySchema } from './node.schemas';
import {
  CreateProgrammeSchema,
  ImportProgrammeSchema,
  ImportResultSchema,
  ProgrammeDetailSchema,
  ProgrammeListSchema,
  TreeSchema,
  UpdateProgrammeSchema,
} from './programme.schemas';
import { ProgrammeParams } from './params';

const tags = ['programma'];

export const programmeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/programmes',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Alle programma’s die de gebruiker mag zien',
        response: { 200: ProgrammeListSchema },
      },
    },
    async (request) => ({ items: await listProgrammes(app.ctx.db, request.actor) }),
  );

  app.post(
    '/programmes',
    {
      config: { access: CREATE_PROGRAMME_ACCESS },
      schema: {
        tags,
        summary: 'Nieuw programma met eigen namen voor de niveaus',
        body: CreateProgrammeSchema,
        response: { 201: ProgrammeDetailSchema },
      },
    },
    async (request, reply) => {
      const id = await createProgramme(app.ctx.db, request.actor, request.body, app.ctx.clock);
      return reply.status(201).send(await getProgramme(app.ctx.db, request.actor, { programme: id }));
    },
  );

  app.get(
    '/programmes/:programmeId',
    {
      config: { access: { programme: 'lezer' } },
      schema: {
        tags,
        summary: 'Programma met regio, eigenaar en partners',
        params: ProgrammeParams,
        response: { 200: ProgrammeDetailSchema },
      },
    },
    async (request) => getProgramme(app.ctx.db, request.actor, { programme: programmeOf(request).id, row: programmeOf(request) }),
  );

  app.patch(
    '/programmes/:programmeId',
    {
      config: { access: { programme: 'beheerder' } },
      schema: {
        tags,
        summary: 'Programma wijzigen (verouderde versie → 409)',
        params: ProgrammeParams,
        body: UpdateProgrammeSchema,
        response: { 200: ProgrammeDetailSchema },
      },
    },
    async (request) => {
      const { version, ...fields } = request.body;
      return updateProgramme(app.ctx.db, request.actor, { programme: programmeOf(request).id, version, fields }, app.ctx.clock);
    },
  );

  app.delete(
    '/programmes/:programmeId',
    {
      config: { access: { programme: 'beheerder' } },
      schema: { tags, summary: 'Programma verwijderen', params: ProgrammeParams, querystring: VersionQuerySchema },
    },
    async (request, reply) => {
      await deleteProgramme(
        app.ctx.db,
        request.actor,
        { programme: programmeOf(request).id, version: request.query.version },
        app.ctx.clock,
      );
      return reply.status(204).send();
    },
  );

  app.get(
    '/programmes/:programmeId/tree',
    {
      config: { access: { programme: 'lezer' } },
      schema: {
        tags,
        summary: 'De doelenboom: genest (children) of plat (parentId + position, in leesvolgorde)',
        params: ProgrammeParams,
        querystring: z.object({ shape: z.enum(['nested', 'flat']).default('nested') }),
        response: { 200: TreeSchema },
      },
    },
    async (request, reply) => {
      const programme = programmeOf(request);
      const { shape } = request.query;
      const body = await cachedAnswer(app.ctx.db, {
        revision: request.contentRevision,
        // Deadline states depend on the day; the rest on the content revision (cached-answer.ts).
        key: `tree|${programme.id}|${shape}|${dutchDate(app.ctx.clock.now())}`,
        schema: TreeSchema,
        compute: () => getTree(app.ctx.db, request.actor, { programme: programme.id, row: programme, shape }, app.ctx.clock),
      });
      return sendJsonBytes(reply, body);
    },
  );

  app.get(
    '/programmes/:programmeId/document',
    {
      config: { access: { programme: 'lezer' } },
      schema: {
        tags: ['uitwisseling'],
        summary: 'Programma exporteren als programmadocument (JSON); persoonsgegevens alleen met personalData=true',
        params: ProgrammeParams,
        querystring: z.object({
          personalData: z.enum(['true', 'false']).default('false').describe('ook namen van auteurs en contactgegevens van personen'),
        }),
      },
    },
    async (request, reply) => {
      const doc = await exportProgramme(app.ctx.db, request.actor, {
        programme: programmeOf(request).id,
        personalData: request.query.personalData === 'true',
      });
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${doc.programme.slug}.json"`)
        .send(JSON.stringify(doc, null, 2));
    },
  );

  app.post(
    '/programmes/import',
    {
      config: { access: CREATE_PROGRAMME_ACCESS },
      schema: {
        tags: ['uitwisseling'],
        summary: 'Programmadocument importeren (alles of niets; met slug/titel als kopie)',
        body: ImportProgrammeSchema,
        response: { 201: ImportResultSchema },
      },
    },
    async (request, reply) => {
      const { document, slug, title } = request.body;
      const r = await importProgramme(
        app.ctx.db,
        request.actor,
        { document, ...(slug ? { slug } : {}), ...(title ? { title } : {}) },
        app.ctx.clock,
      );
      return reply.status(201).send(r);
    },
  );

  app.get(
    '/schemas/programme-document.json',
    { config: { access: 'public' }, schema: { tags: ['uitwisseling'], summary: 'JSON Schema van het programmadocument' } },
    async (_request, reply) =>
      reply.header('content-type', 'application/schema+json; charset=utf-8').send(JSON.stringify(programmeDocumentJsonSchema(), null, 2)),
  );
};
