import type { Db } from '../../db/database';
import { programmeIdByIdOrSlug } from '../../db/queries/programme';

/**
 * How a programme-scoped route names its programme. A route declared `{ programme: role }` must
 * have one of these path parameters; the central access check resolves it to a programme id and
 * then asks the actor's role in that programme. Checked in this order; the first present wins.
 *
 * Adding a resolver (one line, in this file): a route keyed by another entity that belongs to a
 * programme, e.g. `nodeId: (db, id) => programmeIdOfNode(db, id)` with the query in
 * src/db/queries/<concept>.ts. It returns null when the entity does not exist (the actor then gets
 * 403, a platform beheerder the route's own 404). Also add a fixture for the parameter in
 * test/integration/auth-matrix.test.ts, which refuses resolvers it cannot exercise.
 */
export type ProgrammeResolver = (db: Db, value: string) => Promise<string | null>;

export const PROGRAMME_PARAM_RESOLVERS: Record<string, ProgrammeResolver> = {
  // Both names take a programme id or its slug.
  programmeId: programmeIdByIdOrSlug,
  programme: programmeIdByIdOrSlug,
};

/** The parameter a route path uses to name its programme, or null when it has none. */
export function programmeParamOf(url: string): string | null {
  const params = new Set([...url.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]));
  return Object.keys(PROGRAMME_PARAM_RESOLVERS).find((p) => params.has(p)) ?? null;
}
