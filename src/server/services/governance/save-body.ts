import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { bodiesByIds, bodyById, loadGovernanceRows } from '../../../db/queries/governance';
import { listProgressNodes } from '../../../db/queries/progress';
import { body, bodyNode } from '../../../db/schema';
import { assertNoNestingCycle, checkBody, type NominalFrequency } from '../../../domain/governance';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError, notFound } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';

export interface BodyInput {
  key?: string;
  name: string;
  kind: string;
  purpose?: string | null;
  mandate?: string | null;
  frequencyText?: string | null;
  durationText?: string | null;
  nominal?: NominalFrequency | null;
  parentId?: string | null;
  refersToBodyId?: string | null;
  refersToName?: string | null;
  nodeIds?: string[];
  isDemo?: boolean;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'overleg';

/** Create a body (no bodyId) or edit one (bodyId + version), with the nodes it steers. */
export async function saveBody(
  db: Db,
  actor: Actor,
  opts: { programmeId: string; bodyId?: string; version?: number; fields: BodyInput },
  clock: Clock,
): Promise<string> {
  const f = opts.fields;
  const { nominal } = checkBody(f, opts.bodyId ?? null);
  return inTransaction(db, async (tx) => {
    const rows = await loadGovernanceRows(tx, opts.programmeId);
    const parentId = f.parentId ?? null;
    if (parentId && !rows.bodies.some((b) => b.id === parentId))
      throw new DomainError('VALIDATION_FAILED', 'Het bovenliggende overleg hoort niet bij dit programma.', [
        { field: 'parentId', reason: 'onbekend overleg in dit programma' },
      ]);
    if (f.refersToBodyId && (await bodiesByIds(tx, [f.refersToBodyId])).length === 0) throw notFound('Overleg', f.refersToBodyId);
    const nodeIds = [...new Set(f.nodeIds ?? [])];
    if (nodeIds.length > 0) {
      const known = new Set((await listProgressNodes(tx, opts.programmeId)).map((n) => n.id));
      const unknown = nodeIds.filter((id) => !known.has(id));
      if (unknown.length > 0)
        throw new DomainError(
          'VALIDATION_FAILED',
          'Een gestuurd element hoort niet bij dit programma.',
          unknown.map((id) => ({ field: 'nodeIds', reason: `onbekend element ${id}` })),
        );
    }
    const values = {
      name: f.name.trim(),
      kind: f.kind,
      purpose: f.purpose?.trim() || null,
      mandate: f.mandate?.trim() || null,
      frequencyText: f.frequencyText?.trim() || null,
      durationText: f.durationText?.trim() || null,
      nominalMinPerYear: nominal?.minPerYear ?? null,
      nominalMaxPerYear: nominal?.maxPerYear ?? null,
      parentId,
      refersToBodyId: f.refersToBodyId ?? null,
      refersToName: f.refersToName?.trim() || null,
      updatedAt: clock.now(),
    };
    let id: string;
    if (!opts.bodyId) {
      const key = f.key?.trim() || slug(f.name);
      if (rows.bodies.some((b) => b.key === key))
        throw new DomainError('CONFLICT', `Er is in dit programma al een overleg met sleutel '${key}'.`, [
          { field: 'key', reason: 'bestaat al' },
        ]);
      const [row] = await tx
        .insert(body)
        .values({
          ...values,
          programmeId: opts.programmeId,
          key,
          position: rows.bodies.length,
          isDemo: f.isDemo ?? false,
          createdAt: clock.now(),
        })
        .returning();
      if (!row) throw new Error('insert body returned no row');
      id = row.id;
      await recordAudit(
        tx,
        actor,
        { action: 'create', entityType: 'body', entityId: id, programmeId: opts.programmeId, after: { ...row, nodeIds } },
        clock,
      );
    } else {
      const before = await bodyById(tx, opts.bodyId, { forUpdate: true });
      if (!before || before.programmeId !== opts.programmeId) throw notFound('Overleg', opts.bodyId);
      if (opts.version !== before.version) {
        throw new DomainError(
          'VERSION_CONFLICT',
          'Dit overleg is intussen door iemand anders gewijzigd. Bekijk de huidige stand en probeer het opnieuw.',
          { current: before },
        );
      }
      assertNoNestingCycle(rows.bodies, before.id, parentId);
      const [row] = await tx
        .update(body)
        .set({ ...values, version: before.version + 1 })
        .where(eq(body.id, before.id))
        .returning();
      id = before.id;
      const beforeNodes = rows.bodyNodes.filter((bn) => bn.bodyId === id).map((bn) => bn.nodeId);
      await recordAudit(
        tx,
        actor,
        {
          action: 'update',
          entityType: 'body',
          entityId: id,
          programmeId: opts.programmeId,
          before: { ...before, nodeIds: beforeNodes },
          after: { ...row, nodeIds },
        },
        clock,
      );
      await tx.delete(bodyNode).where(eq(bodyNode.bodyId, id));
    }
    if (nodeIds.length > 0) await tx.insert(bodyNode).values(nodeIds.map((nodeId) => ({ bodyId: id, nodeId })));
    return id;
  });
}

/** Delete a body of the programme (its meetings go with it; bodies under it move up to the top). */
export async function deleteBody(
  db: Db,
  actor: Actor,
  opts: { programmeId: string; bodyId: string; version: number },
  clock: Clock,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const before = await bodyById(tx, opts.bodyId, { forUpdate: true });
    if (!before || before.programmeId !== opts.programmeId) throw notFound('Overleg', opts.bodyId);
    if (opts.version !== before.version)
      throw new DomainError('VERSION_CONFLICT', 'Dit overleg is intussen door iemand anders gewijzigd.', { current: before });
    await tx.delete(body).where(inArray(body.id, [before.id]));
    await recordAudit(
      tx,
      actor,
      { action: 'delete', entityType: 'body', entityId: before.id, programmeId: opts.programmeId, before },
      clock,
    );
  });
}
