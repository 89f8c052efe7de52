import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkHealth } from '../services/system/check-health';

const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: z.object({
    kind: z.enum(['pglite', 'postgres']),
    reachable: z.boolean(),
    migrations: z.object({ applied: z.number(), known: z.number(), current: z.boolean() }),
  }),
});

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['systeem'],
        summary: 'Is de database bereikbaar en zijn de migraties bijgewerkt?',
        response: { 200: HealthSchema, 503: HealthSchema },
      },
    },
    async (_request, reply) => {
      const database = await checkHealth(app.ctx.database);
      const ok = database.reachable && database.migrations.current;
      return reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'degraded', version: app.ctx.version, database });
    },
  );
};
