import type { Db } from '../../../db/database';
import { dutchDate, updateDuties } from '../../../domain/progress';
import type { Clock } from '../../../domain/shared/clock';
import type { Actor } from '../../auth/actor';
import { dutyNodes, loadProgressContext } from './load-progress';
import type { MyUpdatesView } from '../../../domain/progress/responses';

export type { MyUpdatesView };

export interface MyUpdatesOptions {
  programmeId: string;
  /**
   * Whose duties: an organisation or person id (owner or trekker of a node). Defaults to the
   * actor's organisation; without either, every owner's duties are listed.
   */
  ownerId?: string | null;
}

/** "Mijn updates": per node and open period, what is due, overdue or already submitted. */
export async function listMyUpdates(db: Db, actor: Actor, opts: MyUpdatesOptions, clock: Clock): Promise<MyUpdatesView> {
  const ctx = await loadProgressContext(db, opts.programmeId);
  const today = dutchDate(clock.now());
  const ownerId = opts.ownerId ?? actor.memberships.find((m) => m.programmeId === opts.programmeId)?.organisationId ?? null;
  const nodes = new Map(ctx.nodes.map((n) => [n.id, n]));
  const periods = ctx.periods.map((p) => ({ ...p, locked: p.lockedAt !== null }));
  const duties = updateDuties(dutyNodes(ctx, today), periods, today, ownerId ?? undefined);
  return {
    today,
    ownerId,
    // updateDuties sorts stably by lateness and due date; equal ones keep ctx.nodes' tree order.
    items: duties.map((d) => ({
      ...d,
      code: nodes.get(d.nodeId)?.code ?? null,
      title: nodes.get(d.nodeId)?.title ?? '',
      path: ctx.paths.get(d.nodeId) ?? [],
    })),
  };
}
