import type {
  CheckRule,
  DutyState,
  LevelCounts,
  LifecycleStatus,
  MilestoneState,
  PeriodKind,
  PlanRow,
  ProgressStatus,
  RollUpExplanation,
  RollUpRule,
  StateSource,
  TerugblikUpdate,
} from './index';

/**
 * What the progress API answers: the read models the services build and the web UI shows.
 * Plain data, one definition for both sides (the web imports these types, never the server).
 */

export interface NodeProgressView {
  nodeId: string;
  parentId: string | null;
  level: number;
  code: string | null;
  title: string;
  status: ProgressStatus | null;
  percent: number | null;
  statusSource: StateSource;
  percentSource: StateSource;
  /** The roll-up from the children, shown beside an override; null for nodes without children. */
  derived: { status: ProgressStatus | null; percent: number | null; explanation: RollUpExplanation } | null;
  /**
   * The active override; its id is the precondition of a change or withdrawal (a stale one answers
   * 409). Null id: as a locked period's snapshot kept it (not changed there).
   */
  override: {
    id: string | null;
    status: ProgressStatus | null;
    percent: number | null;
    reason: string;
    authorLabel: string | null;
    at: string | null;
  } | null;
  /** correctionReason: set when this update corrected an earlier one (shown as "gecorrigeerd"). */
  /** Where the node is in its life (beside the traffic light), as of the view's date. */
  lifecycle: { status: LifecycleStatus; since: string; reason: string | null } | null;
  lastUpdate: {
    id: string;
    date: string;
    status: ProgressStatus | null;
    percent: number | null;
    authorLabel: string;
    isDemo: boolean;
    correctionReason: string | null;
  } | null;
}

export interface ProgressView {
  programmeId: string;
  programmeTitle: string;
  levelLabels: string[];
  rule: RollUpRule;
  /** Null: the current state. Otherwise the locked period whose frozen snapshot is shown. */
  period: { id: string; label: string; lockedAt: string } | null;
  today: string;
  nodes: NodeProgressView[];
}

/** A contradiction flag ("controleren") with the node it is about and, once ignored, the note. */
export interface CheckView {
  nodeId: string;
  code: string | null;
  title: string;
  /** The node's ancestors as a reader names them (codes, or titles without a code). */
  path: string[];
  rule: CheckRule;
  key: string;
  reason: string;
  dismissal: { note: string; authorLabel: string; at: string } | null;
}

export interface NodeHistoryView {
  nodeId: string;
  title: string;
  /** Whose node it is: a rapporteur reports only on their own organisation's nodes (organisation scope). */
  ownerOrganisationId: string | null;
  /** Newest first. */
  updates: {
    id: string;
    reportDate: string;
    status: ProgressStatus | null;
    percent: number | null;
    results: string | null;
    attentionPoints: string | null;
    authorLabel: string;
    isDemo: boolean;
    createdAt: string;
    /** A correction: the update it replaces, and why. */
    correctsId: string | null;
    correctionReason: string | null;
    /** Replaced by a later correction: kept here, no longer counted. */
    correctedById: string | null;
    /** Withdrawn with a reason: kept here, no longer counted. */
    withdrawn: { at: string; by: string | null; reason: string | null } | null;
  }[];
  overrides: {
    id: string;
    status: ProgressStatus | null;
    percent: number | null;
    reason: string;
    authorLabel: string;
    createdAt: string;
    withdrawnAt: string | null;
  }[];
  /** Life-cycle history, newest first; the first is the current status. */
  lifecycle: { id: string; status: LifecycleStatus; since: string; reason: string | null; authorLabel: string; createdAt: string }[];
  milestones: {
    id: string;
    title: string;
    /** The deadline as written (for editing); dueLabel is what to show. */
    wording: string | null;
    dueLabel: string;
    dueEnd: string | null;
    doneDate: string | null;
    state: MilestoneState;
    planYear: number | null;
    planQuarter: number | null;
    isPlaceholder: boolean;
    isDemo: boolean;
    version: number;
  }[];
  /** Contradictions of the node's status with its facts, today; ignored ones carry their note. */
  checks: CheckView[];
}

