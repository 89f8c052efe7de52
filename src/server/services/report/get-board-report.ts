import type { Db } from '../../../db/database';
import { loadGovernanceRows } from '../../../db/queries/governance';
import { programmeById } from '../../../db/queries/programme';
import { previousMeeting } from '../../../domain/governance';
import { resolveMeetingRef } from '../../../domain/report/meeting-ref';
import { listSnapshot } from '../../../db/queries/progress';
import { addDays, dutchDate, previousPeriod, reportingEnd, type TerugblikUpdate } from '../../../domain/progress';
import { depthFirst } from '../../../domain/programme/tree';
import { buildBoardReport, nodePaths, type BoardReportInput, type ReportNodeStateInput } from '../../../domain/report/build-report';
import { defaultReportPeriod, resolvePeriodRef } from '../../../domain/report/period-ref';
import type { BoardReport, ReportLanguage, ReportNodeRef } from '../../../domain/report/view-model';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError, notFound } from '../../../domain/shared/errors';
import type { Actor } from '../../auth/actor';
import { evaluateAt, loadProgressContext, milestoneInput, toStatus, type ProgressContext } from '../progress/load-progress';
import { loadGovernanceSection } from './load-governance-section';
import { loadFinanceSection, loadKpiSection, loadLifecycleSection } from './load-report-extras';

export interface GetBoardReportOptions {
  programmeId: string;
  /** A theme by code ("2", "A3") or node id: the report covers that node and everything under it. */
  theme?: string | null;
  /** A period by id, label or quarter ("2022-Q2"); default: the latest locked period, else the latest started. */
  period?: string | null;
  language?: ReportLanguage;
  /** A report for one body's meeting: by id … */
  meetingId?: string | null;
  /** … or by its body (id, key or name): the body's next meeting, else its latest. */
  body?: string | null;
}

type BoardReportMeetingInput = NonNullable<BoardReportInput['meeting']>;

/** The theme a report names: a node id, or a code, preferring top-level nodes; ambiguous codes are refused with their paths. */
function resolveTheme(ctx: ProgressContext, ref: string): string {
  const byId = ctx.nodes.find((n) => n.id === ref);
  if (byId) return byId.id;
  const matches = ctx.nodes.filter((n) => (n.code ?? '').toLowerCase() === ref.toLowerCase());
  const top = matches.filter((n) => n.parentId === null);
  const chosen = top.length === 1 ? top : matches;
  const only = chosen[0];
  if (chosen.length === 1 && only) return only.id;
  if (chosen.length === 0)
    throw new DomainError('NOT_FOUND', `Thema '${ref}' bestaat niet in dit programma.`, [
      { field: 'theme', reason: `geen element met code '${ref}'` },
    ]);
  throw new DomainError('VALIDATION_FAILED', `Code '${ref}' komt ${chosen.length} keer voor; kies het thema met zijn id.`, [
    { field: 'theme', reason: chosen.map((n) => `${n.title} (${n.id})`).join('; ') },
  ]);
}

/**
 * The board report for a programme or one theme over a period: the locked period's snapshot
 * when it is locked, otherwise the state computed up to the period's end (marked provisional),
 * or today's state without a period.
 */
