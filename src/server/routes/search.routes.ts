import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { cachedAnswer } from '../services/read-cache/cached-answer';
import { search, searchAnswerKey } from '../services/search/search';
import { sendJsonBytes } from './json-bytes';
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
    async (request, reply) => {
      // Cached per content revision and per what the searcher may read (searchAnswerKey): a repeated search is one lookup.
      const body = await cachedAnswer(app.ctx.db, {
        revision: request.contentRevision,
        key: searchAnswerKey(request.actor, request.query),
        schema: SearchResponseSchema,
        compute: () => search(app.ctx.db, request.actor, request.query),
      });
      return sendJsonBytes(reply, body);
    },
  );
};
