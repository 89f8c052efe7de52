import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { getProgressNode } from '../../../db/queries/progress';
import { progressUpdate } from '../../../db/schema';
import { correctionReasonProblem, dutchDate, isIsoDate, isProgressStatus, type ProgressStatus } from '../../../domain/progress';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError, notFound, type ErrorDetail } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { assertOwnScope } from '../programme/resolve';
import { updateView } from './get-node-history';

async function loadCurrent(tx: Db, actor: Actor, programmeId: string, updateId: string) {
  const [before] = await tx.select().from(progressUpdate).where(eq(progressUpdate.id, updateId)).for('update');
  if (!before || before.programmeId !== programmeId) throw notFound('Update', updateId);
  const n = await getProgressNode(tx, before.nodeId);
  if (!n) throw notFound('Element', before.nodeId);
  assertOwnScope(actor, n.programmeId, n.ownerOrganisationId, 'rapporteur', `Element '${n.title}'`);
  // The update the user based the change on must still be the newest of its chain: someone who
  // corrected or withdrew it first wins, and the user sees what is there now (409 with the current state).
  const chain = await tx.select().from(progressUpdate).where(eq(progressUpdate.nodeId, before.nodeId));
  let head = before;
  let version = 1;
  for (let next = chain.find((u) => u.correctsId === head.id); next; next = chain.find((u) => u.correctsId === head.id)) {
    head = next;
    version++;
  }
  if (head.id !== before.id || before.withdrawnAt) {
    throw new DomainError(
      'VERSION_CONFLICT',
      head.withdrawnAt && head.id === before.id
        ? 'Deze update is intussen ingetrokken door iemand anders.'
        : 'Deze update is intussen gecorrigeerd door iemand anders. Bekijk de nieuwste versie en breng uw correctie zo nodig opnieuw aan.',
      { updateId, currentVersion: version, current: updateView(head, chain) },
    );
  }
  return before;
}

export interface CorrectUpdateOptions {
  programmeId: string;
  updateId: string;
  reason: string;
  /** Absent: the date of the update it corrects. */
  reportDate?: string | null;
  status: ProgressStatus;
  percent?: number | null;
  results?: string | null;
  attentionPoints?: string | null;
}

/**
 * Correct an update entered wrongly: a new update that names the one it replaces and why. The
 * earlier one stays in the history (and in any locked snapshot); the state counts the correction.
 */
export async function correctUpdate(db: Db, actor: Actor, opts: CorrectUpdateOptions, clock: Clock): Promise<string> {
  const today = dutchDate(clock.now());
  const details: ErrorDetail[] = [];
  const reasonProblem = correctionReasonProblem(opts.reason);
  if (reasonProblem) details.push({ field: 'reason', reason: reasonProblem });
  if (!isProgressStatus(opts.status)) details.push({ field: 'status', reason: `Onbekende status '${String(opts.status)}'.` });
  const percent = opts.percent ?? null;
  if (percent !== null && (!Number.isInteger(percent) || percent < 0 || percent > 100))
    details.push({ field: 'percent', reason: 'Een percentage is een heel getal van 0 tot en met 100.' });
  if (opts.reportDate != null && !isIsoDate(opts.reportDate))
    details.push({ field: 'reportDate', reason: `'${opts.reportDate}' is geen geldige datum.` });
  else if (opts.reportDate != null && opts.reportDate > today)
    details.push({ field: 'reportDate', reason: 'Een update kan niet over een datum in de toekomst gaan.' });
  if (details.length > 0)
    throw new DomainError('VALIDATION_FAILED', `Correctie ongeldig: ${details.map((d) => `${d.field}: ${d.reason}`).join(' ')}`, details);

  return inTransaction(db, async (tx) => {
    const before = await loadCurrent(tx, actor, opts.programmeId, opts.updateId);
    const [row] = await tx
      .insert(progressUpdate)
      .values({
        programmeId: before.programmeId,
        nodeId: before.nodeId,
        organisationId: before.organisationId,
        reportDate: opts.reportDate ?? before.reportDate,
        status: opts.status,
        percent,
        results: opts.results?.trim() || null,
        attentionPoints: opts.attentionPoints?.trim() || null,
        authorId: actor.id,
        authorLabel: actor.label,
        isDemo: before.isDemo,
        createdAt: clock.now(),
        correctsId: before.id,
        correctionReason: opts.reason.trim(),
      })
      .returning();
    if (!row) throw new Error('insert progress_update returned no row');
    await recordAudit(
      tx,
      actor,
      { action: 'correct', entityType: 'progress_update', entityId: row.id, programmeId: before.programmeId, before, after: row },
      clock,
    );
    return row.id;
  });
}

/** Withdraw an update entered wrongly (no replacement). It stays in the history, marked, and no longer counts. */
export async function withdrawUpdate(
  db: Db,
  actor: Actor,
  opts: { programmeId: string; updateId: string; reason: string },
  clock: Clock,
): Promise<void> {
  const problem = correctionReasonProblem(opts.reason);
  if (problem) throw new DomainError('VALIDATION_FAILED', `Intrekken ongeldig: ${problem}`, [{ field: 'reason', reason: problem }]);
  await inTransaction(db, async (tx) => {
    const before = await loadCurrent(tx, actor, opts.programmeId, opts.updateId);
    const [after] = await tx
      .update(progressUpdate)
      .set({ withdrawnAt: clock.now(), withdrawnBy: actor.label, withdrawnReason: opts.reason.trim() })
      .where(and(eq(progressUpdate.id, before.id), isNull(progressUpdate.withdrawnAt)))
      .returning();
    await recordAudit(
      tx,
      actor,
      { action: 'withdraw', entityType: 'progress_update', entityId: before.id, programmeId: before.programmeId, before, after },
      clock,
    );
  });
}
