import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { programmeOf } from '../policies/programme-scope';
import { boardMeetingPeriods, quarterPeriods } from '../../domain/progress';
import { createPeriods } from '../services/progress/create-periods';
import { dismissCheck } from '../services/progress/dismiss-check';
import { getDashboard } from '../services/progress/get-dashboard';
import { cachedAnswer } from '../services/read-cache/cached-answer';
import { sendJsonBytes } from './json-bytes';
import { dutchDate } from '../../domain/shared/deadline';
import { getNodeHistory } from '../services/progress/get-node-history';
import { getQuarterPlan, getTimeline } from '../services/progress/get-planning';
import { getProgress } from '../services/progress/get-progress';
import { getTerugblik } from '../services/progress/get-terugblik';
import { listMyUpdates } from '../services/progress/list-my-updates';
import { listReportingPeriods } from '../services/progress/list-periods';
import { lockPeriod } from '../services/progress/lock-period';
import { correctUpdate, withdrawUpdate } from '../services/progress/correct-update';
import { postUpdate } from '../services/progress/post-update';
import { setLifecycle } from '../services/progress/set-lifecycle';
import { deleteMilestone, saveMilestone } from '../services/progress/save-milestone';
import { setOverride, withdrawOverride } from '../services/progress/set-override';
import { setRollUpRule } from '../services/progress/set-rollup-rule';
import * as S from './progress.schemas';

const tags = ['voortgang'];
const base = '/programmes/:programmeId/progress';

