import { boolean, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { programme } from './programme';

/**
 * Whether a programme is public, and which of its fields (src/domain/publication/fields.ts).
 * No row: not published. A new programme is never public until its beheerder publishes it.
 */
export const programmePublication = pgTable('programme_publication', {
  programmeId: uuid('programme_id')
    .primaryKey()
    .references(() => programme.id, { onDelete: 'cascade' }),
  published: boolean('published').notNull().default(false),
  /** { programmeDescription, nodeDescriptions, statuses, results, attentionPoints, milestones }: booleans. */
  fields: jsonb('fields').$type<Record<string, boolean>>().notNull(),
  /** When it was last made public (kept when withdrawn, for the audit trail's readers). */
  publishedAt: timestamp('published_at', { withTimezone: true }),
  updatedBy: text('updated_by').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
