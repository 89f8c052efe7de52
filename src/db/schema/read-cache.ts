import { bigint, integer, pgTable } from 'drizzle-orm/pg-core';

/**
 * One row (id 1) whose revision goes up with every statement that changes what a programme's
 * read models show (every table except sessions, sign-in attempts, OIDC state and the monitor's
 * own data; a statement-level trigger, see the migration read_cache_revision). App servers keep
 * serialised answers of the heavy reads (tree, dashboard, node page) per revision, so a write
 * through any app server is seen by every other at its next request.
 */
export const contentRevision = pgTable('content_revision', {
  id: integer('id').primaryKey(),
  revision: bigint('revision', { mode: 'number' }).notNull(),
});
