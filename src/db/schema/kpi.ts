import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisation } from './organisation';
import { node, programme } from './programme';

/**
 * An indicator (KPI) of a programme: the rules are in src/domain/kpi. Units, grains, directions and
 * dimensions are the closed lists there; `code` is the key partners use in their import files.
 */
export const kpiIndicator = pgTable(
  'kpi_indicator',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    definition: text('definition'),
    /** aantal | percent | procentpunt | euro | dagen | score */
    unit: text('unit').notNull(),
    /** hoger | lager */
    direction: text('direction').notNull(),
    /** For a ratio: what the numerator and denominator count (both null for a plain value). */
    numeratorDefinition: text('numerator_definition'),
    denominatorDefinition: text('denominator_definition'),
    baselineValue: doublePrecision('baseline_value'),
    baselineDate: date('baseline_date'),
    /** gemeente | aanbieder | regio | totaal */
    dimension: text('dimension').notNull(),
    /** maand | kwartaal | halfjaar | jaar: how often figures are due. */
    grain: text('grain').notNull(),
    ownerOrganisationId: uuid('owner_organisation_id').references(() => organisation.id),
    source: text('source'),
    thresholdOnTrack: doublePrecision('threshold_on_track').notNull().default(0.95),
    thresholdRisk: doublePrecision('threshold_risk').notNull().default(0.75),
    isDemo: boolean('is_demo').notNull().default(false),
    position: integer('position').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('kpi_indicator_code_idx').on(t.programmeId, t.code)],
);

/** The nodes of the goal tree an indicator measures (optional: provider KPIs hang off no node). */
export const kpiIndicatorNode = pgTable(
  'kpi_indicator_node',
  {
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => kpiIndicator.id, { onDelete: 'cascade' }),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => node.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.indicatorId, t.nodeId] })],
);

/** The organisations (gemeenten, aanbieders) that owe figures for an indicator; their rights follow from this. */
export const kpiIndicatorUnit = pgTable(
  'kpi_indicator_unit',
  {
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => kpiIndicator.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.indicatorId, t.organisationId] })],
);

/** A target of an indicator; `form` is the KpiTargetForm of src/domain/kpi/targets.ts (validated on write). */
export const kpiTarget = pgTable(
  'kpi_target',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => kpiIndicator.id, { onDelete: 'cascade' }),
    /** The name of a sub-target, or null for the indicator's own target. */
    name: text('name'),
    /** totaal | elke-eenheid */
    scope: text('scope').notNull(),
    form: jsonb('form').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('kpi_target_indicator_idx').on(t.indicatorId)],
);

/**
 * A figure for one period and unit. Unique on (indicator, period, unit): a re-import or a second entry
 * updates it. Unknown is stored as null (value, or numerator/denominator for a ratio), never as 0.
 */
export const kpiMeasurement = pgTable(
  'kpi_measurement',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => kpiIndicator.id, { onDelete: 'cascade' }),
    grain: text('grain').notNull(),
    periodStart: date('period_start').notNull(),
    /** The organisation id, or 'totaal' for a figure for the whole. */
    unitKey: text('unit_key').notNull(),
    organisationId: uuid('organisation_id').references(() => organisation.id),
    value: doublePrecision('value'),
    numerator: doublePrecision('numerator'),
    denominator: doublePrecision('denominator'),
    source: text('source'),
    note: text('note'),
    enteredById: text('entered_by_id'),
    enteredByLabel: text('entered_by_label').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('kpi_measurement_key_idx').on(t.indicatorId, t.grain, t.periodStart, t.unitKey)],
);

/**
 * One ZRM assessment (src/domain/kpi/zrm.ts). `clientPseudonym` is a SHA-256 of the provider's own
 * client reference with the provider id: no name, BSN or readable number is stored.
 */
export const kpiZrmAssessment = pgTable(
  'kpi_zrm_assessment',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    providerOrganisationId: uuid('provider_organisation_id')
      .notNull()
      .references(() => organisation.id),
    clientPseudonym: text('client_pseudonym').notNull(),
    /** start | vervolg */
    kind: text('kind').notNull(),
    assessedOn: date('assessed_on').notNull(),
    /** 13 scores 1–5 or null, in the order of ZRM_DOMAINS. */
    scores: jsonb('scores').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('kpi_zrm_key_idx').on(t.programmeId, t.providerOrganisationId, t.clientPseudonym, t.kind, t.assessedOn)],
);
