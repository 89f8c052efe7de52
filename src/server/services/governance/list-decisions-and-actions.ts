import type { Db } from '../../../db/database';
import { isActionDone, openActionsAsOf } from '../../../domain/governance';
import type { DecisionsAndActionsView } from '../../../domain/governance/responses';
import { dutchDate, type IsoDate } from '../../../domain/progress';
import type { Clock } from '../../../domain/shared/clock';
import { systemClock } from '../../../domain/shared/clock';
import { actionStatusOf, actionView, bodyIn, decisionView, loadGovernance } from './load-governance';

export interface DecisionsAndActionsQuery {
  programmeId: string;
  /** One body only; absent = every body of the programme. */
  bodyId?: string | null;
  /** Decisions of meetings on or after `from` and on or before `to` (ISO dates, both optional). */
  from?: IsoDate | null;
  to?: IsoDate | null;
}

/**
 * For the board report and the API: the decisions taken in a programme's meetings (by meeting
 * date, then position) and the actions open as of `to` (agreed by then and not done by then), or,
 * without `to`, every action not done now; oldest first. Pure read; no actor needed.
 */
export async function listDecisionsAndActions(
  db: Db,
  q: DecisionsAndActionsQuery,
  clock: Clock = systemClock,
): Promise<DecisionsAndActionsView> {
  const ctx = await loadGovernance(db, q.programmeId);
  if (q.bodyId) bodyIn(ctx, q.bodyId);
  const from = q.from ?? null;
  const to = q.to ?? null;
  const asOf = to ?? dutchDate(clock.now());
  const meetings = ctx.rows.meetings.filter(
    (m) => (!q.bodyId || m.bodyId === q.bodyId) && (from === null || m.date >= from) && (to === null || m.date <= to),
  );
  const byId = new Map(ctx.rows.meetings.map((m) => [m.id, m]));
  const decisions = meetings.flatMap((m) =>
    ctx.rows.decisions
      .filter((d) => d.meetingId === m.id)
      .sort((a, b) => a.position - b.position)
      .map((d) => decisionView(ctx, d, m)),
  );
  const actions = ctx.rows.actions
    .filter((a) => !q.bodyId || a.bodyId === q.bodyId)
    .map((a) => ({
      row: a,
      id: a.id,
      meetingId: a.meetingId,
      status: actionStatusOf(a.status),
      doneDate: a.doneDate,
      originDate: byId.get(a.meetingId)?.date ?? '',
    }));
  // Without `to`: every action not done now (also one agreed in a meeting dated later than today).
  const open = (to === null ? actions.filter((a) => !isActionDone(a.status)) : openActionsAsOf(actions, to)).sort((a, b) =>
    a.originDate < b.originDate ? -1 : a.originDate > b.originDate ? 1 : a.row.position - b.row.position,
  );
  return {
    programmeId: ctx.programme.id,
    bodyId: q.bodyId ?? null,
    from,
    to,
    decisions,
    openActions: open.map((a) => actionView(ctx, a.row, asOf)),
  };
}
