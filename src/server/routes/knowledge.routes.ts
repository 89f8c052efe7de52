import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { deletePractice } from '../services/knowledge/delete-practice';
import { listInitiatives } from '../services/knowledge/list-initiatives';
import { getPractice, listPractices } from '../services/knowledge/list-practices';
import { createPractice, updatePracticeFields } from '../services/knowledge/save-practice';
import {
  createInitiative,
  deleteInitiative,
  linkInitiative,
  unlinkInitiative,
  updateInitiative,
} from '../services/knowledge/save-initiative';
import { removeAdoption, setAdoption } from '../services/knowledge/set-adoption';
import { createSideList, deleteSideList, listSideLists, updateSideListFields } from '../services/knowledge/side-lists';
import { listVisibleInitiatives } from '../services/knowledge/list-visible-initiatives';
import { programmeOf } from '../policies/programme-scope';
import { VersionQuerySchema } from './node.schemas';
import { ProgrammeParams } from './params';
import * as S from './knowledge.schemas';

const base = '/programmes/:programmeId';

/**
 * Knowledge and network (docs/knowledge.md): the good-practice library (platform-wide; public when
 * published; maintained by redacteuren and beheerders, checked in the services), related initiatives
 * and lists beside the tree (per programme).
 */
export const knowledgeRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  const everyone = { access: 'public' as const };
  const signedIn = { access: 'user' as const };
  const lezer = { access: { programme: 'lezer' as const } };
  const redacteur = { access: { programme: 'redacteur' as const } };

  app.addHook('preHandler', async (req) => {
    const params = req.params as { programmeId?: string };
    if (!params.programmeId) return;
    params.programmeId = programmeOf(req).id;
  });

  const tags = ['goede praktijken'];
  app.get(
    '/practices',
    {
      config: everyone,
      schema: {
        tags,
        summary: 'Goede praktijken (bezoekers: alleen gepubliceerde), filter op tag, gemeente, overnamestatus en tekst',
        querystring: S.PracticeFilterSchema,
        response: { 200: z.object({ items: z.array(S.PracticeSchema) }) },
      },
    },
    async (req) => ({ items: await listPractices(ctx.db, req.actor, req.query) }),
  );
  app.get(
    '/practices/:practiceId',
    { config: everyone, schema: { tags, summary: 'Eén goede praktijk', params: S.PracticeParams, response: { 200: S.PracticeSchema } } },
    (req) => getPractice(ctx.db, req.actor, req.params.practiceId),
  );
  app.post(
    '/practices',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Goede praktijk toevoegen (redacteuren en beheerders)',
        body: S.PracticeInputSchema,
        response: { 201: S.PracticeSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await createPractice(ctx.db, req.actor, req.body, ctx.clock)),
  );
  app.patch(
    '/practices/:practiceId',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Goede praktijk wijzigen (verouderde versie → 409 met de huidige stand)',
        params: S.PracticeParams,
        body: S.PracticeUpdateSchema,
        response: { 200: S.PracticeSchema },
      },
    },
    (req) => {
      const { version, ...fields } = req.body;
      return updatePracticeFields(ctx.db, req.actor, { id: req.params.practiceId, version, fields }, ctx.clock);
    },
  );
  app.delete(
    '/practices/:practiceId',
    {
      config: signedIn,
      schema: { tags, summary: 'Goede praktijk verwijderen', params: S.PracticeParams, querystring: VersionQuerySchema },
    },
    async (req, reply) => {
      await deletePractice(ctx.db, req.actor, { id: req.params.practiceId, version: req.query.version }, ctx.clock);
      return reply.status(204).send();
    },
  );
  app.put(
    '/practices/:practiceId/adoptions/:organisationId',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Vastleggen of een gemeente de praktijk overneemt (status en datum)',
        params: S.AdoptionParams,
        body: S.AdoptionInputSchema,
        response: { 200: S.PracticeSchema },
      },
    },
    (req) => setAdoption(ctx.db, req.actor, { ...req.params, ...req.body }, ctx.clock),
  );
  app.delete(
    '/practices/:practiceId/adoptions/:organisationId',
    { config: signedIn, schema: { tags, summary: 'Overname door een gemeente verwijderen', params: S.AdoptionParams } },
    async (req, reply) => {
      await removeAdoption(ctx.db, req.actor, req.params, ctx.clock);
      return reply.status(204).send();
    },
  );

  const itags = ['verwante initiatieven'];
  app.get(
    '/initiatives',
    {
      config: signedIn,
      schema: {
        tags: itags,
        summary: 'Alle verwante initiatieven in programma’s die u mag lezen (om er een te koppelen)',
        response: { 200: z.object({ items: z.array(S.InitiativeSchema) }) },
      },
    },
    async (req) => ({ items: await listVisibleInitiatives(ctx.db, req.actor) }),
  );
  app.get(
    `${base}/initiatives`,
    {
      config: lezer,
      schema: {
        tags: itags,
        summary: 'Verwante initiatieven van een programma (of van één element: ?nodeId=)',
        params: ProgrammeParams,
        querystring: S.InitiativeQuerySchema,
        response: { 200: z.object({ items: z.array(S.InitiativeSchema) }) },
      },
    },
    async (req) => ({
      items: await listInitiatives(ctx.db, req.actor, {
        programmeId: req.params.programmeId,
        ...(req.query.nodeId ? { nodeId: req.query.nodeId } : {}),
      }),
    }),
  );
  app.post(
    `${base}/initiatives`,
    {
      config: redacteur,
      schema: {
        tags: itags,
        summary: 'Verwant initiatief toevoegen, gekoppeld aan dit programma of aan elementen ervan',
        params: ProgrammeParams,
        body: S.InitiativeCreateSchema,
        response: { 201: S.InitiativeSchema },
      },
    },
    async (req, reply) => {
      const { nodeIds, ...fields } = req.body;
      return reply
        .status(201)
        .send(
          await createInitiative(ctx.db, req.actor, { programmeId: req.params.programmeId, fields, nodeIds: nodeIds ?? [] }, ctx.clock),
        );
    },
  );
  app.patch(
    `${base}/initiatives/:initiativeId`,
    {
      config: redacteur,
      schema: {
        tags: itags,
        summary: 'Verwant initiatief wijzigen (één record, overal waar het gekoppeld is; verouderde versie → 409)',
        params: S.InitiativeParams,
        body: S.InitiativeUpdateSchema,
        response: { 200: S.InitiativeSchema },
      },
    },
    (req) => {
      const { version, ...fields } = req.body;
      return updateInitiative(
        ctx.db,
        req.actor,
        { programmeId: req.params.programmeId, id: req.params.initiativeId, version, fields },
        ctx.clock,
      );
    },
  );
  app.delete(
    `${base}/initiatives/:initiativeId`,
    {
      config: redacteur,
      schema: { tags: itags, summary: 'Verwant initiatief verwijderen', params: S.InitiativeParams, querystring: VersionQuerySchema },
    },
    async (req, reply) => {
      await deleteInitiative(
        ctx.db,
        req.actor,
        { programmeId: req.params.programmeId, id: req.params.initiativeId, version: req.query.version },
        ctx.clock,
      );
      return reply.status(204).send();
    },
  );
  app.post(
    `${base}/initiatives/:initiativeId/links`,
    {
      config: redacteur,
      schema: {
        tags: itags,
        summary: 'Initiatief (ook uit een ander programma) koppelen aan dit programma of een element',
        params: S.InitiativeParams,
        body: S.InitiativeLinkInputSchema,
        response: { 201: S.InitiativeSchema },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await linkInitiative(
            ctx.db,
            req.actor,
            { programmeId: req.params.programmeId, initiativeId: req.params.initiativeId, nodeId: req.body.nodeId },
            ctx.clock,
          ),
        ),
  );
  app.delete(
    `${base}/initiative-links/:linkId`,
    { config: redacteur, schema: { tags: itags, summary: 'Koppeling van een initiatief verwijderen', params: S.InitiativeLinkParams } },
    async (req, reply) => {
      await unlinkInitiative(ctx.db, req.actor, { programmeId: req.params.programmeId, linkId: req.params.linkId }, ctx.clock);
      return reply.status(204).send();
    },
  );

  const ltags = ['lijsten'];
  app.get(
    `${base}/lists`,
    {
      config: lezer,
      schema: {
        tags: ltags,
        summary: 'Lijsten naast de boom (richtingen, opgaven, uitgangspunten) van het programma en zijn elementen',
        params: ProgrammeParams,
        querystring: S.SideListQuerySchema,
        response: { 200: z.object({ items: z.array(S.SideListSchema) }) },
      },
    },
    async (req) => {
      const n = req.query.nodeId;
      return {
        items: await listSideLists(ctx.db, {
          programmeId: req.params.programmeId,
          ...(n === undefined ? {} : { nodeId: n === 'programma' ? null : n }),
        }),
      };
    },
  );
  app.post(
    `${base}/lists`,
    {
      config: redacteur,
      schema: {
        tags: ltags,
        summary: 'Lijst toevoegen aan het programma (nodeId null) of aan een element',
        params: ProgrammeParams,
        body: S.SideListCreateSchema,
        response: { 201: S.SideListSchema },
      },
    },
    async (req, reply) => {
      const { nodeId, ...fields } = req.body;
      return reply
        .status(201)
        .send(await createSideList(ctx.db, req.actor, { programmeId: req.params.programmeId, nodeId, fields }, ctx.clock));
    },
  );
  app.put(
    `${base}/lists/:listId`,
    {
      config: redacteur,
      schema: {
        tags: ltags,
        summary: 'Lijst met al zijn punten vervangen (verouderde versie → 409)',
        params: S.SideListParams,
        body: S.SideListUpdateSchema,
        response: { 200: S.SideListSchema },
      },
    },
    (req) => {
      const { version, ...fields } = req.body;
      return updateSideListFields(
        ctx.db,
        req.actor,
        { programmeId: req.params.programmeId, id: req.params.listId, version, fields },
        ctx.clock,
      );
    },
  );
  app.delete(
    `${base}/lists/:listId`,
    { config: redacteur, schema: { tags: ltags, summary: 'Lijst verwijderen', params: S.SideListParams, querystring: VersionQuerySchema } },
    async (req, reply) => {
      await deleteSideList(
        ctx.db,
        req.actor,
        { programmeId: req.params.programmeId, id: req.params.listId, version: req.query.version },
        ctx.clock,
      );
      return reply.status(204).send();
    },
  );
};
