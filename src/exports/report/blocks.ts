import {
  condensedTexts,
  formatCents,
  formatPercent,
  formatReportDate,
  milestoneStateLabel,
  reportLabels,
  shortStatusLabel,
  statusLabel,
} from '../../domain/report/labels';
import { formatQuantity, type KpiUnit } from '../../domain/kpi/units';
import type { MilestoneState } from '../../domain/progress/milestones';
import type { BoardReport, ReportLanguage, ReportNodeRef, ReportNodeState, ReportStatusKey } from '../../domain/report/view-model';

/**
 * A scope of up to this many nodes lists every node, every look-back update and every milestone.
 * A larger one (a board does not read 2,000 rows) is condensed: the status table shows the top
 * levels that fit within this many rows, each node with the number of red and orange nodes under
 * it; per theme the look-back shows the latest red and orange updates with the count of all; a
 * planning cell counts its milestones per state and names the overdue ones. The XLSX (the data)
 * and the report of one theme keep every row.
 */
export const REPORT_DETAIL_LIMIT = 150;
/** Condensed look-back: at most this many red or orange updates per theme. */
export const LOOKBACK_EXCEPTIONS_PER_THEME = 5;
/** A KPI table shows the latest this many periods (in every report: a board looks at the recent course and the target). */
export const KPI_PERIODS_SHOWN = 12;
/** Condensed planning: at most this many overdue milestones named per cell. */
export const PLANNING_LATE_PER_CELL = 3;

/** The number of levels (from the top of the scope) a condensed status table shows: as many as fit in the limit, at least one. */
export function condensedLevels(nodes: readonly Pick<ReportNodeState, 'depth'>[], limit = REPORT_DETAIL_LIMIT): number {
  const perDepth: number[] = [];
  for (const n of nodes) perDepth[n.depth] = (perDepth[n.depth] ?? 0) + 1;
  let levels = 1;
  let rows = perDepth[0] ?? 0;
  while (levels < perDepth.length && rows + (perDepth[levels] ?? 0) <= limit) rows += perDepth[levels++] ?? 0;
  return levels;
}

/**
 * Per node (same order as `nodes`, depth first): how many nodes in its subtree, itself not
 * included, are red and how many orange. A subtree is the run of nodes after it that lie deeper.
 */
export function exceptionsBelow(nodes: readonly Pick<ReportNodeState, 'depth' | 'status'>[]): { rood: number; oranje: number }[] {
  const out = nodes.map(() => ({ rood: 0, oranje: 0 }));
  const open: number[] = [];
  nodes.forEach((n, i) => {
    while (open.length > 0 && (nodes[open[open.length - 1] ?? 0]?.depth ?? 0) >= n.depth) open.pop();
    if (n.status === 'rood' || n.status === 'oranje') for (const a of open) (out[a] as { rood: number; oranje: number })[n.status]++;
    open.push(i);
  });
  return out;
}

const PLANNING_STATE_ORDER: readonly MilestoneState[] = ['te-laat', 'open', 'te-laat-gehaald', 'gehaald', 'zonder-termijn'];

/**
 * The report as a list of neutral blocks (headings, paragraphs, tables): the one outline that
 * the DOCX, PDF and HTML writers each render, so the three show the same sections in the same
 * order with the same words and figures.
 */
export interface TextCell {
  text: string;
  /** A traffic light to colour the cell by. */
  status?: ReportStatusKey | null;
  /** Indentation steps (tree depth) for the first column of tree lists. */
  indent?: number;
}

export type Block =
  | {
      kind: 'title';
      title: string;
      subtitle: string;
      facts: [string, string][];
    }
  | { kind: 'toc'; title: string; hint: string }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; id: string }
  | { kind: 'paragraph'; text: string; muted?: boolean }
  | {
      kind: 'text';
      label: string;
      paragraphs: { text: string; bullet: boolean }[];
    }
  | {
      kind: 'table';
      caption: string;
      header: string[];
      rows: TextCell[][];
      widths: number[];
    };

