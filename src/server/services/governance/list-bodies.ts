import type { Db } from '../../../db/database';
import type { BodyListView } from '../../../domain/governance/responses';
import type { Actor } from '../../auth/actor';
import { bodyViews, loadGovernance } from './load-governance';

/** The bodies of a programme, depth first along the nesting, with seats and relations. */
export async function listBodies(db: Db, _actor: Actor, opts: { programmeId: string }): Promise<BodyListView> {
  const ctx = await loadGovernance(db, opts.programmeId);
  return { programmeId: ctx.programme.id, programmeTitle: ctx.programme.title, bodies: bodyViews(ctx) };
}
