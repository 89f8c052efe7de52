import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { search } from '../services/search/search';
import { SearchQuerySchema, SearchResponseSchema } from './search.schemas';

export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/search',
    {
      // Public: what it answers depends on who asks (a visitor: published content only).
      config: { access: 'public' },
      schema: {
        tags: ['zoeken'],
        summary: 'Zoeken in alles wat u mag lezen, per soort gegroepeerd, met de gevonden woorden gemarkeerd',
        querystring: SearchQuerySchema,
        response: { 200: SearchResponseSchema },
      },
    },
    async (request) => search(app.ctx.db, request.actor, request.query),
  );
};