/** Lines of free text as paragraphs and bullets ("- ", "• ", "* " start a bullet). */
export function textParagraphs(text: string): { text: string; bullet: boolean }[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map((l) => {
      const m = /^[-•*]\s+(.*)$/.exec(l);
      return m?.[1] !== undefined ? { text: m[1], bullet: true } : { text: l, bullet: false };
    });
}

/** "1.2 Titel" for a node, the code only when there is one. */
export function nodeLabel(n: Pick<ReportNodeRef, 'code' | 'title'>): string {
  return n.code ? `${n.code} ${n.title}` : n.title;
}

/** A KPI figure in the report's notation: Dutch (1.234,5 · 12,5% · € 1.234,56) or English. */
export function formatKpiValue(unit: string, value: number | null, language: ReportLanguage): string {
  if (value === null) return '–';
  if (language === 'nl') return formatQuantity(unit as KpiUnit, value);
  const n = value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  return unit === 'percent' ? `${n}%` : unit === 'euro' ? `€${n}` : n;
}

export function reportTitle(r: BoardReport): string {
  const L = reportLabels(r.language);
  return r.publicVersion ? L.publicReportTitle : r.meeting ? L.meetingReportTitle : L.reportTitle;
}

export function sourceText(r: BoardReport): string {
  const L = reportLabels(r.language);
  return r.source === 'snapshot'
    ? L.sourceSnapshot
    : r.source === 'voorlopig'
      ? L.sourceProvisional
      : r.source === 'vergadering'
        ? L.sourceMeeting
        : L.sourceLive;
}

