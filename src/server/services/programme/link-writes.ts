import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { nodeById } from '../../../db/queries/node';
import { nodeLink } from '../../../db/schema';
import { maySeeProgramme } from '../../../domain/access/rules';
import { LINK_KINDS, type LinkKind } from '../../../domain/programme/vocabulary';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError, notFound } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { assertOwnScope, isUuid, resolveNode, resolveProgramme } from './resolve';

export interface CreateLinkOptions {
  programme: string;
  /** The node the link starts at (in this programme). */
  nodeId: string;
  /** Any node, also in another programme. */
  toNodeId: string;
  kind: LinkKind;
  note?: string | null;
}

export async function createLink(db: Db, actor: Actor, opts: CreateLinkOptions, clock: Clock): Promise<{ id: string }> {
  return inTransaction(db, async (tx) => {
    const p = await resolveProgramme(tx, opts.programme);
    const from = await resolveNode(tx, p.id, opts.nodeId);
    // A link is written on its source node: that node must be the actor's to change.
    assertOwnScope(actor, p.id, from.ownerOrganisationId, 'redacteur', `Element '${from.title}'`);
    const found = isUuid(opts.toNodeId) ? await nodeById(tx, opts.toNodeId) : undefined;
    // A node in a programme the actor may not read answers exactly as a node that does not exist.
    const to = found && maySeeProgramme(actor, found.programmeId) ? found : undefined;
    if (!to)
      throw new DomainError('VALIDATION_FAILED', 'Het element waarnaar verwezen wordt bestaat niet.', [
        { field: 'toNodeId', reason: 'onbekend element' },
      ]);
    if (to.id === from.id)
      throw new DomainError('VALIDATION_FAILED', 'Een element kan niet naar zichzelf verwijzen.', [
        { field: 'toNodeId', reason: 'zelfde element' },
      ]);
    if (!LINK_KINDS.includes(opts.kind))
      throw new DomainError('VALIDATION_FAILED', 'Onbekend soort verwijzing.', [{ field: 'kind', reason: 'onbekend' }]);
    const [dup] = await tx
      .select()
      .from(nodeLink)
      .where(and(eq(nodeLink.fromNodeId, from.id), eq(nodeLink.toNodeId, to.id), eq(nodeLink.kind, opts.kind)));
    if (dup) throw new DomainError('CONFLICT', 'Deze verwijzing bestaat al.', [{ field: 'toNodeId', reason: 'bestaat al' }]);
    const [row] = await tx
      .insert(nodeLink)
      .values({ fromNodeId: from.id, toNodeId: to.id, kind: opts.kind, note: opts.note ?? null, createdAt: clock.now() })
      .returning();
    if (!row) throw new Error('insert link returned no row');
    await recordAudit(tx, actor, { action: 'create', entityType: 'node-link', entityId: row.id, programmeId: p.id, after: row }, clock);
    return { id: row.id };
  });
}

export async function deleteLink(db: Db, actor: Actor, opts: { programme: string; linkId: string }, clock: Clock): Promise<void> {
  await inTransaction(db, async (tx) => {
    const p = await resolveProgramme(tx, opts.programme);
    const [row] = isUuid(opts.linkId) ? await tx.select().from(nodeLink).where(eq(nodeLink.id, opts.linkId)) : [];
    const from = row ? await nodeById(tx, row.fromNodeId) : undefined;
    // Only the source side deletes a link; a link of another programme answers as a missing one.
    if (!row || !from || from.programmeId !== p.id) throw notFound('Verwijzing', opts.linkId);
    assertOwnScope(actor, p.id, from.ownerOrganisationId, 'redacteur', `Element '${from.title}'`);
    await tx.delete(nodeLink).where(eq(nodeLink.id, row.id));
    await recordAudit(tx, actor, { action: 'delete', entityType: 'node-link', entityId: row.id, programmeId: p.id, before: row }, clock);
  });
}
