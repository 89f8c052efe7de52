import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisation, region } from './organisation';
import { node, programme } from './programme';

/**
 * Knowledge and network (issue 23, docs/knowledge.md). Text columns are plain `text` (lists as
 * `text[]`) so a search index can read them as they are.
 */

/** A good practice (goed voorbeeld): platform-wide, not owned by a programme. */
export const goodPractice = pgTable('good_practice', {
  id: uuid('id')
    .primaryKey()
    .default(sql`gen_random_uuid()`),
  title: text('title').notNull(),
  summary: text('summary'),
  /** Werkzame elementen: what makes it work, one item per element, in order. */
  workingComponents: text('working_components')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  targetGroup: text('target_group'),
  /** Where it started: a gemeente, a region, and/or words ("Utrecht", "landelijk, Trimbos"). All null = unknown. */
  originOrganisationId: uuid('origin_organisation_id').references(() => organisation.id, { onDelete: 'set null' }),
  originRegionId: uuid('origin_region_id').references(() => region.id, { onDelete: 'set null' }),
  originText: text('origin_text'),
  /** Contact as written (a team, a function address); null = unknown. Never shown to visitors. */
  contact: text('contact'),
  /** http(s) addresses only (domain/knowledge/practice.ts). */
  links: text('links')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  tags: text('tags')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  published: boolean('published').notNull().default(false),
  isDemo: boolean('is_demo').notNull().default(false),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Nodes (in any programme) a good practice relates to. */
export const goodPracticeNode = pgTable(
  'good_practice_node',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => goodPractice.id, { onDelete: 'cascade' }),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => node.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.practiceId, t.nodeId] }), index('good_practice_node_node_idx').on(t.nodeId)],
);

/** Whether a gemeente adopted a practice: status (domain/knowledge/vocabulary.ts) since a date. */
export const goodPracticeAdoption = pgTable(
  'good_practice_adoption',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => goodPractice.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id, { onDelete: 'cascade' }),
    status: text('status').notNull(),
    /** The day the status holds from; null = not known. */
    statusDate: date('status_date'),
    note: text('note'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.practiceId, t.organisationId] }), index('good_practice_adoption_org_idx').on(t.organisationId)],
);

/**
 * A related initiative (omgevingsbeeld): another body, programme or project. ONE record; it relates
 * to programmes and themes through initiative_link rows, never by copies.
 */
export const initiative = pgTable('initiative', {
  id: uuid('id')
    .primaryKey()
    .default(sql`gen_random_uuid()`),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  goal: text('goal'),
  /** Who runs it, as written ("Provincie Flevoland", "GGD Groningen"); null = not known. */
  owner: text('owner'),
  /** Contact as written; null = unknown (shown as "onbekend"). */
  contact: text('contact'),
  url: text('url'),
  isDemo: boolean('is_demo').notNull().default(false),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One link of an initiative: to a programme as a whole (nodeId null) or to a node (theme) of it. */
export const initiativeLink = pgTable(
  'initiative_link',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiative.id, { onDelete: 'cascade' }),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    nodeId: uuid('node_id').references(() => node.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('initiative_link_initiative_idx').on(t.initiativeId),
    index('initiative_link_programme_idx').on(t.programmeId),
    index('initiative_link_node_idx').on(t.nodeId),
  ],
);

/**
 * A named list beside the tree (richtingen, opgaven uit een regiobeeld, uitgangspunten) of a
 * programme (nodeId null) or of a node. Its items link to nothing.
 */
export const sideList = pgTable(
  'side_list',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    nodeId: uuid('node_id').references(() => node.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description'),
    position: integer('position').notNull().default(0),
    isDemo: boolean('is_demo').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('side_list_programme_idx').on(t.programmeId), index('side_list_node_idx').on(t.nodeId)],
);

export const sideListItem = pgTable(
  'side_list_item',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    listId: uuid('list_id')
      .notNull()
      .references(() => sideList.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    text: text('text'),
  },
  (t) => [index('side_list_item_list_idx').on(t.listId)],
);
