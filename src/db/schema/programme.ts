import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { organisation, person, region } from './organisation';

/** A multi-year programme. Its tree levels carry the programme's own names (levelLabels). */
export const programme = pgTable('programme', {
  id: uuid('id')
    .primaryKey()
    .default(sql`gen_random_uuid()`),
  slug: text('slug').notNull().unique(),
  title: text('title').notNull(),
  shortName: text('short_name'),
  description: text('description'),
  /** e.g. ['Pijler', 'Ambitie', 'Activiteit']: the name of each tree level, top first. */
  levelLabels: jsonb('level_labels').$type<string[]>().notNull(),
  periodStart: date('period_start'),
  periodEnd: date('period_end'),
  /** concept | actief | afgerond | gearchiveerd */
  status: text('status').notNull().default('actief'),
  regionId: uuid('region_id').references(() => region.id),
  ownerOrganisationId: uuid('owner_organisation_id').references(() => organisation.id),
  /** The document's own version ("versie 2.1"), not the optimistic-concurrency version. */
  documentVersion: text('document_version'),
  /** Adopted on (date) and by which body ("Bestuurlijk overleg Zorg en Veiligheid"). */
  adoptedOn: date('adopted_on'),
  adoptedBy: text('adopted_by'),
  /** What this programme replaces ("Regiovisie GGZ 2018–2021"). */
  replaces: text('replaces'),
  vision: text('vision'),
  goal: text('goal'),
  /** Optimistic concurrency: every edit must name the version it was based on. */
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const programmePartner = pgTable(
  'programme_partner',
  {
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.organisationId] })],
);

/**
 * A node of a programme's goal tree. Identity is `id`; `code` is only a label (may repeat or be
 * absent); `key` is the readable key used in interchange documents, unique per programme.
 * Deadline: grain + original wording + first/last day (src/domain/shared/deadline.ts).
 */
export const node = pgTable(
  'node',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id').references((): AnyPgColumn => node.id, { onDelete: 'cascade' }),
    /** Order among siblings, 0-based, gap-free. */
    position: integer('position').notNull(),
    key: text('key').notNull(),
    code: text('code'),
    title: text('title').notNull(),
    description: text('description'),
    /** Index into programme.levelLabels, 0 = top. */
    level: integer('level').notNull(),
    /** lokaal | regionaal | bovenregionaal */
    scope: text('scope'),
    ownerOrganisationId: uuid('owner_organisation_id').references(() => organisation.id),
    deadlineGrain: text('deadline_grain').notNull().default('geen'),
    deadlineWording: text('deadline_wording'),
    deadlineStart: date('deadline_start'),
    deadlineEnd: date('deadline_end'),
    doelstelling: text('doelstelling'),
    expectedResult: text('expected_result'),
    /** Free named sections (scope, governance, references): [{ title, body }]. */
    sections: jsonb('sections').$type<{ title: string; body: string }[]>().notNull().default([]),
    /** Other names the programme uses for this node; the tree filter finds them. */
    aliases: jsonb('aliases').$type<string[]>().notNull().default([]),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('node_programme_key_idx').on(t.programmeId, t.key),
    index('node_parent_idx').on(t.programmeId, t.parentId, t.position),
  ],
);

/** Trekkers of a node: a person or an organisation (exactly one of the two). */
export const nodeTrekker = pgTable(
  'node_trekker',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => node.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => person.id),
    organisationId: uuid('organisation_id').references(() => organisation.id),
    position: integer('position').notNull(),
  },
  (t) => [index('node_trekker_node_idx').on(t.nodeId)],
);

/**
 * The municipalities that take part in a node (any scope): included ones (may be a neighbour outside
 * the region) and, with `excluded`, the region's municipalities that explicitly do not take part.
 */
export const nodeMunicipality = pgTable(
  'node_municipality',
  {
    nodeId: uuid('node_id')
      .notNull()
      .references(() => node.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    position: integer('position').notNull(),
    excluded: boolean('excluded').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.nodeId, t.organisationId] })],
);

/**
 * An effort (inspanning) of one partner: an organisation or a partner group ("Alle gemeenten").
 * `isNone` is the explicit "geen", which differs from having no effort row at all.
 */
export const effort = pgTable(
  'effort',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    partnerOrganisationId: uuid('partner_organisation_id').references(() => organisation.id),
    partnerGroup: text('partner_group'),
    text: text('text'),
    isNone: boolean('is_none').notNull().default(false),
    position: integer('position').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('effort_programme_key_idx').on(t.programmeId, t.key)],
);

/** DIN is a network: one effort serves one or more goals (nodes of the same programme). */
export const effortGoal = pgTable(
  'effort_goal',
  {
    effortId: uuid('effort_id')
      .notNull()
      .references(() => effort.id, { onDelete: 'cascade' }),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => node.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.effortId, t.nodeId] }), index('effort_goal_node_idx').on(t.nodeId)],
);

/**
 * Gap analysis of a node. Budget: kind null = not filled in; 'bedrag' with cents (0 allowed);
 * 'onbekend'; 'ander-fonds' (paid from another fund, named in budgetFund).
 */
export const gapAnalysis = pgTable('gap_analysis', {
  nodeId: uuid('node_id')
    .primaryKey()
    .references(() => node.id, { onDelete: 'cascade' }),
  currentPractices: jsonb('current_practices').$type<string[]>().notNull().default([]),
  hiaat: text('hiaat'),
  voorstel: text('voorstel'),
  budgetKind: text('budget_kind'),
  budgetCents: bigint('budget_cents', { mode: 'number' }),
  budgetFund: text('budget_fund'),
  budgetNote: text('budget_note'),
});

/** A cross-link between two nodes, also across programmes: raakt-aan | draagt-bij-aan. */
export const nodeLink = pgTable(
  'node_link',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    fromNodeId: uuid('from_node_id')
      .notNull()
      .references(() => node.id, { onDelete: 'cascade' }),
    toNodeId: uuid('to_node_id')
      .notNull()
      .references(() => node.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('node_link_unique_idx').on(t.fromNodeId, t.toNodeId, t.kind), index('node_link_to_idx').on(t.toNodeId)],
);
