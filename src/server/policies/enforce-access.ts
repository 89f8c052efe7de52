import type { FastifyInstance, FastifyRequest } from 'fastify';
import { decide, type Access } from '../../domain/access/rules';
import { DomainError, notFound } from '../../domain/shared/errors';
import { CSRF_HEADER } from '../auth/session-cookie';
import { paramNamingProblem, PROGRAMME_PARAM_RESOLVERS, programmeParamOf } from './programme-scope';

export interface ApiRoute {
  method: string;
  url: string;
  access: Access;
  /** The route's body schema (zod), if it takes a JSON body: the input tests generate bodies from it. */
  bodySchema?: unknown;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every /api route with its access declaration, collected as routes are added (for the matrix test). */
    apiRoutes: ApiRoute[];
  }
  interface FastifyRequest {
    /** CSRF token of the request's session; null without a session. */
    csrfToken: string | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one place access is checked. Routes declare `config.access`; this:
 * - refuses to start when an /api route lacks it, or a programme route has no programme parameter;
 * - before validation (so a refused caller learns nothing about the input) decides allow /
 *   401 / 403 with the pure rules in domain/access;
 * - for state-changing requests requires the x-csrf-token header (equal to the session's token when
 *   signed in) and, when the browser sends Origin, the same origin as the request.
 */
export function registerAccessControl(app: FastifyInstance, publicUrl: string | null): void {
  app.decorate('apiRoutes', [] as ApiRoute[]);
  app.addHook('onRoute', (route) => {
    const url = route.url ?? '';
    if (!url.startsWith('/api/') || url.startsWith('/api/docs')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${String(route.method)} ${url} declareert geen toegang (config.access).`);
    const naming = paramNamingProblem(url);
    if (naming) throw new Error(`Route ${String(route.method)} ${url}: ${naming}.`);
    if (typeof access === 'object' && 'programme' in access && !programmeParamOf(url)) {
      const known = Object.keys(PROGRAMME_PARAM_RESOLVERS)
        .map((p) => `:${p}`)
        .join(', ');
      throw new Error(`Route ${String(route.method)} ${url} is programmagebonden maar heeft geen parameter ${known}.`);
    }
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      const bodySchema = (route.schema as { body?: unknown } | undefined)?.body;
      app.apiRoutes.push({ method, url, access, ...(bodySchema ? { bodySchema } : {}) });
    }
  });

  app.decorateRequest('resolvedProgramme', null);
  app.addHook('preValidation', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access) return;
    // The programme named in the path: looked up once, with the session (auth/resolve-actor.ts), handed to the handler (programmeOf).
    const named = request.namedProgramme;
    const programmeId = typeof access === 'object' && 'programme' in access ? (named?.row?.id ?? null) : null;
    const decision = decide(request.actor, access as Access, programmeId);
    if (decision === 'unauthenticated') throw new DomainError('UNAUTHENTICATED', 'Log in om dit te mogen doen.', []);
    if (decision === 'forbidden') throw new DomainError('FORBIDDEN', 'U hebt geen rechten voor deze handeling.', []);
    if (named && !named.row) throw notFound('Programma', named.value);
    request.resolvedProgramme = named?.row ?? null;
    if (!SAFE_METHODS.has(request.method)) checkCsrf(request, publicUrl);
  });
}

function checkCsrf(request: FastifyRequest, publicUrl: string | null): void {
  const header = request.headers[CSRF_HEADER];
  const sent = typeof header === 'string' ? header : '';
  const refuse = (why: string) => {
    throw new DomainError('FORBIDDEN', `Verzoek geweigerd (CSRF-bescherming): ${why}`, { reason: 'csrf' });
  };
  // A cross-site form cannot set a custom header, and a cross-site script cannot without CORS.
  if (!sent) refuse(`de header ${CSRF_HEADER} ontbreekt.`);
  if (request.csrfToken !== null && sent !== request.csrfToken) refuse(`de header ${CSRF_HEADER} hoort niet bij deze sessie.`);
  const origin = request.headers.origin;
  if (origin) {
    const own = `${request.protocol}://${request.host}`;
    const allowed = [own, publicUrl ? new URL(publicUrl).origin : null];
    if (!allowed.includes(origin)) refuse(`herkomst ${origin} is niet deze site.`);
  }
}
