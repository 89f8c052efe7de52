import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CommitmentsSchema } from '../../domain/progress/responses';
import { getOrganisationCommitments } from '../services/organisation/get-commitments';

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
