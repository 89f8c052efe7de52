import type { Db } from '../../../db/database';
import type { IsoDate } from '../../../domain/progress/dates';
import type { FinanceTable, KpiChart, LifecycleCount, ReportLanguage } from '../../../domain/report/view-model';

export interface ReportExtrasOptions {
  programmeId: string;
  /** The node ids in the report's scope. */
  nodeIds: readonly string[];
  asOf: IsoDate;
  language: ReportLanguage;
}

/**
 * Sections that other parts of Regietafel will fill: life-cycle statuses (issue 18), KPI charts
 * (issue 21) and the finance table (issue 22). Each is empty today, and a report file shows a
 * section only when it has content. Wire each loader to its concept's query when it exists.
 */
export async function loadLifecycleSection(_db: Db, _opts: ReportExtrasOptions): Promise<LifecycleCount[]> {
  return [];
}

export async function loadKpiSection(_db: Db, _opts: ReportExtrasOptions): Promise<KpiChart[]> {
  return [];
}

export async function loadFinanceSection(_db: Db, _opts: ReportExtrasOptions): Promise<FinanceTable | null> {
  return null;
}
