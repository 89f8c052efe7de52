import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { nodesOfProgramme } from '../../../db/queries/node';
import { node } from '../../../db/schema';
import { planMove } from '../../../domain/programme/tree';
import type { Clock } from '../../../domain/shared/clock';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { getNode, type NodeDetail } from './get-node';
import { assertOwnScope, assertScope, resolveNode, resolveProgramme, versionConflict } from './resolve';

export interface MoveNodeOptions {
  programme: string;
  nodeId: string;
  version: number;
  /** New parent in the same programme; null = top level. Never the node itself or a descendant. */
  parentId: string | null;
  /** Place among the new siblings, 0 = first (clamped). */
  position: number;
}

/**
 * Move or reorder a node. The moved node's version goes up; siblings only shift position (their
 * content did not change, so a concurrent edit of a sibling is not a conflict).
 */
export async function moveNode(db: Db, actor: Actor, opts: MoveNodeOptions, clock: Clock): Promise<NodeDetail> {
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
    if (opts.parentId !== row.parentId) {
      // Moving changes the children of the old and the new parent: both must be the actor's to change.
      const parentTouch = (id: string | null, label: string) => {
        const n = id === null ? undefined : all.find((x) => x.id === id);
        return n ? [{ what: `${label} '${n.title}'`, ownerOrganisationId: n.ownerOrganisationId }] : [];
      };
      assertScope(
        actor,
        p.id,
        [
          ...parentTouch(row.parentId, 'Het huidige bovenliggende element'),
          ...parentTouch(opts.parentId, 'Het nieuwe bovenliggende element'),
        ],
        'redacteur',
      );
    }
    const changes = planMove(all, row.id, opts.parentId, opts.position);
    for (const c of changes) {
      const own = c.id === row.id;
      await tx
        .update(node)
        .set(
          own ? { parentId: c.parentId, position: c.position, version: row.version + 1, updatedAt: clock.now() } : { position: c.position },
        )
        .where(eq(node.id, c.id));
    }
    const after = changes.find((c) => c.id === row.id) ?? { parentId: row.parentId, position: row.position };
    if (changes.some((c) => c.id === row.id)) {
      await recordAudit(
        tx,
        actor,
        {
          action: 'move',
          entityType: 'node',
          entityId: row.id,
          programmeId: p.id,
          before: { parentId: row.parentId, position: row.position, version: row.version },
          after: { parentId: after.parentId, position: after.position, version: row.version + 1 },
        },
        clock,
      );
    }
  });
  return getNode(db, actor, { programme: opts.programme, nodeId: opts.nodeId }, clock);
}
