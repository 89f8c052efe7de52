import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { healthRoutes } from './health.routes';
import { importRoutes } from './import.routes';
import { programmeRoutes } from './programme.routes';
import { authRoutes } from './auth.routes';
import { accountRoutes } from './account.routes';
import { auditRoutes } from './audit.routes';
import { nodeRoutes } from './node.routes';
import { effortRoutes } from './effort.routes';
import { organisationRoutes } from './organisation.routes';
import { progressRoutes } from './progress.routes';
import { monitorRoutes } from './monitor.routes';
import { financeRoutes } from './finance.routes';
import { commitmentRoutes } from './commitment.routes';
import { demoRoutes } from './demo.routes';

/** Every route plugin, mounted under /api. Add a concept's routes here. */
export const apiRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(healthRoutes);
  await app.register(programmeRoutes);
  await app.register(authRoutes);
  await app.register(accountRoutes);
  await app.register(auditRoutes);
  await app.register(nodeRoutes);
  await app.register(effortRoutes);
  await app.register(organisationRoutes);
  await app.register(progressRoutes);
  await app.register(importRoutes);
  await app.register(monitorRoutes);
  await app.register(financeRoutes);
  await app.register(commitmentRoutes);
  await app.register(demoRoutes);
};
