import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { adoptionOf, deleteAdoption, organisationNames, practiceById, upsertAdoption } from '../../../db/queries/knowledge';
import type { PracticeView } from '../../../domain/knowledge/responses';
import type { AdoptionStatus } from '../../../domain/knowledge/vocabulary';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError, notFound } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { isUuid } from '../programme/resolve';
import { assertMaintainer } from './assert-maintainer';
import { getPractice } from './list-practices';

export interface AdoptionInput {
  practiceId: string;
  organisationId: string;
  status: AdoptionStatus;
  /** The day the status holds from (jjjj-mm-dd); null = not known. */
  statusDate?: string | null;
  note?: string | null;
}

async function loadPractice(db: Db, id: string) {
  const row = isUuid(id) ? await practiceById(db, id, { forUpdate: true }) : undefined;
  if (!row) throw notFound('Goede praktijk', id);
  return row;
}

/** Record (or change) whether a gemeente adopted a practice: one row per practice × gemeente. */
export async function setAdoption(db: Db, actor: Actor, input: AdoptionInput, clock: Clock): Promise<PracticeView> {
  assertMaintainer(actor);
  await inTransaction(db, async (tx) => {
    await loadPractice(tx, input.practiceId);
    const [org] = isUuid(input.organisationId) ? await organisationNames(tx, [input.organisationId]) : [];
    if (!org) throw notFound('Organisatie', input.organisationId);
    if (org.kind !== 'gemeente')
      throw new DomainError('VALIDATION_FAILED', `${org.name} is geen gemeente: alleen gemeenten nemen een goede praktijk over.`, [
        { field: 'organisationId', reason: 'geen gemeente' },
      ]);
    const before = await adoptionOf(tx, input.practiceId, input.organisationId);
    const after = {
      practiceId: input.practiceId,
      organisationId: input.organisationId,
      status: input.status,
      statusDate: input.statusDate ?? null,
      note: input.note?.trim() || null,
      updatedAt: clock.now(),
    };
    await upsertAdoption(tx, after);
    await recordAudit(
      tx,
      actor,
      {
        action: before ? 'update' : 'create',
        entityType: 'good_practice_adoption',
        entityId: `${input.practiceId}:${input.organisationId}`,
        before: before ?? null,
        after,
      },
      clock,
    );
  });
  return getPractice(db, actor, input.practiceId);
}

/** Remove a gemeente's adoption record (entered by mistake). */
export async function removeAdoption(
  db: Db,
  actor: Actor,
  opts: { practiceId: string; organisationId: string },
  clock: Clock,
): Promise<void> {
  assertMaintainer(actor);
  await inTransaction(db, async (tx) => {
    await loadPractice(tx, opts.practiceId);
    const before = isUuid(opts.organisationId) ? await adoptionOf(tx, opts.practiceId, opts.organisationId) : undefined;
    if (!before) throw notFound('Overname door gemeente', opts.organisationId);
    await deleteAdoption(tx, opts.practiceId, opts.organisationId);
    await recordAudit(
      tx,
      actor,
      { action: 'delete', entityType: 'good_practice_adoption', entityId: `${opts.practiceId}:${opts.organisationId}`, before },
      clock,
    );
  });
}
