import type { Db } from '../../../db/database';
import { getProgramme, listPeriods } from '../../../db/queries/progress';
import { dutchDate, PERIOD_KINDS } from '../../../domain/progress';
import type { Clock } from '../../../domain/shared/clock';
import { notFound } from '../../../domain/shared/errors';
import type { Actor } from '../../auth/actor';
import type { PeriodView } from '../../../domain/progress/responses';

export type { PeriodView };

export async function listReportingPeriods(db: Db, _actor: Actor, opts: { programmeId: string }, clock: Clock): Promise<PeriodView[]> {
  if (!(await getProgramme(db, opts.programmeId))) throw notFound('Programma', opts.programmeId);
  const today = dutchDate(clock.now());
  return (await listPeriods(db, opts.programmeId)).map((p) => ({
    id: p.id,
    label: p.label,
    kind: PERIOD_KINDS.find((k) => k === p.kind) ?? 'overig',
    startDate: p.startDate,
    endDate: p.endDate,
    dueDate: p.dueDate,
    lockedAt: p.lockedAt?.toISOString() ?? null,
    lockedBy: p.lockedBy,
    current: p.startDate <= today && today <= p.endDate,
    bodyId: p.bodyId,
  }));
}
