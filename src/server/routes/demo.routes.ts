import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { demoStatus } from '../services/system/demo-status';

/** Where demo data is shown, the UI says so: which parts of this installation hold invented data. */
export const demoRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/demo/status',
    {
      config: { access: 'public' },
      schema: {
        tags: ['demo'],
        summary: 'Welke onderdelen voorbeeldgegevens (demo) bevatten',
        response: { 200: z.object({ monitor: z.boolean() }) },
      },
    },
    async () => demoStatus(app.ctx.db),
  );
};
