import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { nodesOfProgramme } from '../../../db/queries/node';
import { node } from '../../../db/schema';
import { renumber, type NumberStyle } from '../../../domain/programme/tree';
import type { Clock } from '../../../domain/shared/clock';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { assertScope, resolveNode, resolveProgramme } from './resolve';

export interface RenumberNodesOptions {
  programme: string;
  /** Renumber the subtree under this node; null/absent = the whole programme. */
  parentId?: string | null;
  /** Numbering style per depth ('getal' 1, 'romeins' I, 'letter' A); the last repeats. */
  styles?: NumberStyle[];
}

/** Give the nodes fresh codes in document order. Each changed node gets a new version and an audit entry. */
export async function renumberNodes(db: Db, actor: Actor, opts: RenumberNodesOptions, clock: Clock): Promise<{ changed: number }> {
  return inTransaction(db, async (tx) => {
    const p = await resolveProgramme(tx, opts.programme, { forUpdate: true });
    const parentId = opts.parentId ?? null;
    if (parentId !== null) await resolveNode(tx, p.id, parentId);
    const all = await nodesOfProgramme(tx, p.id);
    const codes = renumber(all, parentId, opts.styles && opts.styles.length > 0 ? opts.styles : ['getal']);
    // Renumbering changes every node whose code moves: all of them must be the actor's to change (all or nothing).
    const changing = all.filter((n) => codes.has(n.id) && codes.get(n.id) !== n.code);
    assertScope(
      actor,
      p.id,
      changing.map((n) => ({ what: `Element '${n.title}'`, ownerOrganisationId: n.ownerOrganisationId })),
      'redacteur',
    );
    let changed = 0;
    for (const n of all) {
      const code = codes.get(n.id);
      if (code === undefined || code === n.code) continue;
      await tx
        .update(node)
        .set({ code, version: n.version + 1, updatedAt: clock.now() })
        .where(eq(node.id, n.id));
      await recordAudit(
        tx,
        actor,
        {
          action: 'renumber',
          entityType: 'node',
          entityId: n.id,
          programmeId: p.id,
          before: { code: n.code, version: n.version },
          after: { code, version: n.version + 1 },
        },
        clock,
      );
      changed++;
    }
    return { changed };
  });
}
