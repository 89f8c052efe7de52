import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { adoptionsOf, deletePractice as deleteRow, practiceById, practiceNodesOf } from '../../../db/queries/knowledge';
import type { Clock } from '../../../domain/shared/clock';
import { notFound } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { isUuid, versionConflict } from '../programme/resolve';
import { assertMaintainer } from './assert-maintainer';
import { practiceViews } from './practice-views';

/** Delete a practice with its adoptions and related-node links (all in the audit entry). */
export async function deletePractice(db: Db, actor: Actor, opts: { id: string; version: number }, clock: Clock): Promise<void> {
  assertMaintainer(actor);
  await inTransaction(db, async (tx) => {
    const before = isUuid(opts.id) ? await practiceById(tx, opts.id, { forUpdate: true }) : undefined;
    if (!before) throw notFound('Goede praktijk', opts.id);
    if (before.version !== opts.version) {
      const [current] = await practiceViews(tx, actor, [before]);
      throw versionConflict('Deze goede praktijk', opts.version, before.version, current);
    }
    const [nodes, adoptions] = await Promise.all([practiceNodesOf(tx, [before.id]), adoptionsOf(tx, [before.id])]);
    await deleteRow(tx, before.id);
    await recordAudit(
      tx,
      actor,
      {
        action: 'delete',
        entityType: 'good_practice',
        entityId: before.id,
        before: { ...before, relatedNodeIds: nodes.map((n) => n.id), adoptions },
      },
      clock,
    );
  });
}
