import type { Db } from '../../../db/database';
import { initiativeIdsOfProgramme, initiativesByIds } from '../../../db/queries/knowledge';
import { linkedToNode } from '../../../domain/knowledge/initiative';
import type { InitiativeView } from '../../../domain/knowledge/responses';
import type { Actor } from '../../auth/actor';
import { initiativeViews } from './initiative-views';

/**
 * The related initiatives of a programme (every initiative with a link into it), or of one of its
 * nodes (those linked to that node). Each initiative once, with all the links the reader may see.
 */
export async function listInitiatives(db: Db, actor: Actor, opts: { programmeId: string; nodeId?: string }): Promise<InitiativeView[]> {
  const rows = await initiativesByIds(db, await initiativeIdsOfProgramme(db, opts.programmeId));
  const views = await initiativeViews(db, actor, rows);
  return opts.nodeId ? linkedToNode(views, opts.nodeId) : views;
}
