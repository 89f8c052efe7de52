import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createNode } from '../services/programme/create-node';
import { deleteNode } from '../services/programme/delete-node';
import { getNode, getNodeHistory } from '../services/programme/get-node';
import { createLink, deleteLink } from '../services/programme/link-writes';
import { moveNode } from '../services/programme/move-node';
import { renumberNodes } from '../services/programme/renumber-nodes';
import { resolveNode, resolveProgramme } from '../services/programme/resolve';
import { saveGapAnalysis } from '../services/programme/save-gap-analysis';
import { updateNode } from '../services/programme/update-node';
import {
  CreateLinkSchema,
  CreateNodeSchema,
  HistoryEntrySchema,
  MoveNodeSchema,
  NodeDetailSchema,
  RenumberSchema,
  SaveGapAnalysisSchema,
  UpdateNodeSchema,
  VersionQuerySchema,
} from './node.schemas';

const ProgrammeParams = z.object({ programme: z.string().describe('id of slug van het programma') });
const NodeParams = ProgrammeParams.extend({ node: z.string().describe('id van het element') });
const tags = ['programma-elementen'];
const read = { access: { programme: 'lezer' as const } };
const write = { access: { programme: 'redacteur' as const } };

export const nodeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/programmes/:programme/nodes',
    { config: write, schema: { tags, summary: 'Element toevoegen aan de boom', params: ProgrammeParams, body: CreateNodeSchema, response: { 201: NodeDetailSchema } } },
    async (request, reply) => {
      const { parentId, position, key, ...fields } = request.body;
      const detail = await createNode(
        app.ctx.db,
        request.actor,
        { programme: request.params.programme, parentId, ...(position !== undefined ? { position } : {}), ...(key ? { key } : {}), fields },
        app.ctx.clock,
      );
      return reply.status(201).send(detail);
    },
  );

  app.get(
    '/programmes/:programme/nodes/:node',
    { config: read, schema: { tags, summary: 'Element met inspanningen, hiaatanalyse, verwijzingen en geschiedenis', params: NodeParams, response: { 200: NodeDetailSchema } } },
    async (request) => getNode(app.ctx.db, request.actor, { programme: request.params.programme, nodeId: request.params.node }, app.ctx.clock),
  );

  app.patch(
    '/programmes/:programme/nodes/:node',
    {
      config: write,
      schema: {
        tags,
        summary: 'Element wijzigen (met de versie waarop de wijziging gebaseerd is; verouderd → 409)',
        params: NodeParams,
        body: UpdateNodeSchema,
        response: { 200: NodeDetailSchema },
      },
    },
    async (request) => {
      const { version, ...fields } = request.body;
      return updateNode(app.ctx.db, request.actor, { programme: request.params.programme, nodeId: request.params.node, version, fields }, app.ctx.clock);
    },
  );

  app.delete(
    '/programmes/:programme/nodes/:node',
    { config: write, schema: { tags, summary: 'Element met alles eronder verwijderen', params: NodeParams, querystring: VersionQuerySchema } },
    async (request, reply) => {
      await deleteNode(app.ctx.db, request.actor, { programme: request.params.programme, nodeId: request.params.node, version: request.query.version }, app.ctx.clock);
      return reply.status(204).send();
    },
  );

  app.post(
    '/programmes/:programme/nodes/:node/move',
    { config: write, schema: { tags, summary: 'Element verplaatsen of herschikken', params: NodeParams, body: MoveNodeSchema, response: { 200: NodeDetailSchema } } },
    async (request) => moveNode(app.ctx.db, request.actor, { programme: request.params.programme, nodeId: request.params.node, ...request.body }, app.ctx.clock),
  );

  app.post(
    '/programmes/:programme/renumber',
    {
      config: write,
      schema: { tags, summary: 'Codes opnieuw nummeren (hele boom of onder één element)', params: ProgrammeParams, body: RenumberSchema, response: { 200: z.object({ changed: z.int() }) } },
    },
    async (request) =>
      renumberNodes(
        app.ctx.db,
        request.actor,
        { programme: request.params.programme, parentId: request.body.parentId ?? null, ...(request.body.styles ? { styles: request.body.styles } : {}) },
        app.ctx.clock,
      ),
  );

  app.put(
    '/programmes/:programme/nodes/:node/gap-analysis',
    {
      config: write,
      schema: {
        tags,
        summary: 'Hiaatanalyse van een element opslaan (gapAnalysis: null verwijdert)',
        params: NodeParams,
        body: SaveGapAnalysisSchema,
        response: { 200: NodeDetailSchema },
      },
    },
    async (request) => {
      const b = request.body;
      const gapAnalysis = 'gapAnalysis' in b ? null : { currentPractices: b.currentPractices, hiaat: b.hiaat, voorstel: b.voorstel, budget: b.budget };
      return saveGapAnalysis(app.ctx.db, request.actor, { programme: request.params.programme, nodeId: request.params.node, version: b.version, gapAnalysis }, app.ctx.clock);
    },
  );

  app.get(
    '/programmes/:programme/nodes/:node/history',
    { config: read, schema: { tags, summary: 'Wijzigingsgeschiedenis van een element (uit het auditlog)', params: NodeParams, response: { 200: z.object({ items: z.array(HistoryEntrySchema) }) } } },
    async (request) => {
      const p = await resolveProgramme(app.ctx.db, request.params.programme);
      const n = await resolveNode(app.ctx.db, p.id, request.params.node);
      return { items: await getNodeHistory(app.ctx.db, n.id) };
    },
  );

  app.post(
    '/programmes/:programme/nodes/:node/links',
    {
      config: write,
      schema: { tags, summary: 'Verwijzing naar een ander element (ook in een ander programma)', params: NodeParams, body: CreateLinkSchema, response: { 201: z.object({ id: z.uuid() }) } },
    },
    async (request, reply) => {
      const r = await createLink(app.ctx.db, request.actor, { programme: request.params.programme, nodeId: request.params.node, ...request.body }, app.ctx.clock);
      return reply.status(201).send(r);
    },
  );

  app.delete(
    '/programmes/:programme/links/:link',
    { config: write, schema: { tags, summary: 'Verwijzing verwijderen', params: ProgrammeParams.extend({ link: z.string() }) } },
    async (request, reply) => {
      await deleteLink(app.ctx.db, request.actor, { programme: request.params.programme, linkId: request.params.link }, app.ctx.clock);
      return reply.status(204).send();
    },
  );
};
