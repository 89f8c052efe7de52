import { indicatorView, type IndicatorData, type IndicatorView } from './indicator-view';
import { KPI_STATUS_LABEL, KPI_STATUSES, type KpiStatus } from './status';

/**
 * The board report's section "KPI's met hun grafieken en cijfers": per indicator the chart series
 * (periods, total against the target line, small multiples per unit), the status beside the target
 * texts, and the table with the numbers behind every chart. Pure: the report builder (DOCX/PDF) only
 * draws what this returns.
 */
export interface KpiReportView {
  asOf: string;
  /** How many indicators have each status, in the fixed order op koers, risico, niet op koers, geen gegevens. */
  statusCounts: { status: KpiStatus; label: string; count: number }[];
  indicators: IndicatorView[];
  /** True when any figure in the section is demo data (the report must say so). */
  containsDemo: boolean;
}

export function kpiReportView(list: readonly IndicatorData[], asOf: string): KpiReportView {
  // A report is as of its date: later figures are not shown, as the status does not count them (status.ts).
  const indicators = list.map((d) => indicatorView({ ...d, figures: d.figures.filter((f) => f.period.start <= asOf), asOf }));
  return {
    asOf,
    statusCounts: KPI_STATUSES.map((s) => ({
      status: s,
      label: KPI_STATUS_LABEL[s],
      count: indicators.filter((i) => i.status === s).length,
    })),
    indicators,
    containsDemo: indicators.some((i) => i.isDemo),
  };
}
