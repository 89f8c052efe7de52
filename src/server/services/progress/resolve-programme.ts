import type { Db } from '../../../db/database';
import { findProgrammeId } from '../../../db/queries/progress';
import { notFound } from '../../../domain/shared/errors';

/** The id of the programme a route names by id or slug; NOT_FOUND otherwise. */
export async function resolveProgrammeId(db: Db, idOrSlug: string): Promise<string> {
  const id = await findProgrammeId(db, idOrSlug);
  if (!id) throw notFound('Programma', idOrSlug);
  return id;
}
