import { customType, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { node, programme } from './programme';

/** PostgreSQL's tsvector, read as its text form (the search never reads it back). */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * The search index (docs/search.md): one row per searchable text field of one source row. It is
 * written ONLY by the database triggers of the migration "search_triggers" (in the same transaction
 * as the change, whoever writes: services, imports, restore, plain SQL), never by application code,
 * and it is not backed up (a restore rebuilds it through the same triggers).
 * `visibility` says who may read the field: 'title' (programme names), 'tree' (codes and titles of
 * nodes), a publication field of domain/publication/fields.ts, or 'members'; rows without a programme:
 * 'public' (everyone) or 'signed-in' (any account).
 */
export const searchDocument = pgTable(
  'search_document',
  {
    /** The table the text comes from, its row id and the field: the key the triggers replace. */
    source: text('source').notNull(),
    sourceId: uuid('source_id').notNull(),
    field: text('field').notNull(),
    /** The result group (programme, node, update, milestone, budget) and the thing a result opens. */
    kind: text('kind').notNull(),
    entityId: uuid('entity_id').notNull(),
    /** Null for a kind that belongs to no programme (its visibility class is then 'public' or 'signed-in'). */
    programmeId: uuid('programme_id').references(() => programme.id, { onDelete: 'cascade' }),
    nodeId: uuid('node_id').references(() => node.id, { onDelete: 'cascade' }),
    visibility: text('visibility').notNull(),
    /** The text as typed (for the highlighted excerpt). */
    body: text('body').notNull(),
    /** search_vector(body): Dutch stems of the accent-folded text plus numbers without thousands dots. */
    vector: tsvector('vector').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.source, t.sourceId, t.field] }),
    index('search_document_vector_idx').using('gin', t.vector),
    index('search_document_programme_idx').on(t.programmeId, t.visibility),
  ],
);
