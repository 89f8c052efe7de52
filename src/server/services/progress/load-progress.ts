import type { Db } from '../../../db/database';
import {
  getProgramme,
  getProgressSettings,
  listActiveOverrides,
  listLifecycle,
  listMilestones,
  listPeriods,
  listProgressNodes,
  listTrekkers,
  listUpdates,
  listWeights,
  type MilestoneRow,
  type NodeLifecycleRow,
  type ProgressNodeRow,
  type ProgressOverrideRow,
  type ProgressUpdateRow,
  type ReportingPeriodRow,
} from '../../../db/queries/progress';
import {
  DEFAULT_RULE,
  effectiveUpdates,
  evaluateTree,
  isLifecycleStatus,
  isProgressStatus,
  lifecycleAt,
  nodesAtRest,
  PERCENT_RULES,
  STATUS_RULES,
  type DutyNode,
  type IsoDate,
  type LifecycleStatus,
  type MilestoneInput,
  type NodeState,
  type ProgressStatus,
  type RollUpRule,
} from '../../../domain/progress';
import { ancestorPath, treeOrder, treeRank } from '../../../domain/programme/tree-order';
import { DEADLINE_GRAINS, formatDeadline, type Deadline, type DeadlineGrain } from '../../../domain/shared/deadline';
import { notFound } from '../../../domain/shared/errors';

/** Everything about a programme's progress, loaded once per request. */
export interface ProgressContext {
  programme: { id: string; title: string; levelLabels: string[]; periodStart: string | null; periodEnd: string | null };
  /** In tree order (depth first, siblings by position): every list built from it follows the tree. */
  nodes: ProgressNodeRow[];
  /** Tree-order rank per node id, to sort other lists (milestones, updates) the same way. */
  rank: Map<string, number>;
  /** Ancestor path per node id as a reader names it (codes, or titles where there is no code). */
  paths: Map<string, string[]>;
  rule: RollUpRule;
  weights: Map<string, number>;
  /** The updates that count (corrected and withdrawn ones left out), in history order. */
  updates: ProgressUpdateRow[];
  /** Every update ever posted, for locked snapshots that refer to an update later corrected. */
  allUpdates: ProgressUpdateRow[];
  overrides: ProgressOverrideRow[];
  periods: ReportingPeriodRow[];
  milestones: MilestoneRow[];
  /** Life-cycle entries in history order (status in force: lifecycleAt). */
  lifecycle: (NodeLifecycleRow & { status: LifecycleStatus })[];
  /** Organisation and person ids that own each node (owner organisation and trekkers). */
  owners: Map<string, string[]>;
}

export async function loadProgressContext(db: Db, programmeId: string): Promise<ProgressContext> {
  const p = await getProgramme(db, programmeId);
  if (!p) throw notFound('Programma', programmeId);
  const [nodes, settings, weights, updates, overrides, periods, milestones, trekkers, lifecycle] = await Promise.all([
    listProgressNodes(db, programmeId),
    getProgressSettings(db, programmeId),
    listWeights(db, programmeId),
    listUpdates(db, programmeId),
    listActiveOverrides(db, programmeId),
    listPeriods(db, programmeId),
    listMilestones(db, programmeId),
    listTrekkers(db, programmeId),
    listLifecycle(db, programmeId),
  ]);
  const owners = new Map<string, string[]>();
  const addOwner = (nodeId: string, key: string | null) => {
    if (key) owners.set(nodeId, [...(owners.get(nodeId) ?? []), key]);
  };
  for (const n of nodes) addOwner(n.id, n.ownerOrganisationId);
  for (const t of trekkers) {
    addOwner(t.nodeId, t.organisationId);
    addOwner(t.nodeId, t.personId);
  }
  const ordered = treeOrder(nodes);
  const byId = new Map(ordered.map((n) => [n.id, n]));
  return {
    programme: { id: p.id, title: p.title, levelLabels: p.levelLabels, periodStart: p.periodStart, periodEnd: p.periodEnd },
    nodes: ordered,
    rank: treeRank(ordered),
    paths: new Map(ordered.map((n) => [n.id, ancestorPath(byId, n.id)])),
    rule: ruleOf(settings),
    weights: new Map(weights.map((w) => [w.nodeId, w.weightHundredths / 100])),
    updates: effectiveUpdates(updates),
    allUpdates: updates,
    overrides,
    periods,
    milestones,
    lifecycle: lifecycle.flatMap((l) => (isLifecycleStatus(l.status) ? [{ ...l, status: l.status }] : [])),
    owners,
  };
}

function ruleOf(settings: { statusRule: string; percentRule: string } | null): RollUpRule {
  if (!settings) return DEFAULT_RULE;
  const status = STATUS_RULES.find((r) => r === settings.statusRule) ?? DEFAULT_RULE.status;
  const percent = PERCENT_RULES.find((r) => r === settings.percentRule) ?? DEFAULT_RULE.percent;
  return { status, percent };
}