export async function getBoardReport(db: Db, _actor: Actor, opts: GetBoardReportOptions, clock: Clock): Promise<BoardReport> {
  const ctx = await loadProgressContext(db, opts.programmeId);
  const p = await programmeById(db, opts.programmeId);
  if (!p) throw notFound('Programma', opts.programmeId);
  const today = dutchDate(clock.now());
  const period = opts.period ? resolvePeriodRef(ctx.periods, opts.period) : defaultReportPeriod(ctx.periods, today);
  const themeNodeId = opts.theme ? resolveTheme(ctx, opts.theme) : null;

  // A body's meeting: its steered nodes are the scope, its previous meeting starts the look-back.
  let meeting: BoardReportMeetingInput | null = null;
  let scopeNodeIds: string[] = [];
  if (opts.meetingId || opts.body) {
    const g = await loadGovernanceRows(db, p.id);
    const m = resolveMeetingRef(g.meetings, g.bodies, { meetingId: opts.meetingId ?? null, body: opts.body ?? null }, today);
    const b = g.bodies.find((x) => x.id === m.bodyId);
    const prev = previousMeeting(g.meetings, m);
    scopeNodeIds = themeNodeId ? [] : g.bodyNodes.filter((x) => x.bodyId === m.bodyId).map((x) => x.nodeId);
    meeting = {
      id: m.id,
      bodyId: m.bodyId,
      bodyName: b?.name ?? '',
      date: m.date,
      status: m.status === 'gesloten' ? 'gesloten' : 'open',
      previousDate: prev?.date ?? null,
      agenda: g.agendaItems.filter((a) => a.meetingId === m.id).map((a) => ({ title: a.title, notes: a.notes, nodeId: a.nodeId })),
    };
  }
  // A meeting report without a named period shows the state on the meeting date (today for a meeting still to come).
  const meetingState = meeting !== null && !opts.period;

  let nodes = ctx.nodes;
  const states = new Map<string, ReportNodeStateInput>();
  let source: BoardReport['source'];
  let asOf: string;
  if (!meetingState && period?.lockedAt) {
    source = 'snapshot';
    asOf = reportingEnd(period);
    const snapshot = await listSnapshot(db, period.id);
    for (const r of snapshot)
      states.set(r.nodeId, { status: toStatus(r.status), percent: r.percent, overridden: r.overrideReason !== null });
    // Nodes added after the lock are not in the snapshot and are left out.
    nodes = ctx.nodes.filter((n) => states.has(n.id));
  } else {
    if (meeting && meetingState) {
      asOf = meeting.date < today ? meeting.date : today;
      source = meeting.date < today ? 'vergadering' : 'actueel';
    } else {
      source = period ? 'voorlopig' : 'actueel';
      asOf = period ? (reportingEnd(period) < today ? reportingEnd(period) : today) : today;
    }
    const { states: evaluated } = evaluateAt(ctx, asOf);
    for (const [id, s] of evaluated) states.set(id, { status: s.status, percent: s.percent, overridden: s.statusSource === 'override' });
  }

  const prev = period ? previousPeriod(ctx.periods, period) : null;
  // The look-back: after the previous period's reporting end, or for a meeting after the body's previous meeting.
  const since = meeting ? meeting.previousDate : prev ? reportingEnd(prev) : null;
  const until = meeting ? meeting.date : period ? reportingEnd(period) : today;
  const updates: TerugblikUpdate[] = ctx.updates.flatMap((u) => {
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
  const language = opts.language ?? 'nl';
  // The report's scope (the theme's subtree, depth first) and how it names each node, for the sections from other concepts.
  const inScope = new Set<string>();
  const roots = new Set(themeNodeId ? [themeNodeId] : scopeNodeIds.filter((id) => nodes.some((n) => n.id === id)));
  for (const n of depthFirst(nodes))
    if (roots.size === 0 || roots.has(n.id) || (n.parentId !== null && inScope.has(n.parentId))) inScope.add(n.id);
  const paths = nodePaths(nodes);
  const depth = new Map<string, number>();
  const scopeRefs = new Map<string, ReportNodeRef>();
  for (const n of nodes) {
    if (!inScope.has(n.id)) continue;
    const d = roots.has(n.id) || n.parentId === null || !depth.has(n.parentId) ? 0 : (depth.get(n.parentId) ?? 0) + 1;
    depth.set(n.id, d);
    scopeRefs.set(n.id, { nodeId: n.id, code: n.code, title: n.title, path: paths.get(n.id) ?? n.title, depth: d });
  }
  const extras = {
    programmeId: p.id,
    programmeTitle: p.title,
    nodes,
    nodeIds: [...inScope],
    wholeProgramme: roots.size === 0,
    paths,
    asOf,
    language,
  };
  const [governance, lifecycle, kpis, finance] = await Promise.all([
    // Decisions of meetings after the previous period's end (like the look-back), up to this period's end.
    loadGovernanceSection(
      db,
      {
        programmeId: p.id,
        bodyId: meeting?.bodyId ?? null,
        from: since ? addDays(since, 1) : null,
        to: until,
        asOf,
        scope: scopeRefs,
        themeOnly: themeNodeId !== null,
      },
      clock,
    ),
    loadLifecycleSection(db, extras),
    loadKpiSection(db, extras),
    loadFinanceSection(db, extras),
  ]);

  return buildBoardReport({
    language,
    programme: { id: p.id, slug: p.slug, title: p.title, levelLabels: p.levelLabels },
    nodes,
    states,
    themeNodeId,
    scopeNodeIds,
    meeting,
    // A meeting report shows the meeting in place of a period, unless a period was named.
    period:
      period && !meetingState
        ? { id: period.id, label: period.label, startDate: period.startDate, endDate: period.endDate, locked: period.lockedAt !== null }
        : null,
    source,
    asOf,
    since,
    until,
    today,
    updates,
    milestones: ctx.milestones.map(milestoneInput),
    planningYear: Number((meeting ? meeting.date : period ? period.endDate : asOf).slice(0, 4)),
    governance,
    lifecycle,
    kpis,
    finance,
    publicVersion: false,
  });
}
