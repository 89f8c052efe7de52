import type { FastifyReply } from 'fastify';

/**
 * Send an answer that is already serialised JSON (services/read-cache: parsed by the route's own
 * response schema when it was computed) as it is, past the route's serializer.
 */
export function sendJsonBytes(reply: FastifyReply, body: Buffer): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(body);
}
