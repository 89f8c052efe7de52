import type { Db } from '../../../db/database';
import { countsPerLevel, milestoneState, reportingEnd, updateDuties, worstFirst } from '../../../domain/progress';
import type { Clock } from '../../../domain/shared/clock';
import type { Actor } from '../../auth/actor';
import { checkContradictions } from './check-contradictions';
import { getProgress } from './get-progress';
import { dutyNodes, lifecycleView, loadProgressContext, milestoneInput, restingNodes } from './load-progress';
import type { DashboardView } from '../../../domain/progress/responses';

export type { DashboardView };

/** The traffic-light dashboard: now, or as frozen for a locked period. */
export async function getDashboard(
  db: Db,
  actor: Actor,
  opts: { programmeId: string; periodId?: string | null },
  clock: Clock,
): Promise<DashboardView> {
  const ctx = await loadProgressContext(db, opts.programmeId);
  const view = await getProgress(db, actor, opts, clock, ctx);
  const period = opts.periodId ? ctx.periods.find((p) => p.id === opts.periodId) : undefined;
  const asOf = period ? reportingEnd(period) : view.today;
  const titles = new Map(ctx.nodes.map((n) => [n.id, n.title]));
  // A paused, stopped or finished node (and what is below it) is not counted as late.
  const resting = restingNodes(ctx, asOf);
  const lifecycle = lifecycleView(ctx, asOf);
  const lifecycleLevels = view.nodes.reduce<Record<number, Record<string, number>>>((acc, n) => {
    const s = lifecycle.get(n.nodeId)?.status ?? 'onbekend';
    const level = (acc[n.level] ??= {});
    level[s] = (level[s] ?? 0) + 1;
    return acc;
  }, {});
  const codes = new Map(ctx.nodes.map((n) => [n.id, n.code]));
  const rankOf = (id: string) => ctx.rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  const pathOf = (id: string) => ctx.paths.get(id) ?? [];

  const levels = countsPerLevel(view.nodes.map((n) => ({ depth: n.level, status: n.status }))).map((l) => ({
    ...l,
    label: ctx.programme.levelLabels[l.depth] ?? `Niveau ${l.depth + 1}`,
  }));
  const withLifecycle = () => levels.map((l) => ({ ...l, lifecycle: lifecycleLevels[l.depth] ?? {} }));
  const worst = worstFirst(
    view.nodes.filter((n) => n.status !== 'afgerond' && n.status !== 'vervallen').map((n) => ({ ...n, rank: rankOf(n.nodeId) })),
  ).map((n) => ({
    nodeId: n.nodeId,
    code: n.code,
    title: n.title,
    path: pathOf(n.nodeId),
    level: n.level,
    status: n.status,
    percent: n.percent,
    overridden: n.override !== null,
    lifecycle: lifecycle.get(n.nodeId)?.status ?? null,
    corrected: n.lastUpdate?.correctionReason != null,
    isDemo: n.lastUpdate?.isDemo ?? false,
  }));

  const overdueMilestones = ctx.milestones
    .filter((m) => !resting.has(m.nodeId))
    .map((m) => ({ m, input: milestoneInput(m) }))
    // A milestone done after the period counts as not done for that period.
    .map(({ m, input }) => ({
      m,
      input,
      state: milestoneState({ ...input, doneDate: input.doneDate && input.doneDate <= asOf ? input.doneDate : null }, asOf),
    }))
    .filter((x) => x.state === 'te-laat')
    // By due date; milestones due the same day in tree order, then by title.
    .sort((a, b) =>
      (a.input.due?.end ?? '') < (b.input.due?.end ?? '')
        ? -1
        : (a.input.due?.end ?? '') > (b.input.due?.end ?? '')
          ? 1
          : rankOf(a.m.nodeId) - rankOf(b.m.nodeId) || a.m.title.localeCompare(b.m.title, 'nl'),
    )
    .map(({ m, input, state }) => ({
      milestoneId: m.id,
      nodeId: m.nodeId,
      nodeTitle: titles.get(m.nodeId) ?? '',
      nodeCode: codes.get(m.nodeId) ?? null,
      path: pathOf(m.nodeId),
      title: m.title,
      dueLabel: input.due?.label ?? '',
      dueEnd: input.due?.end ?? null,
      state,
      isDemo: m.isDemo,
    }));

  // For a locked period only that period counts; the others still shape the reporting windows.
  const periods = ctx.periods.map((p) => ({ ...p, locked: period ? p.id !== period.id : p.lockedAt !== null }));
  const duties = updateDuties(dutyNodes(ctx, asOf), periods, asOf);
  const missingUpdates = duties
    .filter((d) => d.state === 'te-laat')
    .map((d) => ({
      nodeId: d.nodeId,
      nodeTitle: titles.get(d.nodeId) ?? '',
      nodeCode: codes.get(d.nodeId) ?? null,
      path: pathOf(d.nodeId),
      periodLabel: d.periodLabel,
      dueDate: d.dueDate,
      daysOverdue: d.daysOverdue,
    }));

  const checks = await checkContradictions(db, ctx, asOf);
  const hasDemo = ctx.updates.some((u) => u.isDemo) || ctx.milestones.some((m) => m.isDemo);
  return {
    programmeId: ctx.programme.id,
    programmeTitle: ctx.programme.title,
    levelLabels: ctx.programme.levelLabels,
    period: view.period,
    asOf,
    levels: withLifecycle(),
    worst,
    overdueMilestones,
    missingUpdates,
    checks,
    hasDemo,
  };
}
