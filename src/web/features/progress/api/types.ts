/** Shapes of the progress API: the server's response schemas (domain/progress/responses.ts), inferred, imported as types only. */
import type * as Views from '../../../../domain/progress/responses';
import type { MilestoneState, ProgressStatus, RollUpExplanation, RollUpRule, StateSource } from '../../../../domain/progress';

export type { MilestoneState, ProgressStatus, RollUpRule, StateSource };
/** The order the UI lists statuses in: worst first. */
export const STATUSES: ProgressStatus[] = ['rood', 'oranje', 'groen', 'niet-gestart', 'afgerond', 'vervallen'];

export type Explanation = RollUpExplanation;
export type NodeProgress = Views.NodeProgressView;
export type ProgressView = Views.ProgressView;
export type PeriodRef = NonNullable<Views.ProgressView['period']>;
export type Dashboard = Views.DashboardView;
export type Period = Views.PeriodView;
export type MyUpdates = Views.MyUpdatesView;
export type QuarterPlan = Views.QuarterPlanView;
export type PlanCell = QuarterPlan['rows'][number]['quarters'][number][number];
export type Timeline = Views.TimelineView;
export type Terugblik = Views.TerugblikView;
export type NodeHistory = Views.NodeHistoryView;
export type Check = Views.CheckView;
export type OrganisationCommitments = Views.OrganisationCommitmentsView;