export function reportBlocks(r: BoardReport): Block[] {
  const L = reportLabels(r.language);
  const C = condensedTexts(r.language);
  const s = (k: ReportStatusKey | null) => statusLabel(r.language, k);
  const blocks: Block[] = [];
  const condensed = r.nodes.length > REPORT_DETAIL_LIMIT;
  const facts: [string, string][] = [[L.programme, r.programme.title]];
  if (r.meeting) {
    facts.push([L.body, r.meeting.bodyName]);
    facts.push([
      L.meetingDate,
      `${formatReportDate(r.meeting.date)} (${r.meeting.status === 'gesloten' ? L.meetingClosed : L.meetingOpen})`,
    ]);
    facts.push([L.previousMeeting, r.meeting.previousDate ? formatReportDate(r.meeting.previousDate) : L.noPreviousMeeting]);
    facts.push([L.steered, r.meeting.steered.map((n) => `${nodeLabel(n)} (${n.path})`).join('; ') || L.steeredAll]);
  }
  if (r.scope.kind === 'theme') facts.push([L.theme, `${nodeLabel(r.scope)} (${r.scope.path})`]);
  if (!r.meeting || r.period) facts.push([L.period, r.period ? r.period.label : L.noPeriod]);
  facts.push([L.asOf, formatReportDate(r.asOf)]);
  facts.push([L.source, sourceText(r)]);
  facts.push([L.lookBackRange, `${r.since ? formatReportDate(r.since) : L.fromStart} – ${formatReportDate(r.until)}`]);
  facts.push([L.generatedOn, formatReportDate(r.generatedOn)]);
  blocks.push({
    kind: 'title',
    title: reportTitle(r),
    subtitle: r.meeting
      ? `${r.meeting.bodyName} — ${formatReportDate(r.meeting.date)}`
      : r.scope.kind === 'theme'
        ? `${r.programme.title} — ${nodeLabel(r.scope)}`
        : r.programme.title,
    facts,
  });
  blocks.push({ kind: 'toc', title: L.contents, hint: L.tocHint });

  // A meeting's report opens with its agenda (items about a node name the node by its path).
  if (r.meeting) {
    blocks.push({ kind: 'heading', level: 1, text: L.agenda, id: 'agenda' });
    if (r.meeting.agenda.length === 0) blocks.push({ kind: 'paragraph', text: L.agendaEmpty, muted: true });
    else
      blocks.push({
        kind: 'table',
        caption: L.agenda,
        header: ['#', L.agendaItem, L.nodes, L.notes],
        rows: r.meeting.agenda.map((a, i) => [
          { text: String(i + 1) },
          { text: a.title },
          { text: a.node ? `${nodeLabel(a.node)} (${a.node.path})` : '–' },
          { text: a.notes ?? '' },
        ]),
        widths: [0.5, 4, 3, 3],
      });
  }

  // 1. Summary: traffic lights (and life-cycle statuses, once they exist), 2. the state of every node.
  if (r.statusesShown) {
    blocks.push({
      kind: 'heading',
      level: 1,
      text: L.summary,
      id: 'samenvatting',
    });
    blocks.push({ kind: 'paragraph', text: L.summaryIntro });
    blocks.push({
      kind: 'table',
      caption: L.summaryIntro,
      header: [L.status, L.count],
      rows: [
        ...r.summary.statusCounts.map((c) => [{ text: s(c.status), status: c.status }, { text: String(c.count) }]),
        [{ text: L.total }, { text: String(r.summary.total) }],
      ],
      widths: [3, 1],
    });
    if (r.summary.perLevel.length > 0) {
      blocks.push({
        kind: 'heading',
        level: 2,
        text: L.perLevel,
        id: 'samenvatting-niveau',
      });
      blocks.push({
        kind: 'table',
        caption: L.perLevel,
        header: [L.level, ...r.summary.statusCounts.map((c) => shortStatusLabel(r.language, c.status)), L.total],
        rows: r.summary.perLevel.map((l) => [
          { text: l.label },
          ...l.counts.map((c) => ({ text: String(c.count) })),
          { text: String(l.total) },
        ]),
        widths: [2, ...r.summary.statusCounts.map(() => 1), 1],
      });
    }
    if (r.summary.lifecycle.length > 0) {
      blocks.push({
        kind: 'heading',
        level: 2,
        text: L.lifecycle,
        id: 'samenvatting-levensfase',
      });
      blocks.push({
        kind: 'table',
        caption: L.lifecycleIntro,
        header: [L.lifecycle, L.count],
        rows: r.summary.lifecycle.map((c) => [{ text: c.label }, { text: String(c.count) }]),
        widths: [3, 1],
      });
    }

    // 2. The state of every node, depth first with its path (a large scope: its top levels, with the exceptions under each).
    blocks.push({
      kind: 'heading',
      level: 1,
      text: L.statusTable,
      id: 'stand',
    });
    if (condensed) {
      const levels = condensedLevels(r.nodes);
      const below = exceptionsBelow(r.nodes);
      const shown = r.nodes.flatMap((n, i) => (n.depth < levels ? [{ n, below: below[i] ?? { rood: 0, oranje: 0 } }] : []));
      blocks.push({ kind: 'paragraph', text: C.statusIntro(r.nodes.length, levels, shown.length) });
      blocks.push({
        kind: 'table',
        caption: L.statusTable,
        header: [L.title, L.path, L.level, L.status, L.percent, C.belowHeader],
        rows: shown.map(({ n, below: b }) => [
          { text: nodeLabel(n), indent: n.depth },
          { text: n.path },
          { text: n.levelLabel },
          { text: s(n.status) + (n.overridden ? ` (${L.overridden})` : ''), status: n.status ?? 'geen-update' },
          { text: formatPercent(n.percent) },
          { text: `${b.rood} / ${b.oranje}` },
        ]),
        widths: [5, 3, 2, 3, 1.6, 1.8],
      });
    } else
      blocks.push({
        kind: 'table',
        caption: L.statusTable,
        header: [L.title, L.path, L.level, L.status, L.percent],
        rows: r.nodes.map((n) => [
          { text: nodeLabel(n), indent: n.depth },
          { text: n.path },
          { text: n.levelLabel },
          {
            text: s(n.status) + (n.overridden ? ` (${L.overridden})` : ''),
            status: n.status ?? 'geen-update',
          },
          { text: formatPercent(n.percent) },
        ]),
        widths: [5, 3, 2, 3, 1.6],
      });
  }

  // 3. Per theme: the results and points of attention of the look-back.
  blocks.push({ kind: 'heading', level: 1, text: L.lookBack, id: 'terugblik' });
  r.themes.forEach((t, i) => {
    blocks.push({
      kind: 'heading',
      level: 2,
      text: nodeLabel(t),
      id: `thema-${i + 1}`,
    });
    if (r.statusesShown)
      blocks.push({
        kind: 'paragraph',
        text: `${L.status}: ${s(t.status)} · ${L.percent}: ${formatPercent(t.percent)}`,
        muted: true,
      });
    if (t.updates.length === 0) blocks.push({ kind: 'paragraph', text: L.lookBackEmpty, muted: true });
    let updates = t.updates;
    if (condensed && t.updates.length > 0) {
      // The latest red and orange updates, still oldest first; the count of all says what is left out.
      const exceptions = t.updates.filter((u) => u.status === 'rood' || u.status === 'oranje');
      updates = exceptions.slice(-LOOKBACK_EXCEPTIONS_PER_THEME);
      blocks.push({ kind: 'paragraph', text: C.lookBackMore(t.updates.length, exceptions.length, updates.length), muted: true });
    }
    updates.forEach((u, j) => {
      blocks.push({
        kind: 'heading',
        level: 3,
        text: `${nodeLabel(u)} — ${formatReportDate(u.date)}`,
        id: `thema-${i + 1}-${j + 1}`,
      });
      blocks.push({
        kind: 'paragraph',
        text: r.statusesShown ? `${u.path} · ${s(u.status)} · ${formatPercent(u.percent)}` : u.path,
        muted: true,
      });
      if (u.results?.trim())
        blocks.push({
          kind: 'text',
          label: L.results,
          paragraphs: textParagraphs(u.results),
        });
      if (u.attentionPoints?.trim())
        blocks.push({
          kind: 'text',
          label: L.attentionPoints,
          paragraphs: textParagraphs(u.attentionPoints),
        });
    });
  });

  // 4. Quarter milestone planning as a grid.
  blocks.push({
    kind: 'heading',
    level: 1,
    text: `${L.planning} ${r.planning.year}`,
    id: 'planning',
  });
  type Cell = BoardReport['planning']['rows'][number]['quarters'][number][number];
  const bullet = (c: Cell) => `• ${c.title} (${c.dueLabel}; ${milestoneStateLabel(r.language, c.state)})`;
  const cells = (list: Cell[]) => {
    if (!condensed || list.length <= PLANNING_LATE_PER_CELL) return list.map(bullet).join('\n');
    // A large scope: the count per state, then the overdue milestones by name.
    const states = PLANNING_STATE_ORDER.flatMap((st) => {
      const n = list.filter((c) => c.state === st).length;
      return n > 0 ? [`${n} ${milestoneStateLabel(r.language, st)}`] : [];
    });
    const late = list.filter((c) => c.state === 'te-laat');
    const named = late.slice(0, PLANNING_LATE_PER_CELL).map(bullet);
    if (late.length > named.length) named.push(C.planningMoreLate(late.length - named.length));
    return [C.planningCount(list.length, states.join(', ')), ...named].join('\n');
  };
  const planned = r.planning.rows.filter((row) => row.quarters.some((q) => q.length > 0));
  if (planned.length === 0) blocks.push({ kind: 'paragraph', text: L.planningEmpty, muted: true });
  else
    blocks.push({
      kind: 'table',
      caption: `${L.planning} ${r.planning.year}`,
      header: [
        r.planning.levelLabel || L.title,
        `Q1 ${r.planning.year}`,
        `Q2 ${r.planning.year}`,
        `Q3 ${r.planning.year}`,
        `Q4 ${r.planning.year}`,
      ],
      rows: planned.map((row) => [{ text: `${nodeLabel(row)}\n${row.path}` }, ...row.quarters.map((q) => ({ text: cells(q) }))]),
      widths: [3, 2, 2, 2, 2],
    });

  // 5. Decisions requested and 6. open actions (from governance; internal, so not in the public version).
  if (!r.publicVersion) {
    blocks.push({
      kind: 'heading',
      level: 1,
      text: L.decisions,
      id: 'besluiten',
    });
    if (r.governance.decisions.length === 0) blocks.push({ kind: 'paragraph', text: L.decisionsEmpty, muted: true });
    else
      blocks.push({
        kind: 'table',
        caption: L.decisions,
        header: [L.decision, L.body, L.meeting, L.nodes],
        rows: r.governance.decisions.map((d) => [
          { text: d.text },
          { text: d.bodyName ?? '–' },
          { text: formatReportDate(d.meetingDate) },
          {
            text: d.nodes.map((n) => `${nodeLabel(n)} (${n.path})`).join('\n') || '–',
          },
        ]),
        widths: [4, 2, 1, 3],
      });
    blocks.push({ kind: 'heading', level: 1, text: L.actions, id: 'acties' });
    if (r.governance.actions.length === 0) blocks.push({ kind: 'paragraph', text: L.actionsEmpty, muted: true });
    else
      blocks.push({
        kind: 'table',
        caption: L.actions,
        header: [L.action, L.owner, L.deadline, L.status, L.body],
        rows: r.governance.actions.map((a) => [
          { text: a.text },
          { text: a.owner ?? '–' },
          {
            text: formatReportDate(a.deadline) + (a.overdue ? ` (${L.overdue})` : ''),
          },
          { text: a.status },
          { text: a.bodyName ?? '–' },
        ]),
        widths: [4, 2, 2, 1, 2],
      });
  }

  // 7. KPI charts with their numbers, 8. the finance table: only when they have content.
  if (r.kpis.length > 0) {
    blocks.push({ kind: 'heading', level: 1, text: L.kpis, id: 'indicatoren' });
    r.kpis.forEach((k, i) => {
      blocks.push({
        kind: 'heading',
        level: 2,
        text: `${k.name} (${k.unit})`,
        id: `indicator-${i + 1}`,
      });
      const facts = [k.statusLabel ? `${L.status}: ${k.statusLabel}` : null, ...(k.targets ?? [])].filter((x): x is string => x !== null);
      if (facts.length > 0) blocks.push({ kind: 'text', label: L.target, paragraphs: facts.map((text) => ({ text, bullet: true })) });
      const hasTarget = k.points.some((p) => p.target !== null && p.target !== undefined);
      const points = k.points.slice(-KPI_PERIODS_SHOWN);
      if (points.length < k.points.length) blocks.push({ kind: 'paragraph', text: C.kpiMore(points.length, k.points.length), muted: true });
      blocks.push({
        kind: 'table',
        caption: k.name,
        header: hasTarget ? [L.period, L.value, L.target] : [L.period, L.value],
        rows: points.map((p) => [
          { text: p.label },
          { text: formatKpiValue(k.unit, p.value, r.language) },
          ...(hasTarget ? [{ text: formatKpiValue(k.unit, p.target ?? null, r.language) }] : []),
        ]),
        widths: hasTarget ? [3, 1.5, 1.5] : [3, 1],
      });
    });
  }
  if (r.finance && r.finance.rows.length > 0) {
    blocks.push({
      kind: 'heading',
      level: 1,
      text: L.finance,
      id: 'financien',
    });
    blocks.push({
      kind: 'table',
      caption: L.finance,
      header: [L.title, ...r.finance.columns],
      rows: [
        ...r.finance.rows.map((row) => [
          { text: `${row.label}\n${row.path}` },
          ...row.cents.map((c) => ({ text: formatCents(c, r.language) })),
        ]),
        [
          { text: L.total },
          ...r.finance.totals.map((c) => ({
            text: formatCents(c, r.language),
          })),
        ],
      ],
      widths: [3, ...r.finance.columns.map(() => 2)],
    });
    if (r.finance.rows.some((row) => row.cents.includes(null))) blocks.push({ kind: 'paragraph', text: L.financeUnknown, muted: true });
  }
  return blocks;
}
