import type { Db } from '../../../db/database';
import { initiativesByIds } from '../../../db/queries/knowledge';
import { listAllInitiativeIds } from '../../../db/queries/knowledge';
import type { InitiativeView } from '../../../domain/knowledge/responses';
import type { Actor } from '../../auth/actor';
import { initiativeViews } from './initiative-views';

/** Every initiative with at least one link the actor may see (to pick one to link elsewhere). */
export async function listVisibleInitiatives(db: Db, actor: Actor): Promise<InitiativeView[]> {
  const views = await initiativeViews(db, actor, await initiativesByIds(db, await listAllInitiativeIds(db)));
  return views.filter((v) => v.links.length > 0);
}
