import { depthFirst } from '../programme/tree';
import { PATH_SEPARATOR, pathStep } from '../programme/tree-order';
import type { IsoDate } from '../progress/dates';
import { quarterPlan, type MilestoneInput } from '../progress/milestones';
import type { ProgressStatus } from '../progress/status';
import { terugblik, type TerugblikUpdate } from '../progress/terugblik';
import { DomainError } from '../shared/errors';
import type {
  BoardReport,
  FinanceTable,
  GovernanceSection,
  KpiChart,
  LevelSummary,
  LifecycleCount,
  ReportLanguage,
  ReportNodeRef,
  ReportNodeState,
  ReportStatusKey,
  StatusCount,
} from './view-model';

export interface ReportTreeNode {
  id: string;
  parentId: string | null;
  position: number;
  /** Index into the programme's level labels. */
  level: number;
  code: string | null;
  title: string;
}

export interface ReportNodeStateInput {
  status: ProgressStatus | null;
  percent: number | null;
  overridden: boolean;
}

export interface BoardReportInput {
  language: ReportLanguage;
  programme: { id: string; slug: string; title: string; levelLabels: string[] };
  /** Every node of the programme that the report may show (any order). */
  nodes: readonly ReportTreeNode[];
  /** The state of each node (frozen or evaluated); a node without an entry has no status. */
  states: ReadonlyMap<string, ReportNodeStateInput>;
  /** A theme: the node whose subtree the report covers; null: the whole programme. */
  themeNodeId: string | null;
  /**
   * A body's steered nodes: the report covers their subtrees (each a theme of the look-back).
   * Ignored when a theme is named; empty or absent: the whole programme.
   */
  scopeNodeIds?: readonly string[];
  /** A report for one body's meeting: its agenda refers to nodes by id (resolved to their paths here). */
  meeting?: {
    id: string;
    bodyId: string;
    bodyName: string;
    date: IsoDate;
    status: 'open' | 'gesloten';
    previousDate: IsoDate | null;
    agenda: { title: string; notes: string | null; nodeId: string | null }[];
  } | null;
  period: BoardReport['period'];
  source: BoardReport['source'];
  asOf: IsoDate;
  since: IsoDate | null;
  until: IsoDate;
  today: IsoDate;
  updates: readonly TerugblikUpdate[];
  milestones: readonly MilestoneInput[];
  planningYear: number;
  governance: GovernanceSection;
  lifecycle: LifecycleCount[];
  kpis: KpiChart[];
  finance: FinanceTable | null;
  publicVersion: boolean;
  /** Default true; a public version without published statuses says false. */
  statusesShown?: boolean;
}

/** The order a summary lists the traffic lights in: worst first, then the rest. */
export const SUMMARY_ORDER: readonly ReportStatusKey[] = [
  'rood',
  'oranje',
  'groen',
  'niet-gestart',
  'afgerond',
  'vervallen',
  'geen-update',
];

/** A title cut at a word boundary to at most `max` characters, with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** "A3 › II": the codes (or titles, where a node has no code) from the root down to the node. */
export function nodePaths(nodes: readonly ReportTreeNode[]): Map<string, string> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out = new Map<string, string>();
  const pathOf = (id: string, seen: Set<string>): string => {
    const known = out.get(id);
    if (known !== undefined) return known;
    const n = byId.get(id);
    if (!n) return '';
    const own = shorten(pathStep(n), 40);
    const parent = n.parentId && byId.has(n.parentId) && !seen.has(n.parentId) ? pathOf(n.parentId, new Set([...seen, id])) : '';
    const path = parent ? `${parent}${PATH_SEPARATOR}${own}` : own;
    out.set(id, path);
    return path;
  };
  for (const n of nodes) pathOf(n.id, new Set());
  return out;
}

