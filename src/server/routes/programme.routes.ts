import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CREATE_PROGRAMME_ACCESS } from '../../domain/access/rules';
import { programmeDocumentJsonSchema } from '../../domain/programme/document';
import { createProgramme } from '../services/programme/create-programme';
import { exportProgramme } from '../services/programme/export-programme';
import { getProgramme } from '../services/programme/get-programme';
import { getTree } from '../services/programme/get-tree';
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

const Params = z.object({ programme: z.string().describe('id of slug van het programma') });
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
    { config: { access: CREATE_PROGRAMME_ACCESS }, schema: { tags, summary: 'Nieuw programma met eigen namen voor de niveaus', body: CreateProgrammeSchema, response: { 201: ProgrammeDetailSchema } } },
    async (request, reply) => {
      const id = await createProgramme(app.ctx.db, request.actor, request.body, app.ctx.clock);
      return reply.status(201).send(await getProgramme(app.ctx.db, request.actor, { programme: id }));
    },
  );

  app.get(
    '/programmes/:programme',
    { config: { access: { programme: 'lezer' } }, schema: { tags, summary: 'Programma met regio, eigenaar en partners', params: Params, response: { 200: ProgrammeDetailSchema } } },
    async (request) => getProgramme(app.ctx.db, request.actor, { programme: request.params.programme }),
  );

  app.patch(
    '/programmes/:programme',
    {
      config: { access: { programme: 'beheerder' } },
      schema: { tags, summary: 'Programma wijzigen (verouderde versie → 409)', params: Params, body: UpdateProgrammeSchema, response: { 200: ProgrammeDetailSchema } },
    },
    async (request) => {
      const { version, ...fields } = request.body;
      return updateProgramme(app.ctx.db, request.actor, { programme: request.params.programme, version, fields }, app.ctx.clock);
    },
  );

  app.delete(
    '/programmes/:programme',
    { config: { access: { programme: 'beheerder' } }, schema: { tags, summary: 'Programma verwijderen', params: Params, querystring: VersionQuerySchema } },
    async (request, reply) => {
      await deleteProgramme(app.ctx.db, request.actor, { programme: request.params.programme, version: request.query.version }, app.ctx.clock);
      return reply.status(204).send();
    },
  );

  app.get(
    '/programmes/:programme/tree',
    {
      config: { access: { programme: 'lezer' } },
      schema: {
        tags,
        summary: 'De doelenboom: genest (children) of plat (parentId + position, in leesvolgorde)',
        params: Params,
        querystring: z.object({ shape: z.enum(['nested', 'flat']).default('nested') }),
        response: { 200: TreeSchema },
      },
    },
    async (request) => getTree(app.ctx.db, request.actor, { programme: request.params.programme, shape: request.query.shape }, app.ctx.clock),
  );

  app.get(
    '/programmes/:programme/document',
    {
      config: { access: { programme: 'lezer' } },
      schema: { tags: ['uitwisseling'], summary: 'Programma exporteren als programmadocument (JSON)', params: Params },
    },
    async (request, reply) => {
      const doc = await exportProgramme(app.ctx.db, request.actor, { programme: request.params.programme });
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
      const r = await importProgramme(app.ctx.db, request.actor, { document, ...(slug ? { slug } : {}), ...(title ? { title } : {}) }, app.ctx.clock);
      return reply.status(201).send(r);
    },
  );

  app.get(
    '/schemas/programme-document.json',
    { config: { access: 'public' }, schema: { tags: ['uitwisseling'], summary: 'JSON Schema van het programmadocument' } },
    async (_request, reply) => reply.header('content-type', 'application/schema+json; charset=utf-8').send(JSON.stringify(programmeDocumentJsonSchema(), null, 2)),
  );
};
