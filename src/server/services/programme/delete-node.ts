import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { effortGoalsOf, effortsOfProgramme, nodesOfProgramme } from '../../../db/queries/node';
import { effort, node } from '../../../db/schema';
import { planMove, subtreeIds } from '../../../domain/programme/tree';
import type { Clock } from '../../../domain/shared/clock';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { getNode } from './get-node';
import { nodeSnapshot } from './node-fields';
import { assertOwnScope, assertScope, resolveNode, resolveProgramme, versionConflict } from './resolve';

export interface DeleteNodeOptions {
  programme: string;
  nodeId: string;
  version: number;
}

/**
 * Delete a node and everything under it. Efforts that served only removed goals go too (an effort
 * serves at least one goal); efforts that also serve other goals stay.
 */
export async function deleteNode(db: Db, actor: Actor, opts: DeleteNodeOptions, clock: Clock): Promise<void> {
  await inTransaction(db, async (tx) => {
    const p = await resolveProgramme(tx, opts.programme, { forUpdate: true });
    const row = await resolveNode(tx, p.id, opts.nodeId, { forUpdate: true });
    assertOwnScope(actor, p.id, row.ownerOrganisationId, 'redacteur', `Element '${row.title}'`);
    if (row.version !== opts.version) {
      throw versionConflict(
        `Element '${row.title}'`,
        opts.version,
        row.version,
        await getNode(tx, actor, { programme: p.id, nodeId: row.id }, clock),
      );
    }
    const all = await nodesOfProgramme(tx, p.id);
    const doomed = subtreeIds(all, row.id);
    const efforts = await effortsOfProgramme(tx, p.id);
    const goals = await effortGoalsOf(
      tx,
      efforts.map((e) => e.id),
    );
    const orphaned = efforts.filter((e) => {
      const mine = goals.filter((g) => g.effortId === e.id);
      return mine.length > 0 && mine.every((g) => doomed.has(g.nodeId));
    });
    assertScope(
      actor,
      p.id,
      [
        ...all
          .filter((n) => doomed.has(n.id))
          .map((n) => ({ what: `Element '${n.title}' (onder het te verwijderen element)`, ownerOrganisationId: n.ownerOrganisationId })),
        ...orphaned.map((e) => ({ what: 'Een inspanning die alleen dit element dient', ownerOrganisationId: e.partnerOrganisationId })),
      ],
      'redacteur',
    );
    for (const e of orphaned) {
      const goalIds = goals.filter((g) => g.effortId === e.id).map((g) => g.nodeId);
      await recordAudit(
        tx,
        actor,
        { action: 'delete', entityType: 'effort', entityId: e.id, programmeId: p.id, before: { ...e, goalIds } },
        clock,
      );
    }
    if (orphaned.length > 0)
      await tx.delete(effort).where(
        inArray(
          effort.id,
          orphaned.map((e) => e.id),
        ),
      );
    for (const n of all.filter((x) => doomed.has(x.id))) {
      await recordAudit(
        tx,
        actor,
        { action: 'delete', entityType: 'node', entityId: n.id, programmeId: p.id, before: await nodeSnapshot(tx, n) },
        clock,
      );
    }
    // Close the gap among the remaining siblings: move the node to the end, then delete it.
    const siblings = all.filter((n) => n.parentId === row.parentId);
    for (const c of planMove(all, row.id, row.parentId, siblings.length)) {
      if (c.id !== row.id) await tx.update(node).set({ position: c.position }).where(eq(node.id, c.id));
    }
    await tx.delete(node).where(eq(node.id, row.id));
  });
}
