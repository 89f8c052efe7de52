import { existsSync } from 'node:fs';
import { z } from 'zod';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/client';
import { systemClock, type Clock } from '../domain/shared/clock';
import { DEFAULT_AUTH_CONFIG, type AuthConfig } from './auth/auth-config';
import { registerAuth } from './auth/register-auth';
import './context';
import { DEFAULT_MONITOR_CONFIG, type MonitorConfig } from './config';
import { notFoundBody, registerErrorHandler } from './errors';
import './policies/access';
import { registerAccessControl } from './policies/enforce-access';
import { registerInputGuard } from './policies/input-guard';
import { registerSecurityHeaders } from './policies/security-headers';
import { apiRoutes } from './routes';
import { VERSION } from './version';

export interface BuildAppOptions {
  database: Database;
  clock?: Clock;
  logger?: FastifyServerOptions['logger'];
  /** Folder with the built web UI; served at / when it exists. */
  webRoot?: string | null;
  /** Sessions, cookies, OIDC; defaults suit tests and a local start. */
  auth?: AuthConfig;
  /** Monitor threshold and pseudonym key, from the configuration parsed at start. */
  monitor?: MonitorConfig;
}

export const defaultWebRoot = fileURLToPath(new URL('../../dist/web', import.meta.url));

/** The one place the HTTP app is assembled: used by `regietafel serve` and by every route test. */
export async function buildApp(opts: BuildAppOptions): Promise<FastifyInstance> {
  const auth = opts.auth ?? DEFAULT_AUTH_CONFIG;
  const app = Fastify({
    trustProxy: auth.trustProxy,
    logger: opts.logger ?? false,
    genReqId: (req) => (typeof req.headers['x-request-id'] === 'string' ? req.headers['x-request-id'] : randomUUID()),
    bodyLimit: 10 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();

  // Validation messages in Dutch (field limits, types), like every other message.
  z.config(z.locales.nl());
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('ctx', {
    database: opts.database,
    db: opts.database.db,
    clock: opts.clock ?? systemClock,
    version: VERSION,
    auth,
    monitor: opts.monitor ?? DEFAULT_MONITOR_CONFIG,
  });
  await registerSecurityHeaders(app);
  await registerAuth(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  // Every /api route must say who may call it; a forgotten declaration stops start-up.
  registerAccessControl(app, auth.publicUrl);
  registerInputGuard(app);

  registerErrorHandler(app);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Regietafel API',
        description: 'De API van Regietafel: programma’s, voortgang, monitor en rapportage.',
        version: VERSION,
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  await app.register(apiRoutes, { prefix: '/api' });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());

  const webRoot = opts.webRoot === undefined ? defaultWebRoot : opts.webRoot;
  const serveWeb = Boolean(webRoot && existsSync(webRoot));
  if (serveWeb) await app.register(fastifyStatic, { root: webRoot as string, wildcard: false });
  // The UI is a single-page app: unknown non-API GETs get index.html and its router takes over.
  app.setNotFoundHandler((request, reply) => {
    if (serveWeb && request.method === 'GET' && !request.url.startsWith('/api/')) return reply.sendFile('index.html');
    return reply.status(404).send(notFoundBody(request.method, request.url));
  });
  return app;
}
