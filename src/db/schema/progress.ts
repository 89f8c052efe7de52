import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { body } from './governance';
import { organisation } from './organisation';
import { node, programme } from './programme';

/** The roll-up rule a programme chose (src/domain/progress/roll-up.ts); absent = the default rule. */
export const progressSettings = pgTable('progress_settings', {
  programmeId: uuid('programme_id')
    .primaryKey()
    .references(() => programme.id, { onDelete: 'cascade' }),
  /** slechtste | meerderheid */
  statusRule: text('status_rule').notNull(),
  /** gewogen-gemiddelde | gemiddelde | geen */
  percentRule: text('percent_rule').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Weight of a node within its parent for the weighted average, in hundredths (exact); absent = 1. */
export const progressWeight = pgTable('progress_weight', {
  nodeId: uuid('node_id')
    .primaryKey()
    .references(() => node.id, { onDelete: 'cascade' }),
  weightHundredths: integer('weight_hundredths').notNull(),
});

/** A milestone on a node; its due moment is a deadline at the grain given (src/domain/shared/deadline.ts). */
export const milestone = pgTable(
  'milestone',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => node.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    deadlineGrain: text('deadline_grain').notNull().default('geen'),
    deadlineWording: text('deadline_wording'),
    deadlineStart: date('deadline_start'),
    deadlineEnd: date('deadline_end'),
    doneDate: date('done_date'),
    /**
     * The planning cell the programme put it in (year, quarter 1–4), kept apart from the deadline
     * wording: "eind Q3 / begin Q4 2022" placed in Q3. Null: the quarter where the deadline ends.
     */
    planYear: integer('plan_year'),
    planQuarter: integer('plan_quarter'),
    /** A planned milestone the programme has not named yet (shown as such, its title a placeholder). */
    isPlaceholder: boolean('is_placeholder').notNull().default(false),
    /** Demo data is labelled as such wherever it is shown. */
    isDemo: boolean('is_demo').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('milestone_node_idx').on(t.nodeId), index('milestone_programme_idx').on(t.programmeId, t.deadlineEnd)],
);

/**
 * A progress update: append-only history; the latest (by report date, then creation) is the
 * node's state. `organisationId` is set when a municipality reports on its share of a lokaal node.
 */
export const progressUpdate = pgTable(
  'progress_update',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => node.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').references(() => organisation.id),
    reportDate: date('report_date').notNull(),
    status: text('status').notNull(),
    percent: integer('percent'),
    results: text('results'),
    attentionPoints: text('attention_points'),
    authorId: text('author_id'),
    authorLabel: text('author_label').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** A correction: the update this one replaces (which stays in the history), with the reason. */
    correctsId: uuid('corrects_id'),
    correctionReason: text('correction_reason'),
    /** Withdrawn (entered wrongly, no replacement): kept in the history, no longer counted. */
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: text('withdrawn_by'),
    withdrawnReason: text('withdrawn_reason'),
  },
  (t) => [
    index('progress_update_node_idx').on(t.nodeId, t.reportDate),
    index('progress_update_programme_idx').on(t.programmeId, t.reportDate),
  ],
);

/** An override of a derived value, with its reason. At most one active (not withdrawn) per node. */
export const progressOverride = pgTable(
  'progress_override',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => node.id, { onDelete: 'cascade' }),
    status: text('status'),
    percent: integer('percent'),
    reason: text('reason').notNull(),
    authorId: text('author_id'),
    authorLabel: text('author_label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: text('withdrawn_by'),
  },
  (t) => [
    uniqueIndex('progress_override_active_idx')
      .on(t.nodeId)
      .where(sql`withdrawn_at is null`),
  ],
);

/**
 * A reporting period (a quarter, or the run-up to a board meeting) with the date updates are due.
 * It belongs to a cycle: the programme's own (body null) or a body's (a board table every four
 * months beside an administrative table every two). Periods overlap only across cycles.
 */
export const reportingPeriod = pgTable(
  'reporting_period',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    bodyId: uuid('body_id').references(() => body.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    /** kwartaal | bestuurlijk-overleg | overig */
    kind: text('kind').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    dueDate: date('due_date').notNull(),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    lockedBy: text('locked_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('reporting_period_programme_idx').on(t.programmeId, t.startDate)],
);

/**
 * The frozen state of every node when a period was locked. Written once, never updated: later
 * updates and overrides leave it as it was ("stand per Q2 2022").
 */
export const periodSnapshot = pgTable(
  'period_snapshot',
  {
    periodId: uuid('period_id')
      .notNull()
      .references(() => reportingPeriod.id, { onDelete: 'cascade' }),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => node.id, { onDelete: 'cascade' }),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    status: text('status'),
    percent: integer('percent'),
    statusSource: text('status_source').notNull(),
    percentSource: text('percent_source').notNull(),
    derivedStatus: text('derived_status'),
    derivedPercent: integer('derived_percent'),
    overrideStatus: text('override_status'),
    overridePercent: integer('override_percent'),
    overrideReason: text('override_reason'),
    lastUpdateId: uuid('last_update_id'),
    lastUpdateDate: date('last_update_date'),
    /** The roll-up explanation as it stood (RollUpExplanation), for the "uitleg" of a locked period. */
    explanation: jsonb('explanation'),
  },
  (t) => [primaryKey({ columns: [t.periodId, t.nodeId] })],
);

/**
 * A contradiction flag (src/domain/progress/contradictions.ts) someone looked at and chose to
 * ignore, with their note. `checkKey` is rule + fact id, so a new fact raises a new flag.
 */
export const progressCheckDismissal = pgTable(
  'progress_check_dismissal',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => node.id, { onDelete: 'cascade' }),
    checkKey: text('check_key').notNull(),
    note: text('note').notNull(),
    authorId: text('author_id'),
    authorLabel: text('author_label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('progress_check_dismissal_key_idx').on(t.nodeId, t.checkKey)],
);

/**
 * Where a node is in its life (voorbereiding, lopend, gepauzeerd, voorgesteld-te-stoppen, gestopt,
 * afgerond), beside the traffic light that judges its progress. Append-only: the latest (date, then
 * creation) is the current status; the earlier ones are its history.
 */
export const nodeLifecycle = pgTable(
  'node_lifecycle',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => node.id, { onDelete: 'cascade' }),
    status: text('status').notNull(),
    /** The day the status took effect. */
    since: date('since').notNull(),
    reason: text('reason'),
    authorLabel: text('author_label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('node_lifecycle_node_idx').on(t.nodeId, t.since)],
);
