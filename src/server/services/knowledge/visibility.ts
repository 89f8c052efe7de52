import type { Db } from '../../../db/database';
import { listPublishedProgrammes } from '../../../db/queries/publication';
import { maySeeProgramme } from '../../../domain/access/rules';
import type { Actor } from '../../auth/actor';

/**
 * Which programmes' nodes the reader may see beside a good practice or an initiative: a visitor the
 * published programmes, an account the programmes it may read (maySeeProgramme).
 */
export async function programmeVisibility(db: Db, actor: Actor): Promise<(programmeId: string) => boolean> {
  if (actor.kind === 'anonymous') {
    const published = new Set((await listPublishedProgrammes(db)).map((p) => p.id));
    return (id) => published.has(id);
  }
  return (id) => maySeeProgramme(actor, id);
}