export function toStatus(value: string | null): ProgressStatus | null {
  return value !== null && isProgressStatus(value) ? value : null;
}

/** The latest update per node among those dated on or before `asOf` (all when null). */
export function latestUpdates(updates: readonly ProgressUpdateRow[], asOf: IsoDate | null): Map<string, ProgressUpdateRow> {
  const latest = new Map<string, ProgressUpdateRow>();
  // `updates` is in history order (report date, then creation), so the last one seen wins.
  for (const u of updates) if (asOf === null || u.reportDate <= asOf) latest.set(u.nodeId, u);
  return latest;
}

/** Evaluate the tree with the updates known up to `asOf` and the active overrides. */
export function evaluateAt(
  ctx: ProgressContext,
  asOf: IsoDate | null,
): { states: Map<string, NodeState>; latest: Map<string, ProgressUpdateRow> } {
  const latest = latestUpdates(ctx.updates, asOf);
  const overrides = new Map(ctx.overrides.map((o) => [o.nodeId, o]));
  const states = evaluateTree(
    ctx.nodes.map((n) => {
      const u = latest.get(n.id);
      const uStatus = u ? toStatus(u.status) : null;
      const o = overrides.get(n.id);
      return {
        id: n.id,
        parentId: n.parentId,
        weight: ctx.weights.get(n.id) ?? 1,
        latest: u && uStatus ? { status: uStatus, percent: u.percent } : null,
        override: o ? { status: toStatus(o.status), percent: o.percent, reason: o.reason } : null,
      };
    }),
    ctx.rule,
  );
  return { states, latest };
}

export function deadlineOf(r: {
  deadlineGrain: string;
  deadlineWording: string | null;
  deadlineStart: string | null;
  deadlineEnd: string | null;
}): Deadline {
  const grain: DeadlineGrain = DEADLINE_GRAINS.find((g) => g === r.deadlineGrain) ?? 'geen';
  return { grain, wording: r.deadlineWording, start: r.deadlineStart, end: r.deadlineEnd };
}

export function milestoneInput(m: MilestoneRow): MilestoneInput {
  const d = deadlineOf(m);
  return {
    id: m.id,
    nodeId: m.nodeId,
    title: m.title,
    due: d.grain === 'geen' ? null : { start: d.start, end: d.end, label: formatDeadline(d) },
    doneDate: m.doneDate,
    plan:
      m.planYear !== null && m.planQuarter !== null && m.planQuarter >= 1 && m.planQuarter <= 4
        ? { year: m.planYear, quarter: m.planQuarter as 1 | 2 | 3 | 4 }
        : null,
    isPlaceholder: m.isPlaceholder,
    isDemo: m.isDemo,
  };
}

/** Nodes that have child nodes; their state is derived, so they owe no updates of their own. */
export function parentIds(nodes: readonly ProgressNodeRow[]): Set<string> {
  return new Set(nodes.map((n) => n.parentId).filter((id): id is string => id !== null));
}

/** Nodes paused, stopped or finished on `asOf`, and everything below them: never counted as late. */
export function restingNodes(ctx: ProgressContext, asOf: IsoDate): Set<string> {
  return nodesAtRest(ctx.nodes, lifecycleAt(ctx.lifecycle, asOf));
}

/** The life-cycle status in force on `asOf`, for the views. */
export function lifecycleView(
  ctx: ProgressContext,
  asOf: IsoDate,
): Map<string, { status: LifecycleStatus; since: string; reason: string | null }> {
  const current = lifecycleAt(ctx.lifecycle, asOf);
  return new Map([...current].map(([id, l]) => [id, { status: l.status, since: l.since, reason: l.reason }]));
}

/** The nodes that owe updates (those without children and not at rest), with their owners and update history up to `asOf`. */
export function dutyNodes(ctx: ProgressContext, asOf: IsoDate): DutyNode[] {
  const parents = parentIds(ctx.nodes);
  const resting = restingNodes(ctx, asOf);
  const history = new Map<string, { date: IsoDate; status: ProgressStatus }[]>();
  for (const u of ctx.updates) {
    const status = toStatus(u.status);
    if (!status || u.reportDate > asOf) continue;
    history.set(u.nodeId, [...(history.get(u.nodeId) ?? []), { date: u.reportDate, status }]);
  }
  return ctx.nodes.map((n) => ({
    nodeId: n.id,
    ownerKeys: ctx.owners.get(n.id) ?? [],
    needsUpdates: !parents.has(n.id) && !resting.has(n.id),
    updates: history.get(n.id) ?? [],
  }));
}
