import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { getProgressNode } from '../../../db/queries/progress';
import { progressUpdate } from '../../../db/schema';
import { dutchDate, isIsoDate, isProgressStatus, type ProgressStatus } from '../../../domain/progress';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError, notFound, type ErrorDetail } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import { assertOwnScope } from '../programme/resolve';
import type { Actor } from '../../auth/actor';

export interface PostUpdateOptions {
  programmeId: string;
  nodeId: string;
  /** The date the update describes (jjjj-mm-dd); defaults to today. Not in the future. */
  reportDate?: string | null;
  status: ProgressStatus;
  /** Whole percent 0–100, or null: status and percent are separate. */
  percent?: number | null;
  results?: string | null;
  attentionPoints?: string | null;
  /** Demo data builders set this so the update is labelled as demo. */
  isDemo?: boolean;
}

/** Post a progress update on a node. History is append-only; the latest update is the node's state. */
export async function postUpdate(db: Db, actor: Actor, opts: PostUpdateOptions, clock: Clock): Promise<string> {
  const today = dutchDate(clock.now());
  const reportDate = opts.reportDate ?? today;
  const details: ErrorDetail[] = [];
  if (!isProgressStatus(opts.status)) details.push({ field: 'status', reason: `Onbekende status '${String(opts.status)}'.` });
  if (!isIsoDate(reportDate)) details.push({ field: 'reportDate', reason: `'${reportDate}' is geen geldige datum (jjjj-mm-dd).` });
  else if (reportDate > today) details.push({ field: 'reportDate', reason: 'Een update kan niet over een datum in de toekomst gaan.' });
  const percent = opts.percent ?? null;
  if (percent !== null && (!Number.isInteger(percent) || percent < 0 || percent > 100)) {
    details.push({ field: 'percent', reason: 'Een percentage is een heel getal van 0 tot en met 100.' });
  }
  const results = opts.results?.trim() || null;
  const attentionPoints = opts.attentionPoints?.trim() || null;
  if (details.length > 0)
    throw new DomainError('VALIDATION_FAILED', `Update ongeldig: ${details.map((d) => `${d.field}: ${d.reason}`).join(' ')}`, details);

  return inTransaction(db, async (tx) => {
    const n = await getProgressNode(tx, opts.nodeId);
    if (!n || n.programmeId !== opts.programmeId) throw notFound('Element', opts.nodeId);
    assertOwnScope(actor, n.programmeId, n.ownerOrganisationId, 'rapporteur', `Element '${n.title}'`);
    const [row] = await tx
      .insert(progressUpdate)
      .values({
        programmeId: n.programmeId,
        nodeId: n.id,
        reportDate,
        status: opts.status,
        percent,
        results,
        attentionPoints,
        authorId: actor.id,
        authorLabel: actor.label,
        isDemo: opts.isDemo ?? false,
        createdAt: clock.now(),
      })
      .returning();
    if (!row) throw new Error('insert progress_update returned no row');
    await recordAudit(
      tx,
      actor,
      { action: 'create', entityType: 'progress_update', entityId: row.id, programmeId: n.programmeId, after: row },
      clock,
    );
    return row.id;
  });
}
