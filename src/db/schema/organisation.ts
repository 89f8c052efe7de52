import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Organisations of the kinds in DESIGN.md (src/domain/programme/vocabulary.ts). `key` is the
 * stable readable key programme documents use to refer to it ("venlo", "menzis").
 */
export const organisation = pgTable(
  'organisation',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    key: text('key').notNull().unique(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    description: text('description'),
    /** Gemeente only: four-digit CBS gemeentecode, leading zeros kept ("0983"). */
    cbsCode: text('cbs_code'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('organisation_cbs_code_idx').on(t.cbsCode)],
);

/** Inhabitants of a gemeente per reference year; inhabitants null = unknown (never invented). */
export const organisationPopulation = pgTable(
  'organisation_population',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    inhabitants: integer('inhabitants'),
    /** The day the figure holds for, when not 1 January of `year` (e.g. 30-9-2023). */
    referenceDate: date('reference_date'),
    source: text('source'),
    sourceUrl: text('source_url'),
    /** Caveats: rounded, derived, provisional, not a 1-January figure. */
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.year] })],
);

/** A named set of municipalities, e.g. Noord-Limburg (7). */
export const region = pgTable('region', {
  id: uuid('id')
    .primaryKey()
    .default(sql`gen_random_uuid()`),
  key: text('key').notNull().unique(),
  name: text('name').notNull(),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const regionMember = pgTable(
  'region_member',
  {
    regionId: uuid('region_id')
      .notNull()
      .references(() => region.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.regionId, t.organisationId] })],
);

/** A person: name, organisation, contact, roles (trekker, aanspreekpunt, …). No client data. */
export const person = pgTable(
  'person',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    key: text('key').notNull().unique(),
    name: text('name').notNull(),
    organisationId: uuid('organisation_id').references(() => organisation.id),
    email: text('email'),
    phone: text('phone'),
    roles: jsonb('roles').$type<string[]>().notNull().default([]),
    /** Removed at the person's request (AVG): name and contact are wiped, the row stays so references hold. */
    removedAt: timestamp('removed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('person_organisation_idx').on(t.organisationId)],
);

/** Further organisations a person acts for ("on behalf of the insurer and its care office"), beside person.organisationId. */
export const personOrganisation = pgTable(
  'person_organisation',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.personId, t.organisationId] })],
);

/**
 * Group membership: a group organisation ("Groninger gemeenten") holds its members (the gemeenten).
 * An effort of the group is an effort of each member ("where does my organisation commit").
 */
export const organisationMember = pgTable(
  'organisation_member',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => organisation.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => organisation.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.memberId] }), index('organisation_member_member_idx').on(t.memberId)],
);
