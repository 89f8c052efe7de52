import type { Db } from '../../../db/database';
import { getProgressNode, listLifecycle, listMilestones, listOverrideHistory, listUpdates } from '../../../db/queries/progress';
import { dutchDate, isLifecycleStatus, milestoneState } from '../../../domain/progress';
import type { Clock } from '../../../domain/shared/clock';
import { notFound } from '../../../domain/shared/errors';
import type { Actor } from '../../auth/actor';
import { checkContradictions } from './check-contradictions';
import { loadProgressContext, milestoneInput, toStatus } from './load-progress';
import type { NodeHistoryView } from '../../../domain/progress/responses';
import type { MilestoneRow, ProgressUpdateRow } from '../../../db/queries/progress';

export type { NodeHistoryView };

/** A milestone as the API shows it (also the current state in a 409 on a stale edit). */
export function milestoneView(m: MilestoneRow, today: string): NodeHistoryView['milestones'][number] {
  const input = milestoneInput(m);
  return {
    id: m.id,
    title: m.title,
    wording: m.deadlineWording,
    dueLabel: input.due?.label ?? m.deadlineWording ?? '',
    dueEnd: input.due?.end ?? null,
    doneDate: m.doneDate,
    state: milestoneState(input, today),
    planYear: m.planYear,
    planQuarter: m.planQuarter,
    isPlaceholder: m.isPlaceholder,
    isDemo: m.isDemo,
    version: m.version,
  };
}

/** An update as the history shows it (also the current state in a 409 on a stale correction); `all`: the node's updates. */
export function updateView(u: ProgressUpdateRow, all: readonly ProgressUpdateRow[]): NodeHistoryView['updates'][number] {
  return {
    id: u.id,
    reportDate: u.reportDate,
    status: toStatus(u.status),
    percent: u.percent,
    results: u.results,
    attentionPoints: u.attentionPoints,
    authorLabel: u.authorLabel,
    isDemo: u.isDemo,
    createdAt: u.createdAt.toISOString(),
    correctsId: u.correctsId,
    correctionReason: u.correctionReason,
    correctedById: all.find((c) => c.correctsId === u.id)?.id ?? null,
    withdrawn: u.withdrawnAt ? { at: u.withdrawnAt.toISOString(), by: u.withdrawnBy, reason: u.withdrawnReason } : null,
  };
}

/** A node's full update history, its overrides (also withdrawn ones) and its milestones. */
export async function getNodeHistory(
  db: Db,
  _actor: Actor,
  opts: { programmeId: string; nodeId: string },
  clock: Clock,
): Promise<NodeHistoryView> {
  const n = await getProgressNode(db, opts.nodeId);
  if (!n || n.programmeId !== opts.programmeId) throw notFound('Element', opts.nodeId);
  const today = dutchDate(clock.now());
  const [updates, overrides, milestones, ctx] = await Promise.all([
    listUpdates(db, n.programmeId, n.id),
    listOverrideHistory(db, n.id),
    listMilestones(db, n.programmeId),
    loadProgressContext(db, n.programmeId),
  ]);
  const lifecycle = await listLifecycle(db, n.programmeId, n.id);
  const checks = await checkContradictions(db, ctx, today, n.id);
  return {
    nodeId: n.id,
    title: n.title,
    ownerOrganisationId: n.ownerOrganisationId,
    updates: [...updates].reverse().map((u) => updateView(u, updates)),
    overrides: overrides.map((o) => ({
      id: o.id,
      status: toStatus(o.status),
      percent: o.percent,
      reason: o.reason,
      authorLabel: o.authorLabel,
      createdAt: o.createdAt.toISOString(),
      withdrawnAt: o.withdrawnAt?.toISOString() ?? null,
    })),
    lifecycle: [...lifecycle].reverse().flatMap((l) =>
      isLifecycleStatus(l.status)
        ? [
            {
              id: l.id,
              status: l.status,
              since: l.since,
              reason: l.reason,
              authorLabel: l.authorLabel,
              createdAt: l.createdAt.toISOString(),
            },
          ]
        : [],
    ),
    milestones: milestones.filter((m) => m.nodeId === n.id).map((m) => milestoneView(m, today)),
    checks,
  };
}