export interface DashboardView {
  programmeId: string;
  programmeTitle: string;
  levelLabels: string[];
  period: { id: string; label: string; lockedAt: string } | null;
  /** The date the dashboard is computed for: today, or the reporting end of the locked period. */
  asOf: string;
  /** lifecycle: nodes per life-cycle status on this level ('onbekend' for none recorded). */
  levels: (LevelCounts & { label: string; lifecycle: Record<string, number> })[];
  /** Every node with a status other than afgerond/vervallen, worst first, equal status in tree order; with its life-cycle status. */
  worst: {
    nodeId: string;
    code: string | null;
    title: string;
    path: string[];
    level: number;
    status: ProgressStatus | null;
    percent: number | null;
    overridden: boolean;
    isDemo: boolean;
    lifecycle: LifecycleStatus | null;
    /** The latest update corrected an earlier one. */
    corrected: boolean;
  }[];
  /** By due date; the same date in tree order. */
  overdueMilestones: {
    milestoneId: string;
    nodeId: string;
    nodeTitle: string;
    nodeCode: string | null;
    path: string[];
    title: string;
    dueLabel: string;
    dueEnd: string | null;
    state: MilestoneState;
    isDemo: boolean;
  }[];
  missingUpdates: {
    nodeId: string;
    nodeTitle: string;
    nodeCode: string | null;
    path: string[];
    periodLabel: string;
    dueDate: string;
    daysOverdue: number;
  }[];
  /** Status contradicting the facts ("controleren"), in tree order; ignored ones carry their note. */
  checks: CheckView[];
  /** Some statuses, updates or milestones shown are invented demo data. */
  hasDemo: boolean;
}

export interface QuarterPlanView {
  year: number;
  level: number;
  levelLabel: string;
  today: string;
  rows: (PlanRow & { code: string | null; title: string; path: string[] })[];
  hasDemo: boolean;
}

export interface TimelineView {
  today: string;
  /** The range to draw: the programme period, widened to fit every dated item. */
  start: string | null;
  end: string | null;
  rows: {
    nodeId: string;
    parentId: string | null;
    level: number;
    code: string | null;
    title: string;
    /** The node's own due span (grain start–end), when it has one. */
    span: { start: string; end: string; label: string } | null;
    milestones: { id: string; title: string; end: string | null; label: string; state: MilestoneState; isDemo: boolean }[];
  }[];
}

export interface TerugblikView {
  period: { id: string; label: string } | null;
  /** Updates dated after `since` (exclusive) up to `until` (inclusive). */
  since: string | null;
  until: string;
  themes: {
    themeId: string;
    code: string | null;
    title: string;
    /** correctionReason: the update corrected an earlier one (shown as "gecorrigeerd"). */
    updates: (TerugblikUpdate & {
      nodeTitle: string;
      nodeCode: string | null;
      path: string[];
      isDemo: boolean;
      correctionReason: string | null;
    })[];
  }[];
}

export interface MyUpdatesView {
  today: string;
  ownerId: string | null;
  items: {
    nodeId: string;
    code: string | null;
    title: string;
    path: string[];
    periodId: string;
    periodLabel: string;
    dueDate: string;
    state: DutyState;
    daysOverdue: number;
  }[];
}

export interface PeriodView {
  id: string;
  label: string;
  kind: PeriodKind;
  startDate: string;
  endDate: string;
  dueDate: string;
  lockedAt: string | null;
  lockedBy: string | null;
  /** Today falls within start–end. */
  current: boolean;
  /** The cycle: the body (overleg) whose period this is, or null for the programme's own cycle. */
  bodyId: string | null;
}

/** "Waar zet mijn organisatie zich in?": every node where an organisation commits, across programmes. */
export interface OrganisationCommitmentsView {
  organisation: { id: string; name: string; kind: string };
  /** The groups it belongs to: their efforts count as its own. */
  groups: { id: string; name: string }[];
  /** When it is a group itself: its members. */
  members: { id: string; name: string }[];
  today: string;
  programmes: {
    programmeId: string;
    slug: string;
    title: string;
    /** Nodes in tree order. */
    nodes: {
      nodeId: string;
      code: string | null;
      title: string;
      path: string[];
      level: number;
      levelLabel: string;
      status: ProgressStatus | null;
      percent: number | null;
      statusIsDemo: boolean;
      reasons: { kind: 'inspanning' | 'eigenaar' | 'trekker' | 'gemeente'; via: string | null; text: string | null }[];
      milestones: { id: string; title: string; dueLabel: string; state: MilestoneState; isDemo: boolean }[];
      /** Updates it owes (as owner or trekker, also through a group): open or overdue. */
      duties: { periodId: string; periodLabel: string; dueDate: string; state: DutyState; daysOverdue: number }[];
    }[];
  }[];
}
