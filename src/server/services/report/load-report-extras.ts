import type { Db } from '../../../db/database';
import { kpiReportView } from '../../../domain/kpi/report-view';
import type { IsoDate } from '../../../domain/progress/dates';
import { financeTable, kpiCharts } from '../../../domain/report/extras';
import type { FinanceTable, KpiChart, LifecycleCount, ReportLanguage } from '../../../domain/report/view-model';
import { getFinance } from '../finance/finance-overview';
import { loadProgrammeKpis } from '../kpi/load-kpi';

export interface ReportExtrasOptions {
  programmeId: string;
  /** The node ids in the report's scope. */
  nodeIds: readonly string[];
  /** True for a programme report (not a theme): programme-wide KPIs and budget lines belong in it. */
  wholeProgramme: boolean;
  /** The path of every node as the report names it. */
  paths: ReadonlyMap<string, string>;
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

/** The budget lines of the nodes in scope, per status, with totals. */
export async function loadFinanceSection(db: Db, opts: ReportExtrasOptions): Promise<FinanceTable | null> {
  const view = await getFinance(db, { programme: opts.programmeId });
  return financeTable(view, { nodeIds: new Set(opts.nodeIds), wholeProgramme: opts.wholeProgramme, paths: opts.paths }, opts.language);
}
