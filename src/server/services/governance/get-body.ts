import type { Db } from '../../../db/database';
import { listPeriods } from '../../../db/queries/progress';
import { isActionDone } from '../../../domain/governance';
import type { BodyDetailView } from '../../../domain/governance/responses';
import { dutchDate } from '../../../domain/progress';
import type { Clock } from '../../../domain/shared/clock';
import { notFound } from '../../../domain/shared/errors';
import type { Actor } from '../../auth/actor';
import { actionStatusOf, actionView, bodyIn, bodyViews, loadGovernance, meetingStatusOf } from './load-governance';

/** One body: seats (vacant ones too), relations, its meetings, its reporting cycle and open actions. */
export async function getBody(db: Db, _actor: Actor, opts: { programmeId: string; bodyId: string }, clock: Clock): Promise<BodyDetailView> {
  const ctx = await loadGovernance(db, opts.programmeId);
  bodyIn(ctx, opts.bodyId);
  const view = bodyViews(ctx).find((b) => b.id === opts.bodyId);
  if (!view) throw notFound('Overleg', opts.bodyId);
  const today = dutchDate(clock.now());
  const { rows } = ctx;
  const meetings = rows.meetings
    .filter((m) => m.bodyId === opts.bodyId)
    .map((m) => ({
      id: m.id,
      bodyId: m.bodyId,
      date: m.date,
      status: meetingStatusOf(m.status),
      agendaItems: rows.agendaItems.filter((a) => a.meetingId === m.id).length,
      decisions: rows.decisions.filter((d) => d.meetingId === m.id).length,
      actions: rows.actions.filter((a) => a.meetingId === m.id).length,
    }));
  const periods = (await listPeriods(db, opts.programmeId))
    .filter((p) => p.bodyId === opts.bodyId)
    .map((p) => ({
      id: p.id,
      label: p.label,
      startDate: p.startDate,
      endDate: p.endDate,
      dueDate: p.dueDate,
      lockedAt: p.lockedAt?.toISOString() ?? null,
    }));
  const openActions = rows.actions
    .filter((a) => a.bodyId === opts.bodyId && !isActionDone(actionStatusOf(a.status)))
    .map((a) => actionView(ctx, a, today));
  openActions.sort((a, b) => (a.meetingDate < b.meetingDate ? -1 : a.meetingDate > b.meetingDate ? 1 : a.position - b.position));
  return { ...view, programmeTitle: ctx.programme.title, meetings, periods, openActions };
}
