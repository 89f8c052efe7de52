import { randomUUID } from 'node:crypto';
import { and, eq, gte, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { nodesOfProgramme } from '../../../db/queries/node';
import { node } from '../../../db/schema';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { getNode, type NodeDetail } from './get-node';
import { assertMunicipalitiesFitScope, nodeColumns, nodeSnapshot, writeNodeLists, type NodeFieldsInput } from './node-fields';
import { assertScope, resolveNode, resolveProgramme } from './resolve';

export interface CreateNodeOptions {
  programme: string;
  /** null = a top-level node. */
  parentId: string | null;
  /** Place among the siblings (0 = first); default: last. */
  position?: number;
  /** Readable key for interchange documents; default: generated. Unique within the programme. */
  key?: string;
  fields: NodeFieldsInput & { title: string };
}

export async function createNode(db: Db, actor: Actor, opts: CreateNodeOptions, clock: Clock): Promise<NodeDetail> {
  const { programmeSlug, nodeId } = await inTransaction(db, async (tx) => {
    const p = await resolveProgramme(tx, opts.programme, { forUpdate: true });
    const parent = opts.parentId === null ? null : await resolveNode(tx, p.id, opts.parentId);
    const all = await nodesOfProgramme(tx, p.id);
    const siblings = all.filter((n) => n.parentId === (parent?.id ?? null));
    const position = Math.max(0, Math.min(opts.position ?? siblings.length, siblings.length));
    const key = opts.key ?? `n-${randomUUID().slice(0, 8)}`;
    if (all.some((n) => n.key === key)) {
      throw new DomainError('CONFLICT', `De sleutel '${key}' is in dit programma al in gebruik.`, [
        { field: 'key', reason: 'al in gebruik' },
      ]);
    }
    const cols = await nodeColumns(tx, opts.fields);
    assertScope(
      actor,
      p.id,
      [
        ...(parent ? [{ what: `Bovenliggend element '${parent.title}'`, ownerOrganisationId: parent.ownerOrganisationId }] : []),
        { what: 'Het nieuwe element', ownerOrganisationId: cols.ownerOrganisationId ?? null },
      ],
      'redacteur',
    );
    await tx
      .update(node)
      .set({ position: sql`${node.position} + 1` })
      .where(and(eq(node.programmeId, p.id), parent ? eq(node.parentId, parent.id) : isNull(node.parentId), gte(node.position, position)));
    const [row] = await tx
      .insert(node)
      .values({
        ...cols,
        title: opts.fields.title.trim(),
        programmeId: p.id,
        parentId: parent?.id ?? null,
        position,
        key,
        level: opts.fields.level ?? (parent ? parent.level + 1 : 0),
        createdAt: clock.now(),
        updatedAt: clock.now(),
      })
      .returning();
    if (!row) throw new Error('insert node returned no row');
    await writeNodeLists(tx, row.id, opts.fields);
    await assertMunicipalitiesFitScope(tx, row);
    await recordAudit(
      tx,
      actor,
      { action: 'create', entityType: 'node', entityId: row.id, programmeId: p.id, after: await nodeSnapshot(tx, row) },
      clock,
    );
    return { programmeSlug: p.slug, nodeId: row.id };
  });
  return getNode(db, actor, { programme: programmeSlug, nodeId }, clock);
}