/** Planning and progress: updates, roll-up with override, reporting periods and lock, dashboards. */
export const progressRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  const lezer = { access: { programme: 'lezer' as const } };
  const beheerder = { access: { programme: 'beheerder' as const } };

  app.get(
    base,
    {
      config: lezer,
      schema: {
        tags,
        summary: 'Stand van elk element met uitleg van de roll-up (nu of per vergrendelde periode)',
        params: S.ProgrammeParams,
        querystring: S.PeriodQuery,
        response: { 200: S.ProgressViewSchema },
      },
    },
    (req) => getProgress(ctx.db, req.actor, { programmeId: programmeOf(req).id, periodId: req.query.periodId }, ctx.clock),
  );

  app.get(
    `${base}/dashboard`,
    {
      config: lezer,
      schema: {
        tags,
        summary: 'Stoplichtdashboard',
        params: S.ProgrammeParams,
        querystring: S.PeriodQuery,
        response: { 200: S.DashboardSchema },
      },
    },
    async (req, reply) => {
      const programmeId = programmeOf(req).id;
      const { periodId } = req.query;
      const body = await cachedAnswer(ctx.db, {
        revision: req.contentRevision,
        key: `dashboard|${programmeId}|${periodId ?? ''}|${dutchDate(ctx.clock.now())}`,
        schema: S.DashboardSchema,
        compute: () => getDashboard(ctx.db, req.actor, { programmeId, periodId }, ctx.clock),
      });
      return sendJsonBytes(reply, body);
    },
  );

  app.get(
    `${base}/my-updates`,
    {
      config: lezer,
      schema: {
        tags,
        summary: 'Mijn updates: wat moet en wat is te laat',
        params: S.ProgrammeParams,
        querystring: S.MyUpdatesQuery,
        response: { 200: S.MyUpdatesSchema },
      },
    },
    (req) => listMyUpdates(ctx.db, req.actor, { programmeId: programmeOf(req).id, ownerId: req.query.ownerId }, ctx.clock),
  );

  app.get(
    `${base}/planning`,
    {
      config: lezer,
      schema: {
        tags,
        summary: 'Kwartaalplanning van mijlpalen',
        params: S.ProgrammeParams,
        querystring: S.PlanningQuery,
        response: { 200: S.PlanningSchema },
      },
    },
    (req) =>
      getQuarterPlan(ctx.db, req.actor, { programmeId: programmeOf(req).id, year: req.query.year, level: req.query.level }, ctx.clock),
  );

  app.get(
    `${base}/timeline`,
    {
      config: lezer,
      schema: { tags, summary: 'Tijdlijn van elementen en mijlpalen', params: S.ProgrammeParams, response: { 200: S.TimelineSchema } },
    },
    (req) => getTimeline(ctx.db, req.actor, { programmeId: programmeOf(req).id }, ctx.clock),
  );

  app.get(
    `${base}/terugblik`,
    {
      config: lezer,
      schema: {
        tags,
        summary: 'Terugblik: resultaten en aandachtspunten sinds de vorige periode',
        params: S.ProgrammeParams,
        querystring: S.PeriodQuery,
        response: { 200: S.TerugblikSchema },
      },
    },
    (req) => getTerugblik(ctx.db, req.actor, { programmeId: programmeOf(req).id, periodId: req.query.periodId }, ctx.clock),
  );

  app.get(
    `${base}/nodes/:nodeId`,
    {
      config: lezer,
      schema: {
        tags,
        summary: 'Geschiedenis van updates, overschrijvingen en mijlpalen van een element',
        params: S.NodeParams,
        response: { 200: S.NodeHistorySchema },
      },
    },
    (req) => getNodeHistory(ctx.db, req.actor, { ...req.params, programmeId: programmeOf(req).id }, ctx.clock),
  );

  app.post(
    `${base}/nodes/:nodeId/updates`,
    {
      config: { access: { programme: 'rapporteur' } },
      schema: {
        tags,
        summary: 'Een voortgangsupdate plaatsen',
        params: S.NodeParams,
        body: S.PostUpdateBody,
        response: { 201: S.IdSchema },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send({ id: await postUpdate(ctx.db, req.actor, { ...req.params, programmeId: programmeOf(req).id, ...req.body }, ctx.clock) }),
  );

  app.post(
    `${base}/updates/:updateId/correction`,
    {
      config: { access: { programme: 'rapporteur' } },
      schema: {
        tags,
        summary: 'Een verkeerd ingevoerde update corrigeren (de eerdere blijft in de geschiedenis)',
        params: S.UpdateParams,
        body: S.CorrectUpdateBody,
        response: { 201: S.IdSchema },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send({ id: await correctUpdate(ctx.db, req.actor, { ...req.params, programmeId: programmeOf(req).id, ...req.body }, ctx.clock) }),
  );

  app.post(
    `${base}/updates/:updateId/withdraw`,
    {
      config: { access: { programme: 'rapporteur' } },
      schema: {
        tags,
        summary: 'Een verkeerd ingevoerde update intrekken, met reden',
        params: S.UpdateParams,
        body: S.WithdrawUpdateBody,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await withdrawUpdate(ctx.db, req.actor, { ...req.params, programmeId: programmeOf(req).id, ...req.body }, ctx.clock);
      return reply.status(204).send(null);
    },
  );

  app.post(
    `${base}/nodes/:nodeId/lifecycle`,
    {
      config: { access: { programme: 'redacteur' } },
      schema: {
        tags,
        summary: 'De levensfase van een element vastleggen (gepauzeerd, gestopt, …)',
        params: S.NodeParams,
        body: S.LifecycleBody,
        response: { 201: S.IdSchema },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send({ id: await setLifecycle(ctx.db, req.actor, { ...req.params, programmeId: programmeOf(req).id, ...req.body }, ctx.clock) }),
  );

  app.post(
    `${base}/nodes/:nodeId/checks/dismissals`,
    {
      config: beheerder,
      schema: {
        tags,
        summary: "Een signaal 'controleren' negeren, met een notitie (de status blijft zoals hij is)",
        params: S.NodeParams,
        body: S.DismissCheckBody,
        response: { 201: S.IdSchema },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send({ id: await dismissCheck(ctx.db, req.actor, { ...req.params, programmeId: programmeOf(req).id, ...req.body }, ctx.clock) }),
  );

  app.put(
    `${base}/nodes/:nodeId/override`,
    {
      config: beheerder,
      schema: {
        tags,
        summary: 'De afgeleide stand overschrijven, met reden',
        params: S.NodeParams,
        body: S.OverrideBody,
        response: { 200: S.IdSchema },
      },
    },
    async (req) => ({
      id: await setOverride(ctx.db, req.actor, { ...req.params, programmeId: programmeOf(req).id, ...req.body }, ctx.clock),
    }),
  );

  app.delete(
    `${base}/nodes/:nodeId/override`,
    {
      config: beheerder,
      schema: {
        tags,
        summary: 'Een overschrijving intrekken',
        params: S.NodeParams,
        body: S.WithdrawOverrideBody,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await withdrawOverride(ctx.db, req.actor, { ...req.params, programmeId: programmeOf(req).id, ...req.body }, ctx.clock);
      return reply.status(204).send(null);
    },
  );

  app.put(
    `${base}/rule`,
    {
      config: beheerder,
      schema: {
        tags,
        summary: 'De roll-upregel en gewichten kiezen',
        params: S.ProgrammeParams,
        body: S.RuleBody,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await setRollUpRule(
        ctx.db,
        req.actor,
        { programmeId: programmeOf(req).id, rule: req.body.rule, weights: req.body.weights },
        ctx.clock,
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    `${base}/periods`,
    { config: lezer, schema: { tags, summary: 'Rapportageperiodes', params: S.ProgrammeParams, response: { 200: S.PeriodListSchema } } },
    async (req) => ({
      items: await listReportingPeriods(ctx.db, req.actor, { programmeId: programmeOf(req).id }, ctx.clock),
    }),
  );

  app.post(
    `${base}/periods`,
    {
      config: beheerder,
      schema: {
        tags,
        summary: 'Rapportageperiodes toevoegen (los, per kwartaal of per bestuurlijk overleg)',
        params: S.ProgrammeParams,
        body: S.CreatePeriodsBody,
        response: { 201: z.object({ ids: z.array(z.uuid()) }) },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const periods =
        'periods' in b
          ? b.periods
          : 'quarters' in b
            ? quarterPeriods(b.quarters.year, b.quarters.dueDaysAfterEnd).map((p) => ({ ...p, bodyId: b.quarters.bodyId ?? null }))
            : boardMeetingPeriods(
                b.boardMeetings.dates,
                b.boardMeetings.firstStart,
                b.boardMeetings.dueDaysBefore,
                b.boardMeetings.labelPrefix,
              ).map((p) => ({
                ...p,
                bodyId: b.boardMeetings.bodyId ?? null,
              }));
      return reply
        .status(201)
        .send({ ids: await createPeriods(ctx.db, req.actor, { programmeId: programmeOf(req).id, periods }, ctx.clock) });
    },
  );

  app.post(
    `${base}/periods/:periodId/lock`,
    {
      config: beheerder,
      schema: {
        tags,
        summary: 'Een periode vergrendelen: de stand wordt bevroren',
        params: S.PeriodParams,
        response: { 200: z.object({ nodes: z.number() }) },
      },
    },
    (req) => lockPeriod(ctx.db, req.actor, { ...req.params, programmeId: programmeOf(req).id }, ctx.clock),
  );

  app.post(
    `${base}/milestones`,
    {
      config: { access: { programme: 'redacteur' } },
      schema: { tags, summary: 'Een mijlpaal toevoegen', params: S.ProgrammeParams, body: S.MilestoneBody, response: { 201: S.IdSchema } },
    },
    async (req, reply) =>
      reply.status(201).send({ id: await saveMilestone(ctx.db, req.actor, { programmeId: programmeOf(req).id, ...req.body }, ctx.clock) }),
  );

  app.put(
    `${base}/milestones/:milestoneId`,
    {
      config: { access: { programme: 'redacteur' } },
      schema: {
        tags,
        summary: 'Een mijlpaal wijzigen of afvinken',
        params: S.MilestoneParams,
        body: S.MilestoneBody,
        response: { 200: S.IdSchema },
      },
    },
    async (req) => ({
      id: await saveMilestone(ctx.db, req.actor, { ...req.params, programmeId: programmeOf(req).id, ...req.body }, ctx.clock),
    }),
  );

  app.delete(
    `${base}/milestones/:milestoneId`,
    {
      config: { access: { programme: 'redacteur' } },
      schema: {
        tags,
        summary: 'Een verkeerd ingevoerde mijlpaal verwijderen (met reden, in het auditlog)',
        params: S.MilestoneParams,
        body: S.DeleteMilestoneBody,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await deleteMilestone(ctx.db, req.actor, { ...req.params, programmeId: programmeOf(req).id, ...req.body }, ctx.clock);
      return reply.status(204).send(null);
    },
  );
};
