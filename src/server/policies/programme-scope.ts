import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/database';
import { programmeByIdOrSlug, type ProgrammeRow } from '../../db/queries/programme';

/**
 * How a programme-scoped route names its programme. A route declared `{ programme: role }` must
 * have one of these path parameters; the central access check resolves it ONCE per request to the
 * programme row, decides with its id, and hands it to the handler as `programmeOf(request)`.
 * Checked in this order; the first present wins.
 *
 * Route parameters are named `<entity>Id` (`:programmeId`, `:nodeId`, `:effortId`, …); a
 * `:programmeId` takes the programme's id or its slug. Adding a resolver (one line, in this file):
 * a route keyed by another entity that belongs to a programme, e.g.
 * `reportId: (db, id) => programmeOfReport(db, id)` with the query in src/db/queries/<concept>.ts.
 * It returns null when the entity does not exist (the actor then gets 403, a platform beheerder
 * 404). Also add a fixture for the parameter in test/integration/auth-matrix.test.ts.
 */
export type ProgrammeResolver = (db: Db, value: string) => Promise<ProgrammeRow | null>;

export const PROGRAMME_PARAM_RESOLVERS: Record<string, ProgrammeResolver> = {
  programmeId: async (db, idOrSlug) => (await programmeByIdOrSlug(db, idOrSlug)) ?? null,
};

/** The parameter a route path uses to name its programme, or null when it has none. */
export function programmeParamOf(url: string): string | null {
  const params = new Set([...url.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]));
  return Object.keys(PROGRAMME_PARAM_RESOLVERS).find((p) => params.has(p)) ?? null;
}

/** Path parameters are `<entity>Id`; a few name a value instead of an entity (a year; a published programme's slug on the public pages). */
const VALUE_PARAMS = new Set(['year', 'slug']);
export const paramNamingProblem = (url: string): string | null => {
  const bad = [...url.matchAll(/:([A-Za-z0-9_]+)/g)]
    .map((m) => m[1] ?? '')
    .filter((p) => !/^[a-z][A-Za-z]*Id$/.test(p) && !VALUE_PARAMS.has(p));
  return bad.length ? `parameter ${bad.map((p) => `:${p}`).join(', ')} heet niet <entiteit>Id (bijv. :programmeId, :nodeId)` : null;
};

declare module 'fastify' {
  interface FastifyRequest {
    /** The programme the path names, resolved once by the access check (null: the route names none). */
    resolvedProgramme: ProgrammeRow | null;
  }
}

/** The programme named in the request's path, as the access check resolved it (once per request). */
export function programmeOf(request: FastifyRequest): ProgrammeRow {
  const p = request.resolvedProgramme;
  if (!p) throw new Error(`Route ${request.routeOptions.url ?? ''} noemt geen programma in het pad.`);
  return p;
}
