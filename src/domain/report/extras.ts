import { BUDGET_STATUSES, type Amounts, type StatusAmounts } from '../finance/budget';
import type { FinanceView } from '../finance/responses';
import type { KpiReportView } from '../kpi/report-view';
import type { FinanceTable, KpiChart, ReportLanguage } from './view-model';

/**
 * The board report's KPI and finance sections from their concepts' read models (pure): the KPI
 * report view (issue 21) and the finance view (issue 22), restricted to the report's scope.
 */

/** Each indicator as a chart: its periods with the region total and the target line, its status and targets. */
export function kpiCharts(view: KpiReportView): KpiChart[] {
  return view.indicators.map((k) => {
    const points = k.periods.map((label, i) => ({ label, value: k.total.actual[i] ?? null, target: k.total.target[i] ?? null }));
    const lastTarget = [...points].reverse().find((p) => p.target !== null && p.target !== undefined);
    return {
      id: k.id,
      name: k.code ? `${k.code} ${k.name}` : k.name,
      unit: k.unit,
      points,
      target:
        lastTarget && lastTarget.target !== null && lastTarget.target !== undefined
          ? { label: lastTarget.label, value: lastTarget.target }
          : null,
      status: k.status,
      statusLabel: k.statusLabel,
      targets: k.targets.map((t) => `${t.description}: ${t.statusLabel} (${t.actualText}; ${t.expectedText})`),
      isDemo: k.isDemo,
    };
  });
}

const COLUMNS: Record<ReportLanguage, string[]> = {
  nl: ['Aangevraagd', 'Toegekend', 'Gerealiseerd'],
  en: ['Requested', 'Granted', 'Realised'],
};
const PROGRAMME_ROW: Record<ReportLanguage, string> = { nl: 'Programma als geheel', en: 'Programme as a whole' };

/** A cell: the known sum; null when every line for that status has an unknown amount (never 0 for "unknown"). */
export function amountCell(a: Amounts): number | null {
  return a.unknown > 0 && a.cents === 0 ? null : a.cents;
}

function cells(s: StatusAmounts): (number | null)[] {
  return BUDGET_STATUSES.map((st) => amountCell(s[st]));
}

/** Per column the sum of the known cells; null when no row knows an amount. */
export function columnTotals(rows: readonly (number | null)[][], columns: number): (number | null)[] {
  return Array.from({ length: columns }, (_, i) => {
    const known = rows.map((r) => r[i] ?? null).filter((c): c is number => c !== null);
    return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
  });
}

/**
 * One row per node in scope with budget lines of its own (tree order, with its path), each status
 * as a column; for a programme report also the lines of the programme as a whole. Null when no
 * line is in scope.
 */
/** What the finance table reads of the finance view (the report builds just this, see loadFinanceSection). */
export interface FinanceTableSource {
  programme: Pick<FinanceView['programme'], 'title'>;
  nodes: readonly Pick<FinanceView['nodes'][number], 'id' | 'code' | 'title' | 'lines' | 'own'>[];
  lines: readonly Pick<FinanceView['lines'][number], 'nodeId'>[];
  programmeLevel: StatusAmounts;
}

export function financeTable(
  view: FinanceTableSource,
  scope: { nodeIds: ReadonlySet<string>; wholeProgramme: boolean; paths: ReadonlyMap<string, string> },
  language: ReportLanguage,
): FinanceTable | null {
  const rows: FinanceTable['rows'] = view.nodes
    .filter((n) => n.lines > 0 && scope.nodeIds.has(n.id))
    .map((n) => ({ label: n.code ? `${n.code} ${n.title}` : n.title, path: scope.paths.get(n.id) ?? n.title, cents: cells(n.own) }));
  if (scope.wholeProgramme && view.lines.some((l) => l.nodeId === null))
    rows.unshift({ label: PROGRAMME_ROW[language], path: view.programme.title, cents: cells(view.programmeLevel) });
  if (rows.length === 0) return null;
  const columns = COLUMNS[language];
  return {
    columns,
    rows,
    totals: columnTotals(
      rows.map((r) => r.cents),
      columns.length,
    ),
  };
}
