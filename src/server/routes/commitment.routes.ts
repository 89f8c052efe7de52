import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getOrganisationCommitments } from '../services/organisation/get-commitments';

const status = z.enum(['groen', 'oranje', 'rood', 'niet-gestart', 'afgerond', 'vervallen']);
const milestoneState = z.enum(['gehaald', 'te-laat-gehaald', 'te-laat', 'open', 'zonder-termijn']);
const ref = z.object({ id: z.uuid(), name: z.string() });

export const CommitmentsSchema = z
  .object({
    organisation: z.object({ id: z.uuid(), name: z.string(), kind: z.string() }),
    groups: z.array(ref),
    members: z.array(ref),
    today: z.string(),
    programmes: z.array(
      z.object({
        programmeId: z.uuid(),
        slug: z.string(),
        title: z.string(),
        nodes: z.array(
          z.object({
            nodeId: z.uuid(),
            code: z.string().nullable(),
            title: z.string(),
            path: z.array(z.string()),
            level: z.number(),
            levelLabel: z.string(),
            status: status.nullable(),
            percent: z.number().nullable(),
            statusIsDemo: z.boolean(),
            reasons: z.array(
              z.object({
                kind: z.enum(['inspanning', 'eigenaar', 'trekker', 'gemeente']),
                via: z.string().nullable(),
                text: z.string().nullable(),
              }),
            ),
            milestones: z.array(
              z.object({ id: z.uuid(), title: z.string(), dueLabel: z.string(), state: milestoneState, isDemo: z.boolean() }),
            ),
            duties: z.array(
              z.object({
                periodId: z.uuid(),
                periodLabel: z.string(),
                dueDate: z.string(),
                state: z.enum(['ingediend', 'open', 'te-laat']),
                daysOverdue: z.number(),
              }),
            ),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'OrganisationCommitments' });

/** "Waar zet mijn organisatie zich in?": commitments of one organisation across the programmes the caller may read. */
export const commitmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/organisations/:organisationId/commitments',
    {
      config: { access: 'user' },
      schema: {
        tags: ['organisaties'],
        summary: 'Waar de organisatie zich inzet (ook via een groep waar zij lid van is), met mijlpalen en verschuldigde updates',
        params: z.object({ organisationId: z.uuid() }),
        querystring: z.object({ programme: z.string().min(1).max(200).optional().describe('alleen dit programma (id of slug)') }),
        response: { 200: CommitmentsSchema },
      },
    },
    async (request) =>
      getOrganisationCommitments(app.ctx.db, request.actor, request.params.organisationId, app.ctx.clock, request.query.programme),
  );
};
