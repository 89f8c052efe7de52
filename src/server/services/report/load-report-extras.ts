import type { Db } from '../../../db/database';
import { kpiReportView } from '../../../domain/kpi/report-view';
import type { IsoDate } from '../../../domain/progress/dates';
import { financeTable, kpiCharts } from '../../../domain/report/extras';
import type { FinanceTable, KpiChart, LifecycleCount, ReportLanguage } from '../../../domain/report/view-model';
import { budgetLinesOfProgramme } from '../../../db/queries/finance';
import { MONEY_STREAMS } from '../../../domain/finance/budget';
import { GAP_ORIGIN } from '../../../domain/finance/gap-budget';
import { financeOverview } from '../../../domain/finance/overview';
import { budgetLineView } from '../finance/budget-lines';
import { loadProgrammeKpis } from '../kpi/load-kpi';

export interface ReportExtrasOptions {
  programmeId: string;
  /** The node ids in the report's scope. */
  nodeIds: readonly string[];
  /** True for a programme report (not a theme): programme-wide KPIs and budget lines belong in it. */
  wholeProgramme: boolean;
  /** The path of every node as the report names it. */
  paths: ReadonlyMap<string, string>;
  /** The programme's title and its nodes (already loaded for the report; not read again). */
  programmeTitle: string;
  nodes: readonly { id: string; parentId: string | null; code: string | null; title: string }[];
  asOf: IsoDate;
  language: ReportLanguage;
}

/**
 * Sections filled from other concepts: life-cycle statuses (issue 18, still empty), KPI charts
 * (issue 21, from the KPI report view) and the finance table (issue 22, from the finance view).
 * A report file shows a section only when it has content.
 */
export async function loadLifecycleSection(_db: Db, _opts: ReportExtrasOptions): Promise<LifecycleCount[]> {
  return [];
}

/** The programme's indicators as of the report's date; a theme report keeps those linked to a node in the theme. */
export async function loadKpiSection(db: Db, opts: ReportExtrasOptions): Promise<KpiChart[]> {
  const scope = new Set(opts.nodeIds);
  const loaded = (await loadProgrammeKpis(db, opts.programmeId, opts.asOf)).filter(
    (k) => opts.wholeProgramme || k.nodes.some((n) => scope.has(n.nodeId)),
  );
  if (loaded.length === 0) return [];
  return kpiCharts(
    kpiReportView(
      loaded.map((k) => k.data),
      opts.asOf,
    ),
  );
}

/**
 * The budget lines of the nodes in scope, per status, with totals: the same sums as the finance
 * page (financeOverview over the lines that are not the gap analysis's), from one query for the
 * lines; the nodes are the report's own, not read again.
 */
export async function loadFinanceSection(db: Db, opts: ReportExtrasOptions): Promise<FinanceTable | null> {
  const lines = (await budgetLinesOfProgramme(db, opts.programmeId)).filter((r) => r.origin !== GAP_ORIGIN).map(budgetLineView);
  if (lines.length === 0) return null;
  const overview = financeOverview(
    opts.nodes,
    lines,
    MONEY_STREAMS.map((s) => s.key as string),
  );
  const source = {
    programme: { title: opts.programmeTitle },
    nodes: opts.nodes.map((n, i) => ({
      id: n.id,
      code: n.code,
      title: n.title,
      lines: overview.perNode[i]?.lines ?? 0,
      own: overview.perNode[i]?.own ?? overview.programme,
    })),
    lines,
    programmeLevel: overview.programme,
  };
  return financeTable(source, { nodeIds: new Set(opts.nodeIds), wholeProgramme: opts.wholeProgramme, paths: opts.paths }, opts.language);
}
