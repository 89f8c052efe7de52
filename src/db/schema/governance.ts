import { sql } from 'drizzle-orm';
import {
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
import { organisation, person } from './organisation';
import { node, programme } from './programme';

/**
 * A governance body (overleg) of a programme: bestuurlijke tafel, ambtelijk overleg,
 * coördinatieteam, stuurgroep, … (src/domain/governance/vocabulary.ts). Frequency and duration
 * are kept as written; the nominal frequency is what Regietafel could read from the wording.
 */
export const body = pgTable(
  'body',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    /** Readable key, unique per programme (demo loading is idempotent by it). */
    key: text('key').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    purpose: text('purpose'),
    mandate: text('mandate'),
    /** As written: "elke 4 maanden", "4–10 keer per jaar". */
    frequencyText: text('frequency_text'),
    /** As written: "2 uur". */
    durationText: text('duration_text'),
    /** Meetings per year the wording names (a range, or min = max); null when it names none. */
    nominalMinPerYear: integer('nominal_min_per_year'),
    nominalMaxPerYear: integer('nominal_max_per_year'),
    /** Nesting: a project's steering group over its project group over working groups. */
    parentId: uuid('parent_id').references((): AnyPgColumn => body.id, { onDelete: 'set null' }),
    /** Referral: what exceeds the mandate goes to this body (any programme's) … */
    refersToBodyId: uuid('refers_to_body_id').references((): AnyPgColumn => body.id, { onDelete: 'set null' }),
    /** … or to one outside Regietafel, by name ("colleges van B&W"). */
    refersToName: text('refers_to_name'),
    position: integer('position').notNull().default(0),
    isDemo: boolean('is_demo').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('body_programme_key_idx').on(t.programmeId, t.key), index('body_parent_idx').on(t.parentId)],
);

/** The themes or nodes a body steers. */
export const bodyNode = pgTable(
  'body_node',
  {
    bodyId: uuid('body_id')
      .notNull()
      .references(() => body.id, { onDelete: 'cascade' }),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => node.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.bodyId, t.nodeId] })],
);

/** A seat in a body: a person with a role, on behalf of one or more organisations; no person = vacant. */
export const bodySeat = pgTable(
  'body_seat',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => body.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => person.id, { onDelete: 'set null' }),
    /** voorzitter | secretaris | lid | adviseur | … */
    role: text('role').notNull(),
    note: text('note'),
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('body_seat_body_idx').on(t.bodyId), index('body_seat_person_idx').on(t.personId)],
);

export const bodySeatOrganisation = pgTable(
  'body_seat_organisation',
  {
    seatId: uuid('seat_id')
      .notNull()
      .references(() => bodySeat.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.seatId, t.organisationId] })],
);

/** A meeting of a body. Once closed (status 'gesloten') it is read-only. */
export const meeting = pgTable(
  'meeting',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => body.id, { onDelete: 'cascade' }),
    date: date('date').notNull(),
    /** open | gesloten */
    status: text('status').notNull().default('open'),
    minutes: text('minutes'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: text('closed_by'),
    isDemo: boolean('is_demo').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('meeting_body_idx').on(t.bodyId, t.date), index('meeting_programme_idx').on(t.programmeId, t.date)],
);

/** An agenda item, optionally about one node (it then pulls in the node's progress). */
export const agendaItem = pgTable(
  'agenda_item',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meeting.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    nodeId: uuid('node_id').references(() => node.id, { onDelete: 'set null' }),
    notes: text('notes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('agenda_item_meeting_idx').on(t.meetingId, t.position)],
);

/** A decision (besluit) taken in a meeting; adopted documents are named, e.g. a programme version. */
export const decision = pgTable(
  'decision',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meeting.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    adoptedDocuments: jsonb('adopted_documents').$type<{ title: string; reference: string | null }[]>().notNull().default([]),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('decision_meeting_idx').on(t.meetingId, t.position)],
);

export const decisionNode = pgTable(
  'decision_node',
  {
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decision.id, { onDelete: 'cascade' }),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => node.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.decisionId, t.nodeId] })],
);

/**
 * An action item (actiepunt) agreed in a meeting. It comes back on the body's next meetings until
 * it is done: `doneDate` is the date of the meeting in which it was marked done.
 */
export const actionItem = pgTable(
  'action_item',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meeting.id, { onDelete: 'cascade' }),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => body.id, { onDelete: 'cascade' }),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    ownerPersonId: uuid('owner_person_id').references(() => person.id, { onDelete: 'set null' }),
    ownerOrganisationId: uuid('owner_organisation_id').references(() => organisation.id, { onDelete: 'set null' }),
    deadline: date('deadline'),
    /** open | in-uitvoering | gereed | vervallen */
    status: text('status').notNull().default('open'),
    doneDate: date('done_date'),
    doneMeetingId: uuid('done_meeting_id').references((): AnyPgColumn => meeting.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('action_item_body_idx').on(t.bodyId), index('action_item_programme_idx').on(t.programmeId)],
);
