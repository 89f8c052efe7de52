import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import { ANONYMOUS_ACTOR } from './actor';
import { resolveRequest } from './resolve-actor';

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * The database's content revision, read in the same statement as the session (resolve-actor.ts);
     * null when the request needed no statement. Cached answers (services/read-cache) use it.
     */
    contentRevision: number | null;
  }
}

/** Cookies and the actor of every request (from the session cookie, else anonymous). */
export async function registerAuth(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCookie);
  app.decorateRequest('actor', null as never);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('namedProgramme', null);
  app.decorateRequest('contentRevision', null);
  app.addHook('onRequest', async (request) => {
    // Static files of the UI need no actor: no session lookup per asset.
    if (!request.url.startsWith('/api/')) {
      request.actor = ANONYMOUS_ACTOR;
      return;
    }
    const resolved = await resolveRequest(request);
    request.actor = resolved.actor;
    request.csrfToken = resolved.csrfToken;
    request.namedProgramme = resolved.programme;
    request.contentRevision = resolved.revision;
  });
}
