import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import { ANONYMOUS_ACTOR } from './actor';
import { resolveActor } from './resolve-actor';

/** Cookies and the actor of every request (from the session cookie, else anonymous). */
export async function registerAuth(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCookie);
  app.decorateRequest('actor', null as never);
  app.decorateRequest('csrfToken', null);
  app.addHook('onRequest', async (request) => {
    // Static files of the UI need no actor: no session lookup per asset.
    if (!request.url.startsWith('/api/')) {
      request.actor = ANONYMOUS_ACTOR;
      return;
    }
    const { actor, csrfToken } = await resolveActor(request);
    request.actor = actor;
    request.csrfToken = csrfToken;
  });
}
