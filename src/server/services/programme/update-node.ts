import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { node } from '../../../db/schema';
import type { Clock } from '../../../domain/shared/clock';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { getNode, type NodeDetail } from './get-node';
import { assertMunicipalitiesFitScope, nodeColumns, nodeSnapshot, writeNodeLists, type NodeFieldsInput } from './node-fields';
import { assertOwnScope, resolveNode, resolveProgramme, versionConflict } from './resolve';

export interface UpdateNodeOptions {
  programme: string;
  nodeId: string;
  /** The version the edit was based on; a newer one in the database gives VERSION_CONFLICT. */
  version: number;
  fields: NodeFieldsInput;
}

export async function updateNode(db: Db, actor: Actor, opts: UpdateNodeOptions, clock: Clock): Promise<NodeDetail> {
  await inTransaction(db, async (tx) => {
    const p = await resolveProgramme(tx, opts.programme);
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
    const before = await nodeSnapshot(tx, row);
    const cols = await nodeColumns(tx, opts.fields);
    if (cols.ownerOrganisationId !== undefined && cols.ownerOrganisationId !== row.ownerOrganisationId) {
      assertOwnScope(actor, p.id, cols.ownerOrganisationId, 'redacteur', 'De nieuwe eigenaar');
    }
    const [updated] = await tx
      .update(node)
      .set({ ...cols, version: row.version + 1, updatedAt: clock.now() })
      .where(eq(node.id, row.id))
      .returning();
    if (!updated) throw new Error('update node returned no row');
    await writeNodeLists(tx, row.id, opts.fields);
    await assertMunicipalitiesFitScope(tx, updated);
    await recordAudit(
      tx,
      actor,
      { action: 'update', entityType: 'node', entityId: row.id, programmeId: p.id, before, after: await nodeSnapshot(tx, updated) },
      clock,
    );
  });
  return getNode(db, actor, { programme: opts.programme, nodeId: opts.nodeId }, clock);
}
