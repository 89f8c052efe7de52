import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { getProgressNode, listCheckDismissals } from '../../../db/queries/progress';
import { progressCheckDismissal } from '../../../db/schema';
import { dutchDate } from '../../../domain/progress';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError, notFound } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { checkContradictions } from './check-contradictions';
import { loadProgressContext } from './load-progress';

export interface DismissCheckOptions {
  programmeId: string;
  nodeId: string;
  /** The flag's key (rule + fact id), as the dashboard and node page give it. */
  key: string;
  /** Why the flag does not apply: required, stored and audited. */
  note: string;
}

/** Ignore a contradiction flag with a note. The status itself is never changed. */
export async function dismissCheck(db: Db, actor: Actor, opts: DismissCheckOptions, clock: Clock): Promise<string> {
  const note = opts.note.trim();
  if (note.length < 5) {
    throw new DomainError('VALIDATION_FAILED', 'Schrijf bij het negeren waarom het signaal niet klopt (minstens 5 tekens).', [
      { field: 'note', reason: 'Minstens 5 tekens.' },
    ]);
  }
  return inTransaction(db, async (tx) => {
    const n = await getProgressNode(tx, opts.nodeId);
    if (!n || n.programmeId !== opts.programmeId) throw notFound('Element', opts.nodeId);
    const ctx = await loadProgressContext(tx, opts.programmeId);
    const open = await checkContradictions(tx, ctx, dutchDate(clock.now()), n.id);
    if (!open.some((c) => c.key === opts.key)) {
      throw new DomainError('NOT_FOUND', `Bij dit element staat geen signaal '${opts.key}' open om te negeren.`, [
        { field: 'key', reason: 'Onbekend of niet meer van toepassing.' },
      ]);
    }
    if ((await listCheckDismissals(tx, opts.programmeId)).some((d) => d.nodeId === n.id && d.checkKey === opts.key)) {
      throw new DomainError('CONFLICT', 'Dit signaal is al genegeerd.', [{ field: 'key', reason: 'Al genegeerd.' }]);
    }
    const [row] = await tx
      .insert(progressCheckDismissal)
      .values({
        programmeId: n.programmeId,
        nodeId: n.id,
        checkKey: opts.key,
        note,
        authorId: actor.id,
        authorLabel: actor.label,
        createdAt: clock.now(),
      })
      .returning();
    if (!row) throw new Error('insert progress_check_dismissal returned no row');
    await recordAudit(
      tx,
      actor,
      { action: 'dismiss', entityType: 'progress_check', entityId: row.id, programmeId: n.programmeId, after: row },
      clock,
    );
    return row.id;
  });
}
