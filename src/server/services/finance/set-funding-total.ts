import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { fundingTotalsOf, setFundingTotal } from '../../../db/queries/finance';
import type { Clock } from '../../../domain/shared/clock';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { assertOwnScope, resolveNode, resolveProgramme } from '../programme/resolve';

/** The total a node's funders' table states; null removes it. Checked against the lines in the finance view. */
export async function saveFundingTotal(
  db: Db,
  actor: Actor,
  opts: { programme: string; nodeId: string; statedCents: number | null; note: string | null },
  clock: Clock,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const p = await resolveProgramme(tx, opts.programme);
    const n = await resolveNode(tx, p.id, opts.nodeId, { forUpdate: true });
    assertOwnScope(actor, p.id, n.ownerOrganisationId, 'redacteur', 'Dit element');
    const [before] = await fundingTotalsOf(tx, [n.id]);
    await setFundingTotal(tx, n.id, opts.statedCents, opts.note?.trim() || null);
    await recordAudit(
      tx,
      actor,
      {
        action: 'update',
        entityType: 'funding_total',
        entityId: n.id,
        programmeId: p.id,
        before: before ?? null,
        after: opts.statedCents === null ? null : { statedCents: opts.statedCents, note: opts.note },
      },
      clock,
    );
  });
}
