import type { IsoDate } from '../progress/dates';
import type { MilestoneState } from '../progress/milestones';
import type { ProgressStatus } from '../progress/status';

/**
 * The board report (voortgangsrapportage) as plain data: one view-model, from which the DOCX,
 * PDF, XLSX and HTML files are all built (src/exports/report/). Every list of nodes follows the
 * tree (depth first) and carries the node's path, so repeated codes can be told apart.
 */
export type ReportLanguage = 'nl' | 'en';
export const REPORT_LANGUAGES: readonly ReportLanguage[] = ['nl', 'en'];

/** A node as a report names it: its code, title and the path of codes (or titles) down to it. */
export interface ReportNodeRef {
  nodeId: string;
  code: string | null;
  title: string;
  /** Ancestors and the node itself, each by code (or title when it has none), joined by " › ". */
  path: string;
  /** 0 = the top of the report's scope. */
  depth: number;
}

export interface ReportNodeState extends ReportNodeRef {
  levelLabel: string;
  status: ProgressStatus | null;
  percent: number | null;
  /** The status was set by hand over the derived one (with a reason). */
  overridden: boolean;
}

export type ReportStatusKey = ProgressStatus | 'geen-update';

export interface StatusCount {
  status: ReportStatusKey;
  count: number;
}

export interface LevelSummary {
  depth: number;
  label: string;
  counts: StatusCount[];
  total: number;
}

/** A life-cycle status (levensfase: voorbereiding, lopend, gepauzeerd, …) with its count. */
export interface LifecycleCount {
  lifecycle: string;
  label: string;
  count: number;
}

export interface ReportSummary {
  /** Every node in scope, counted once by its traffic light ("geen-update": no status yet). */
  statusCounts: StatusCount[];
  total: number;
  perLevel: LevelSummary[];
  /** Empty until life-cycle statuses exist (issue 18); rendered only when not empty. */
  lifecycle: LifecycleCount[];
}

export interface LookBackUpdate extends ReportNodeRef {
  date: IsoDate;
  status: ProgressStatus;
  percent: number | null;
  results: string | null;
  attentionPoints: string | null;
}

export interface LookBackTheme extends ReportNodeRef {
  status: ProgressStatus | null;
  percent: number | null;
  updates: LookBackUpdate[];
}

export interface PlanningCell {
  title: string;
  dueLabel: string;
  state: MilestoneState;
}

export interface PlanningRow extends ReportNodeRef {
  quarters: [PlanningCell[], PlanningCell[], PlanningCell[], PlanningCell[]];
}

export interface ReportPlanning {
  year: number;
  levelLabel: string;
  rows: PlanningRow[];
}

/** A decision the report asks of its body. Filled from governance (see loadGovernanceSection). */
export interface DecisionRequested {
  id: string;
  text: string;
  bodyName: string | null;
  meetingDate: IsoDate | null;
  nodes: ReportNodeRef[];
}

/** An action item not yet done. Filled from governance (see loadGovernanceSection). */
export interface OpenAction {
  id: string;
  text: string;
  owner: string | null;
  deadline: IsoDate | null;
  status: string;
  overdue: boolean;
  bodyName: string | null;
}

export interface GovernanceSection {
  decisions: DecisionRequested[];
  actions: OpenAction[];
}

/** A KPI with its series (the numbers behind the chart), from the KPI report view (issue 21). */
export interface KpiChart {
  id: string;
  name: string;
  unit: string;
  /** Per period: the region total and the target line at the period's end (null: none). */
  points: { label: string; value: number | null; target?: number | null }[];
  /** The final target (the last point of the target line); null without one. */
  target: { label: string; value: number } | null;
  /** The indicator's status (op koers, risico, niet op koers, geen gegevens) and its label. */
  status?: string;
  statusLabel?: string;
  /** The targets in words, each with its actual and expected value. */
  targets?: string[];
  /** The figures include demo data. */
  isDemo?: boolean;
}

/** Budget lines in cents (issue 22); null when there is none. */
export interface FinanceTable {
  columns: string[];
  rows: { label: string; path: string; cents: (number | null)[] }[];
  totals: (number | null)[];
}

/**
 * A report for one body's meeting: the body, the meeting's date and agenda, the nodes the body
 * steers (the report's scope; the whole programme when it steers none) and its previous meeting
 * (the look-back runs from the day after it up to this meeting).
 */
export interface ReportMeeting {
  id: string;
  bodyId: string;
  bodyName: string;
  date: IsoDate;
  status: 'open' | 'gesloten';
  previousDate: IsoDate | null;
  steered: ReportNodeRef[];
  agenda: { title: string; notes: string | null; node: ReportNodeRef | null }[];
}

export interface BoardReport {
  language: ReportLanguage;
  programme: { id: string; slug: string; title: string; levelLabels: string[] };
  /** The whole programme, or one theme (a node and everything under it). */
  scope: { kind: 'programme' } | ({ kind: 'theme' } & ReportNodeRef);
  /** The reporting period; null: the current state without a period. */
  period: { id: string; label: string; startDate: IsoDate; endDate: IsoDate; locked: boolean } | null;
  /**
   * 'snapshot': the period's frozen state; 'voorlopig': computed now up to the period's end; 'actueel': today;
   * 'vergadering': computed up to a (past) meeting's date.
   */
  source: 'snapshot' | 'voorlopig' | 'actueel' | 'vergadering';
  /** The date the statuses are as of. */
  asOf: IsoDate;
  /** The look-back runs from after `since` (null: from the start) up to `until`. */
  since: IsoDate | null;
  until: IsoDate;
  generatedOn: IsoDate;
  summary: ReportSummary;
  nodes: ReportNodeState[];
  themes: LookBackTheme[];
  planning: ReportPlanning;
  governance: GovernanceSection;
  kpis: KpiChart[];
  finance: FinanceTable | null;
  /** A report for one body's meeting (null: a programme or theme report). */
  meeting: ReportMeeting | null;
  /** The public version (built from the public read model only). */
  publicVersion: boolean;
  /** False when a public version's statuses are not published: no summary, no traffic lights. */
  statusesShown: boolean;
}
