import type { FastifyRequest } from 'fastify';
import { programmeIdOrSlugMatch, type ProgrammeRow } from '../../db/queries/programme';
import type { ProgrammeMatch } from '../../db/queries/request-context';

/**
 * How a programme-scoped route names its programme. A route declared `{ programme: role }` must
 * have one of these path parameters; the request's one access statement (auth/resolve-actor.ts,
 * db/queries/request-context.ts) resolves it ONCE per request to the programme row, together with
 * the session; the access check decides with its id and hands it to the handler as
 * `programmeOf(request)`. Checked in this order; the first present wins.
 *
 * Route parameters are named `<entity>Id` (`:programmeId`, `:nodeId`, `:effortId`, …); a
 * `:programmeId` takes the programme's id or its slug. Adding a resolver (one line, in this file):
 * a route keyed by another entity that belongs to a programme, e.g. `reportId: programmeOfReportMatch`
 * with, in src/db/queries/<concept>.ts, a condition on the programme table that compares with the
 * placeholder `programme` (e.g. `programme.id = (select programme_id from report where id = $programme)`)
 * and its form's name. When no programme matches, the actor gets 403, a platform beheerder 404.
 * Also add a fixture for the parameter in test/integration/auth-matrix.test.ts.
 */
export type ProgrammeResolver = (value: string) => { form: string; condition: ProgrammeMatch['condition'] };

export const PROGRAMME_PARAM_RESOLVERS: Record<string, ProgrammeResolver> = {
  programmeId: programmeIdOrSlugMatch,
};

/** The programme a request's path names: the value as given and, once resolved, its row (null: none exists). */
export interface NamedProgramme {
  value: string;
  row: ProgrammeRow | null;
}

/** The programme parameter of a request and the condition that finds it; null when the path names no programme. */
export function namedProgrammeOf(request: FastifyRequest): ProgrammeMatch | null {
  const param = programmeParamOf(request.routeOptions.url ?? '');
  const resolver = param ? PROGRAMME_PARAM_RESOLVERS[param] : undefined;
  const value = param ? (request.params as Record<string, string | undefined> | undefined)?.[param] : undefined;
  if (!value || !resolver) return null;
  const { form, condition } = resolver(value);
  return { form: `${param}:${form}`, condition, value };
}

/** The parameter a route path uses to name its programme, or null when it has none. */
export function programmeParamOf(url: string): string | null {
  let param = paramOfRoute.get(url);
  if (param === undefined) {
    const params = new Set([...url.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]));
    param = Object.keys(PROGRAMME_PARAM_RESOLVERS).find((p) => params.has(p)) ?? null;
    paramOfRoute.set(url, param);
  }
  return param;
}
/** Per route path (a fixed set): asked on every request. */
const paramOfRoute = new Map<string, string | null>();

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
    /** The programme the path names as the request's access statement found it (null: the route names none). */
    namedProgramme: NamedProgramme | null;
  }
}

/** The programme named in the request's path, as the access check resolved it (once per request). */
export function programmeOf(request: FastifyRequest): ProgrammeRow {
  const p = request.resolvedProgramme;
  if (!p) throw new Error(`Route ${request.routeOptions.url ?? ''} noemt geen programma in het pad.`);
  return p;
}
