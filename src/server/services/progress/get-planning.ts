import type { Db } from '../../../db/database';
import { dutchDate, milestoneState, quarterPlan } from '../../../domain/progress';
import type { Clock } from '../../../domain/shared/clock';
import type { Actor } from '../../auth/actor';
import { deadlineOf, loadProgressContext, milestoneInput } from './load-progress';
import type { QuarterPlanView, TimelineView } from '../../../domain/progress/responses';

export type { QuarterPlanView, TimelineView };

/**
 * Quarter milestone planning: rows are the nodes at `level` (default: the second level, the
 * projects), columns Q1–Q4 of `year`. Milestones of deeper nodes count for their ancestor's row.
 */
export async function getQuarterPlan(
  db: Db,
  _actor: Actor,
  opts: { programmeId: string; year: number; level?: number },
  clock: Clock,
): Promise<QuarterPlanView> {
  const ctx = await loadProgressContext(db, opts.programmeId);
  const today = dutchDate(clock.now());
  const maxLevel = Math.max(0, ...ctx.nodes.map((n) => n.level));
  const level = Math.min(opts.level ?? Math.min(1, maxLevel), maxLevel);
  const byId = new Map(ctx.nodes.map((n) => [n.id, n]));
  const rowOf = (nodeId: string): string | null => {
    let cur = byId.get(nodeId);
    while (cur && cur.level > level) cur = cur.parentId ? byId.get(cur.parentId) : undefined;
    return cur && cur.level === level ? cur.id : null;
  };
  const rowsNodes = ctx.nodes.filter((n) => n.level === level);
  const milestones = ctx.milestones.flatMap((m) => {
    const row = rowOf(m.nodeId);
    return row ? [{ ...milestoneInput(m), nodeId: row }] : [];
  });
  const plan = quarterPlan(
    rowsNodes.map((n) => n.id),
    milestones,
    opts.year,
    today,
  );
  return {
    year: opts.year,
    level,
    levelLabel: ctx.programme.levelLabels[level] ?? '',
    today,
    rows: plan.map((r) => ({
      ...r,
      code: byId.get(r.nodeId)?.code ?? null,
      title: byId.get(r.nodeId)?.title ?? '',
      path: ctx.paths.get(r.nodeId) ?? [],
    })),
    hasDemo: ctx.milestones.some((m) => m.isDemo),
  };
}

/** Timeline (Gantt-like) of the nodes with their due spans and milestones. */
export async function getTimeline(db: Db, _actor: Actor, opts: { programmeId: string }, clock: Clock): Promise<TimelineView> {
  const ctx = await loadProgressContext(db, opts.programmeId);
  const today = dutchDate(clock.now());
  const dates: string[] = [];
  const rows = ctx.nodes.map((n) => {
    const d = deadlineOf(n);
    const span = d.start && d.end ? { start: d.start, end: d.end, label: d.wording ?? '' } : null;
    if (span) dates.push(span.start, span.end);
    const milestones = ctx.milestones
      .filter((m) => m.nodeId === n.id)
      .map((m) => {
        const input = milestoneInput(m);
        if (input.due?.end) dates.push(input.due.end);
        return {
          id: m.id,
          title: m.title,
          end: input.due?.end ?? null,
          label: input.due?.label ?? '',
          state: milestoneState(input, today),
          isDemo: m.isDemo,
        };
      });
    return { nodeId: n.id, parentId: n.parentId, level: n.level, code: n.code, title: n.title, span, milestones };
  });
  if (ctx.programme.periodStart) dates.push(ctx.programme.periodStart);
  if (ctx.programme.periodEnd) dates.push(ctx.programme.periodEnd);
  dates.sort();
  // ctx.nodes is in tree order (domain/programme/tree-order), so the rows are too.
  return { today, start: dates[0] ?? null, end: dates[dates.length - 1] ?? null, rows };
}
