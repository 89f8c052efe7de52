import type { Db } from '../../../db/database';
import { carriedActions, previousMeeting, agendaLookBack } from '../../../domain/governance';
import type { Meeting } from '../../../domain/governance/responses';
import type { TerugblikUpdate } from '../../../domain/progress';
import type { Actor } from '../../auth/actor';
import { evaluateAt, loadProgressContext, toStatus } from '../progress/load-progress';
import { actionStatusOf, actionView, bodyIn, decisionView, kindOf, loadGovernance, meetingIn, meetingStatusOf } from './load-governance';

/**
 * A meeting from agenda to decisions and actions. Each agenda item about a node pulls in the
 * node's state as of the meeting date and the results and points of attention reported since the
 * body's previous meeting; actions of earlier meetings come back until done.
 */
export async function getMeeting(db: Db, _actor: Actor, opts: { programmeId: string; meetingId: string }): Promise<Meeting> {
  const ctx = await loadGovernance(db, opts.programmeId);
  const m = meetingIn(ctx, opts.meetingId);
  const b = bodyIn(ctx, m.bodyId);
  const { rows } = ctx;
  const prev = previousMeeting(rows.meetings, m);
  const items = rows.agendaItems.filter((a) => a.meetingId === m.id);
  const progress = items.some((a) => a.nodeId) ? await loadProgressContext(db, opts.programmeId) : null;
  const states = progress ? evaluateAt(progress, m.date).states : new Map();
  const demo = new Set(progress?.updates.filter((u) => u.isDemo).map((u) => u.id) ?? []);
  const updates: TerugblikUpdate[] = (progress?.updates ?? []).flatMap((u) => {
    const status = toStatus(u.status);
    return status
      ? [
          {
            id: u.id,
            nodeId: u.nodeId,
            date: u.reportDate,
            status,
            percent: u.percent,
            results: u.results,
            attentionPoints: u.attentionPoints,
            authorLabel: u.authorLabel,
          },
        ]
      : [];
  });
  const since = prev?.date ?? null;
  const actionRows = rows.actions.map((a) => ({ ...a, status: actionStatusOf(a.status) }));
  return {
    id: m.id,
    programmeId: m.programmeId,
    body: { id: b.id, name: b.name, kind: kindOf(b.kind) },
    date: m.date,
    status: meetingStatusOf(m.status),
    minutes: m.minutes,
    closedAt: m.closedAt?.toISOString() ?? null,
    closedBy: m.closedBy,
    version: m.version,
    isDemo: m.isDemo,
    previousMeeting: prev ? { id: prev.id, date: prev.date } : null,
    agenda: items.map((a) => {
      const n = a.nodeId ? ctx.nodeById.get(a.nodeId) : undefined;
      const state = n ? states.get(n.id) : undefined;
      return {
        id: a.id,
        position: a.position,
        title: a.title,
        notes: a.notes,
        node: n ? { id: n.id, code: n.code, title: n.title, status: state?.status ?? null, percent: state?.percent ?? null } : null,
        lookBack: n
          ? {
              since,
              until: m.date,
              updates: agendaLookBack(ctx.nodes, updates, n.id, since, m.date).map((u) => ({
                ...u,
                nodeTitle: ctx.nodeById.get(u.nodeId)?.title ?? '',
                nodeCode: ctx.nodeById.get(u.nodeId)?.code ?? null,
                isDemo: demo.has(u.id),
              })),
            }
          : null,
      };
    }),
    carriedActions: carriedActions(actionRows, rows.meetings, m).map((a) => actionView(ctx, a, m.date)),
    decisions: rows.decisions.filter((d) => d.meetingId === m.id).map((d) => decisionView(ctx, d, m)),
    actions: rows.actions.filter((a) => a.meetingId === m.id).map((a) => actionView(ctx, a, m.date)),
  };
}
