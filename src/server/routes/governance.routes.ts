import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dutchDate } from '../../domain/progress';
import { addDecision } from '../services/governance/add-decision';
import { addAction, setActionStatus } from '../services/governance/actions';
import { deleteAction, updateAction } from '../services/governance/edit-action';
import { deleteDecision, updateDecision } from '../services/governance/edit-decision';
import { addAgendaItem, removeAgendaItem } from '../services/governance/agenda-items';
import { closeMeeting } from '../services/governance/close-meeting';
import { createMeeting } from '../services/governance/create-meeting';
import { getBody } from '../services/governance/get-body';
import { getCalendar } from '../services/governance/get-calendar';
import { getMeeting } from '../services/governance/get-meeting';
import { listBodies } from '../services/governance/list-bodies';
import { listDecisionsAndActions } from '../services/governance/list-decisions-and-actions';
import { listPersonBodies } from '../services/governance/list-person-bodies';
import { deleteBody, saveBody } from '../services/governance/save-body';
import { addSeat, removeSeat } from '../services/governance/seats';
import { updateMeeting } from '../services/governance/update-meeting';
import { programmeOf } from '../policies/programme-scope';
import * as S from './governance.schemas';

const tags = ['overleg'];
const base = '/programmes/:programmeId';

/** Governance: bodies with seats and relations, meetings from agenda to decisions and actions, the calendar. */
export const governanceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  const lezer = { access: { programme: 'lezer' as const } };
  const redacteur = { access: { programme: 'redacteur' as const } };
  const beheerder = { access: { programme: 'beheerder' as const } };

  // The web UI names programmes by slug: resolve it once, so services always get the id.
  // The access check resolved the programme (id or slug) once; services always get the id.
  app.addHook('preHandler', async (req) => {
    const params = req.params as { programmeId?: string };
    if (!params.programmeId) return;
    params.programmeId = programmeOf(req).id;
  });

  // Bodies (overleggen) and seats: the programme's structure, kept by its beheerders.
  app.get(
    `${base}/bodies`,
    {
      config: lezer,
      schema: {
        tags,
        summary: 'Overleggen van een programma, met zetels en relaties',
        params: S.ProgrammeParams,
        response: { 200: S.BodyListSchema },
      },
    },
    (req) => listBodies(ctx.db, req.actor, req.params),
  );
  app.post(
    `${base}/bodies`,
    {
      config: beheerder,
      schema: { tags, summary: 'Een overleg toevoegen', params: S.ProgrammeParams, body: S.BodyBody, response: { 201: S.IdSchema } },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send({ id: await saveBody(ctx.db, req.actor, { programmeId: req.params.programmeId, fields: req.body }, ctx.clock) }),
  );
  app.get(
    `${base}/bodies/:bodyId`,
    {
      config: lezer,
      schema: {
        tags,
        summary: 'Een overleg: zetels, relaties, vergaderingen, rapportagecyclus, open acties',
        params: S.BodyParams,
        response: { 200: S.BodyDetailSchema },
      },
    },
    (req) => getBody(ctx.db, req.actor, req.params, ctx.clock),
  );
  app.put(
    `${base}/bodies/:bodyId`,
    {
      config: beheerder,
      schema: { tags, summary: 'Een overleg wijzigen', params: S.BodyParams, body: S.UpdateBodyBody, response: { 200: S.IdSchema } },
    },
    async (req) => {
      const { version, ...fields } = req.body;
      return {
        id: await saveBody(
          ctx.db,
          req.actor,
          { programmeId: req.params.programmeId, bodyId: req.params.bodyId, version, fields },
          ctx.clock,
        ),
      };
    },
  );
  app.delete(
    `${base}/bodies/:bodyId`,
    {
      config: beheerder,
      schema: {
        tags,
        summary: 'Een overleg verwijderen (met zijn vergaderingen)',
        params: S.BodyParams,
        querystring: S.VersionQuery,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await deleteBody(ctx.db, req.actor, { ...req.params, version: req.query.version }, ctx.clock);
      return reply.status(204).send(null);
    },
  );
  app.post(
    `${base}/bodies/:bodyId/seats`,
    {
      config: beheerder,
      schema: {
        tags,
        summary: 'Een zetel toevoegen (persoon of vacant)',
        params: S.BodyParams,
        body: S.SeatBody,
        response: { 201: S.IdSchema },
      },
    },
    async (req, reply) => reply.status(201).send({ id: await addSeat(ctx.db, req.actor, { ...req.params, seat: req.body }, ctx.clock) }),
  );
  app.delete(
    `${base}/bodies/:bodyId/seats/:seatId`,
    { config: beheerder, schema: { tags, summary: 'Een zetel verwijderen', params: S.SeatParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await removeSeat(ctx.db, req.actor, req.params, ctx.clock);
      return reply.status(204).send(null);
    },
  );

  app.get(
    `${base}/governance/calendar`,
    {
      config: lezer,
      schema: {
        tags,
        summary: 'Vergaderkalender per jaar: overleggen × maanden, met afwijkingen van de nominale frequentie',
        params: S.ProgrammeParams,
        querystring: S.CalendarQuery,
        response: { 200: S.CalendarSchema },
      },
    },
    (req) =>
      getCalendar(ctx.db, req.actor, {
        programmeId: req.params.programmeId,
        year: req.query.year ?? Number(dutchDate(ctx.clock.now()).slice(0, 4)),
      }),
  );
  app.get(
    `${base}/governance/decisions`,
    {
      config: lezer,
      schema: {
        tags,
        summary: 'Besluiten en open actiepunten (voor de rapportage)',
        params: S.ProgrammeParams,
        querystring: S.DecisionsQuery,
        response: { 200: S.DecisionsAndActionsSchema },
      },
    },
    (req) => listDecisionsAndActions(ctx.db, { programmeId: req.params.programmeId, ...req.query }, ctx.clock),
  );

  // Meetings: run by the programme's redacteuren (secretariaat) from agenda to decisions and actions.
  app.post(
    `${base}/bodies/:bodyId/meetings`,
    {
      config: redacteur,
      schema: { tags, summary: 'Een vergadering plannen', params: S.BodyParams, body: S.MeetingBody, response: { 201: S.IdSchema } },
    },
    async (req, reply) =>
      reply.status(201).send({ id: await createMeeting(ctx.db, req.actor, { ...req.params, date: req.body.date }, ctx.clock) }),
  );
  app.get(
    `${base}/meetings/:meetingId`,
    {
      config: lezer,
      schema: {
        tags,
        summary: 'Een vergadering: agenda met voortgang, besluiten, actiepunten',
        params: S.MeetingParams,
        response: { 200: S.MeetingSchema },
      },
    },
    (req) => getMeeting(ctx.db, req.actor, req.params),
  );
  app.put(
    `${base}/meetings/:meetingId`,
    {
      config: redacteur,
      schema: {
        tags,
        summary: 'Datum of verslag van een open vergadering wijzigen',
        params: S.MeetingParams,
        body: S.UpdateMeetingBody,
        response: { 200: z.object({ version: z.number().int() }) },
      },
    },
    async (req) => ({
      version: await updateMeeting(ctx.db, req.actor, { ...req.params, ...req.body }, ctx.clock),
    }),
  );
  app.post(
    `${base}/meetings/:meetingId/agenda-items`,
    {
      config: redacteur,
      schema: { tags, summary: 'Een agendapunt toevoegen', params: S.MeetingParams, body: S.AgendaItemBody, response: { 201: S.IdSchema } },
    },
    async (req, reply) => reply.status(201).send({ id: await addAgendaItem(ctx.db, req.actor, { ...req.params, ...req.body }, ctx.clock) }),
  );
  app.delete(
    `${base}/meetings/:meetingId/agenda-items/:itemId`,
    { config: redacteur, schema: { tags, summary: 'Een agendapunt verwijderen', params: S.AgendaItemParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await removeAgendaItem(ctx.db, req.actor, req.params, ctx.clock);
      return reply.status(204).send(null);
    },
  );
  app.post(
    `${base}/meetings/:meetingId/decisions`,
    {
      config: redacteur,
      schema: { tags, summary: 'Een besluit vastleggen', params: S.MeetingParams, body: S.DecisionBody, response: { 201: S.IdSchema } },
    },
    async (req, reply) => reply.status(201).send({ id: await addDecision(ctx.db, req.actor, { ...req.params, ...req.body }, ctx.clock) }),
  );
  app.post(
    `${base}/meetings/:meetingId/actions`,
    {
      config: redacteur,
      schema: { tags, summary: 'Een actiepunt afspreken', params: S.MeetingParams, body: S.ActionBody, response: { 201: S.IdSchema } },
    },
    async (req, reply) => reply.status(201).send({ id: await addAction(ctx.db, req.actor, { ...req.params, ...req.body }, ctx.clock) }),
  );
  app.put(
    `${base}/meetings/:meetingId/decisions/:decisionId`,
    {
      config: redacteur,
      schema: {
        tags,
        summary: 'Een besluit van een open vergadering corrigeren (tekst, elementen, documenten)',
        params: S.DecisionParams,
        body: S.UpdateDecisionBody,
        response: { 200: S.VersionSchema },
      },
    },
    async (req) => ({ version: await updateDecision(ctx.db, req.actor, { ...req.params, ...req.body }, ctx.clock) }),
  );
  app.delete(
    `${base}/meetings/:meetingId/decisions/:decisionId`,
    {
      config: redacteur,
      schema: {
        tags,
        summary: 'Een besluit uit een open vergadering verwijderen',
        params: S.DecisionParams,
        querystring: S.VersionQuery,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await deleteDecision(ctx.db, req.actor, { ...req.params, version: req.query.version }, ctx.clock);
      return reply.status(204).send(null);
    },
  );
  app.put(
    `${base}/meetings/:meetingId/actions/:actionId`,
    {
      config: redacteur,
      schema: {
        tags,
        summary: 'Een actiepunt corrigeren (tekst, eigenaar, termijn) in een open vergadering waarop het staat',
        params: S.ActionParams,
        body: S.UpdateActionBody,
        response: { 200: S.VersionSchema },
      },
    },
    async (req) => ({ version: await updateAction(ctx.db, req.actor, { ...req.params, ...req.body }, ctx.clock) }),
  );
  app.delete(
    `${base}/meetings/:meetingId/actions/:actionId`,
    {
      config: redacteur,
      schema: {
        tags,
        summary: 'Een actiepunt verwijderen uit de open vergadering waarin het is afgesproken',
        params: S.ActionParams,
        querystring: S.VersionQuery,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await deleteAction(ctx.db, req.actor, { ...req.params, version: req.query.version }, ctx.clock);
      return reply.status(204).send(null);
    },
  );
  app.put(
    `${base}/meetings/:meetingId/actions/:actionId/status`,
    {
      config: redacteur,
      schema: {
        tags,
        summary: 'De status van een actiepunt bijwerken in een vergadering waarop het staat',
        params: S.ActionParams,
        body: S.ActionStatusBody,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await setActionStatus(ctx.db, req.actor, { ...req.params, status: req.body.status }, ctx.clock);
      return reply.status(204).send(null);
    },
  );
  app.post(
    `${base}/meetings/:meetingId/close`,
    {
      config: redacteur,
      schema: {
        tags,
        summary: 'Een vergadering sluiten: daarna alleen nog te lezen',
        params: S.MeetingParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await closeMeeting(ctx.db, req.actor, req.params, ctx.clock);
      return reply.status(204).send(null);
    },
  );

  // The person page: the bodies a person sits in (in the programmes the caller may read).
  app.get(
    '/persons/:personId/bodies',
    {
      config: { access: 'user' },
      schema: {
        tags: ['personen'],
        summary: 'De overleggen waarin een persoon zit',
        params: S.PersonParams,
        response: { 200: S.PersonBodiesSchema },
      },
    },
    (req) => listPersonBodies(ctx.db, req.actor, { personId: req.params.personId }),
  );
};
