import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { programmeOf } from '../policies/programme-scope';
import { cachedAnswer } from '../services/read-cache/cached-answer';
import { sendJsonBytes } from './json-bytes';
import { dutchDate } from '../../domain/shared/deadline';
import { createNode } from '../services/programme/create-node';
import { deleteNode } from '../services/programme/delete-node';
import { getNode, getNodeHistory } from '../services/programme/get-node';
import { createLink, deleteLink } from '../services/programme/link-writes';
import { moveNode } from '../services/programme/move-node';
import { renumberNodes } from '../services/programme/renumber-nodes';
import { resolveNode } from '../services/programme/resolve';
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
import { LinkParams, NodeParams, ProgrammeParams } from './params';

const tags = ['programma-elementen'];
const read = { access: { programme: 'lezer' as const } };
const write = { access: { programme: 'redacteur' as const } };

export const nodeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/programmes/:programmeId/nodes',
    {
      config: write,
      schema: {
        tags,
        summary: 'Element toevoegen aan de boom',
        params: ProgrammeParams,
        body: CreateNodeSchema,
        response: { 201: NodeDetailSchema },
      },
    },
    async (request, reply) => {
      const { parentId, position, key, ...fields } = request.body;
      const detail = await createNode(
        app.ctx.db,
        request.actor,
        { programme: programmeOf(request).id, parentId, ...(position !== undefined ? { position } : {}), ...(key ? { key } : {}), fields },
        app.ctx.clock,
      );
      return reply.status(201).send(detail);
    },
  );

  app.get(
    '/programmes/:programmeId/nodes/:nodeId',
    {
      config: read,
      schema: {
        tags,
        summary: 'Element met inspanningen, hiaatanalyse, verwijzingen en geschiedenis',
        params: NodeParams,
        response: { 200: NodeDetailSchema },
      },
    },
    async (request, reply) => {
      const programme = programmeOf(request).id;
      const { nodeId } = request.params;
      const body = await cachedAnswer(app.ctx.db, {
        revision: request.contentRevision,
        key: `node|${programme}|${nodeId}|${dutchDate(app.ctx.clock.now())}`,
        schema: NodeDetailSchema,
        compute: () => getNode(app.ctx.db, request.actor, { programme, nodeId }, app.ctx.clock),
      });
      return sendJsonBytes(reply, body);
    },
  );

  app.patch(
    '/programmes/:programmeId/nodes/:nodeId',
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
      return updateNode(
        app.ctx.db,
        request.actor,
        { programme: programmeOf(request).id, nodeId: request.params.nodeId, version, fields },
        app.ctx.clock,
      );
    },
  );

  app.delete(
    '/programmes/:programmeId/nodes/:nodeId',
    {
      config: write,
      schema: { tags, summary: 'Element met alles eronder verwijderen', params: NodeParams, querystring: VersionQuerySchema },
    },
    async (request, reply) => {
      await deleteNode(
        app.ctx.db,
        request.actor,
        { programme: programmeOf(request).id, nodeId: request.params.nodeId, version: request.query.version },
        app.ctx.clock,
      );
      return reply.status(204).send();
    },
  );

  app.post(
    '/programmes/:programmeId/nodes/:nodeId/move',
    {
      config: write,
      schema: {
        tags,
        summary: 'Element verplaatsen of herschikken',
        params: NodeParams,
        body: MoveNodeSchema,
        response: { 200: NodeDetailSchema },
      },
    },
    async (request) =>
      moveNode(
        app.ctx.db,
        request.actor,
        { programme: programmeOf(request).id, nodeId: request.params.nodeId, ...request.body },
        app.ctx.clock,
      ),
  );

  app.post(
    '/programmes/:programmeId/renumber',
    {
      config: write,
      schema: {
        tags,
        summary: 'Codes opnieuw nummeren (hele boom of onder één element)',
        params: ProgrammeParams,
        body: RenumberSchema,
        response: { 200: z.object({ changed: z.int() }) },
      },
    },
    async (request) =>
      renumberNodes(
        app.ctx.db,
        request.actor,
        {
          programme: programmeOf(request).id,
          parentId: request.body.parentId ?? null,
          ...(request.body.styles ? { styles: request.body.styles } : {}),
        },
        app.ctx.clock,
      ),
  );

  app.put(
    '/programmes/:programmeId/nodes/:nodeId/gap-analysis',
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
      const gapAnalysis =
        'gapAnalysis' in b ? null : { currentPractices: b.currentPractices, hiaat: b.hiaat, voorstel: b.voorstel, budget: b.budget };
      return saveGapAnalysis(
        app.ctx.db,
        request.actor,
        { programme: programmeOf(request).id, nodeId: request.params.nodeId, version: b.version, gapAnalysis },
        app.ctx.clock,
      );
    },
  );

  app.get(
    '/programmes/:programmeId/nodes/:nodeId/history',
    {
      config: read,
      schema: {
        tags,
        summary: 'Wijzigingsgeschiedenis van een element (uit het auditlog)',
        params: NodeParams,
        response: { 200: z.object({ items: z.array(HistoryEntrySchema) }) },
      },
    },
    async (request) => {
      const n = await resolveNode(app.ctx.db, programmeOf(request).id, request.params.nodeId);
      return { items: await getNodeHistory(app.ctx.db, n.id) };
    },
  );

  app.post(
    '/programmes/:programmeId/nodes/:nodeId/links',
    {
      config: write,
      schema: {
        tags,
        summary: 'Verwijzing naar een ander element (ook in een ander programma)',
        params: NodeParams,
        body: CreateLinkSchema,
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (request, reply) => {
      const r = await createLink(
        app.ctx.db,
        request.actor,
        { programme: programmeOf(request).id, nodeId: request.params.nodeId, ...request.body },
        app.ctx.clock,
      );
      return reply.status(201).send(r);
    },
  );

  app.delete(
    '/programmes/:programmeId/links/:linkId',
    { config: write, schema: { tags, summary: 'Verwijzing verwijderen', params: LinkParams } },
    async (request, reply) => {
      await deleteLink(app.ctx.db, request.actor, { programme: programmeOf(request).id, linkId: request.params.linkId }, app.ctx.clock);
      return reply.status(204).send();
    },
  );
};