function countStatuses(states: readonly (ProgressStatus | null)[]): StatusCount[] {
  const counts = new Map<ReportStatusKey, number>(SUMMARY_ORDER.map((s) => [s, 0]));
  for (const s of states) counts.set(s ?? 'geen-update', (counts.get(s ?? 'geen-update') ?? 0) + 1);
  return SUMMARY_ORDER.map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

/**
 * Build the board report's view-model from plain data: pure, so every format shows the same
 * figures and a test can recompute them. Nodes are listed depth first with their path.
 */
export function buildBoardReport(input: BoardReportInput): BoardReport {
  const all = depthFirst(input.nodes);
  const paths = nodePaths(all);
  const levelLabel = (level: number) =>
    input.programme.levelLabels[level] ?? `${input.language === 'en' ? 'Level' : 'Niveau'} ${level + 1}`;

  let scoped = all;
  let scopeRoot: ReportTreeNode | null = null;
  if (input.themeNodeId !== null) {
    scopeRoot = all.find((n) => n.id === input.themeNodeId) ?? null;
    if (!scopeRoot)
      throw new DomainError('NOT_FOUND', `Thema '${input.themeNodeId}' hoort niet bij dit programma.`, [
        { field: 'theme', reason: 'onbekend element' },
      ]);
    const inScope = new Set([scopeRoot.id]);
    for (const n of all) if (n.parentId !== null && inScope.has(n.parentId)) inScope.add(n.id); // depth first: parents come first
    scoped = all.filter((n) => inScope.has(n.id));
  } else if (input.scopeNodeIds && input.scopeNodeIds.length > 0) {
    // A body's steered nodes: the union of their subtrees; a steered node under another steered one is not a theme of its own.
    const known = new Set(all.map((n) => n.id));
    const inScope = new Set(input.scopeNodeIds.filter((id) => known.has(id)));
    for (const n of all) if (n.parentId !== null && inScope.has(n.parentId)) inScope.add(n.id);
    if (inScope.size > 0) scoped = all.filter((n) => inScope.has(n.id));
  }
  const rootId = scopeRoot?.id ?? null;
  const depth = new Map<string, number>();
  for (const n of scoped)
    depth.set(n.id, n.id === rootId || n.parentId === null || !depth.has(n.parentId) ? 0 : (depth.get(n.parentId) ?? 0) + 1);

  const ref = (n: ReportTreeNode): ReportNodeRef => ({
    nodeId: n.id,
    code: n.code,
    title: n.title,
    path: paths.get(n.id) ?? n.title,
    depth: depth.get(n.id) ?? 0,
  });
  const stateOf = (id: string): ReportNodeStateInput => input.states.get(id) ?? { status: null, percent: null, overridden: false };

  const nodes: ReportNodeState[] = scoped.map((n) => {
    const s = stateOf(n.id);
    return { ...ref(n), levelLabel: levelLabel(n.level), status: s.status, percent: s.percent, overridden: s.overridden };
  });

  // Summary: every node in scope counted once; per level of the programme's own level names.
  const levels = [...new Set(scoped.map((n) => n.level))].sort((a, b) => a - b);
  const perLevel: LevelSummary[] = levels.map((level) => {
    const at = scoped.filter((n) => n.level === level);
    return { depth: level, label: levelLabel(level), counts: countStatuses(at.map((n) => stateOf(n.id).status)), total: at.length };
  });
  const summary = {
    statusCounts: countStatuses(scoped.map((n) => stateOf(n.id).status)),
    total: scoped.length,
    perLevel,
    lifecycle: input.lifecycle,
  };

  // Look-back per theme: the scope's top nodes, each with the updates under it in the window.
  const scopeIds = new Set(scoped.map((n) => n.id));
  const themeNodes = scoped.filter((n) => (depth.get(n.id) ?? 0) === 0);
  const treeForLookBack = scoped.map((n) => ({ id: n.id, parentId: (depth.get(n.id) ?? 0) === 0 ? null : n.parentId }));
  const lookBack = new Map(
    terugblik(
      treeForLookBack,
      input.updates.filter((u) => scopeIds.has(u.nodeId)),
      input.since,
      input.until,
      themeNodes.map((n) => n.id),
    ).map((t) => [t.themeId, t.updates]),
  );
  const order = new Map(scoped.map((n, i) => [n.id, i]));
  const byId = new Map(scoped.map((n) => [n.id, n]));
  const themes = themeNodes.map((t) => {
    const s = stateOf(t.id);
    const updates = [...(lookBack.get(t.id) ?? [])]
      // Same date: tree order, never the order of ids.
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : (order.get(a.nodeId) ?? 0) - (order.get(b.nodeId) ?? 0)))
      .flatMap((u) => {
        const n = byId.get(u.nodeId);
        return n
          ? [{ ...ref(n), date: u.date, status: u.status, percent: u.percent, results: u.results, attentionPoints: u.attentionPoints }]
          : [];
      });
    return { ...ref(t), status: s.status, percent: s.percent, updates };
  });

  // Quarter planning: one row per node one level below the scope's top (the projects), milestones
  // of deeper nodes on their ancestor's row; states as of the report date.
  const rowDepth = scoped.some((n) => depth.get(n.id) === 1) ? 1 : 0;
  const rows = scoped.filter((n) => depth.get(n.id) === rowDepth);
  const rowOf = (nodeId: string): string | null => {
    let cur = byId.get(nodeId);
    while (cur && (depth.get(cur.id) ?? 0) > rowDepth) cur = cur.parentId ? byId.get(cur.parentId) : undefined;
    return cur && depth.get(cur.id) === rowDepth ? cur.id : null;
  };
  const milestones = input.milestones.flatMap((m) => {
    const row = rowOf(m.nodeId);
    // A milestone done after the report date counts as not yet done.
    return row ? [{ ...m, nodeId: row, doneDate: m.doneDate && m.doneDate <= input.asOf ? m.doneDate : null }] : [];
  });
  const plan = quarterPlan(
    rows.map((r) => r.id),
    milestones,
    input.planningYear,
    input.asOf,
  );
  const planning = {
    year: input.planningYear,
    levelLabel: rows[0] ? levelLabel(rows[0].level) : '',
    rows: plan.flatMap((p) => {
      const n = byId.get(p.nodeId);
      return n
        ? [
            {
              ...ref(n),
              quarters: p.quarters.map((cells) =>
                cells.map((c) => ({ title: c.title, dueLabel: c.dueLabel, state: c.state })),
              ) as BoardReport['planning']['rows'][number]['quarters'],
            },
          ]
        : [];
    }),
  };

  const m = input.meeting ?? null;
  const steeredIds = new Set(input.scopeNodeIds ?? []);
  const meeting = m
    ? {
        id: m.id,
        bodyId: m.bodyId,
        bodyName: m.bodyName,
        date: m.date,
        status: m.status,
        previousDate: m.previousDate,
        steered: all.filter((n) => steeredIds.has(n.id)).map(ref),
        agenda: m.agenda.map((a) => {
          const n = a.nodeId ? all.find((x) => x.id === a.nodeId) : undefined;
          // An agenda item about a node outside the scope still names it, by its full path.
          return { title: a.title, notes: a.notes, node: n ? { ...ref(n), depth: depth.get(n.id) ?? 0 } : null };
        }),
      }
    : null;

  return {
    language: input.language,
    programme: input.programme,
    scope: scopeRoot ? { kind: 'theme', ...ref(scopeRoot) } : { kind: 'programme' },
    period: input.period,
    source: input.source,
    asOf: input.asOf,
    since: input.since,
    until: input.until,
    generatedOn: input.today,
    summary,
    nodes,
    themes,
    planning,
    governance: input.governance,
    kpis: input.kpis,
    finance: input.finance,
    meeting,
    publicVersion: input.publicVersion,
    statusesShown: input.statusesShown ?? true,
  };
}
