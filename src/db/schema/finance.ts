import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { account } from './account';
import { organisation, region } from './organisation';
import { node, programme } from './programme';

/**
 * A budget line (docs/finance.md): money for a node, or for the programme as a whole (node null:
 * finance that cuts across the tree). Amounts are whole cents; null = unknown, never 0.
 */
export const budgetLine = pgTable(
  'budget_line',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    nodeId: uuid('node_id').references(() => node.id, { onDelete: 'cascade' }),
    year: integer('year'),
    /** A key of domain/finance/budget MONEY_STREAMS, or an installation's own stream. */
    moneyStream: text('money_stream').notNull(),
    payerOrganisationId: uuid('payer_organisation_id').references(() => organisation.id),
    /** eenmalig | structureel */
    recurrence: text('recurrence').notNull().default('eenmalig'),
    /** aangevraagd | toegekend | gerealiseerd */
    status: text('status').notNull().default('aangevraagd'),
    requestedCents: bigint('requested_cents', { mode: 'number' }),
    grantedCents: bigint('granted_cents', { mode: 'number' }),
    realisedCents: bigint('realised_cents', { mode: 'number' }),
    /** Co-financing partners (organisation ids) besides the payer. */
    cofinancerIds: jsonb('cofinancer_ids').$type<string[]>().notNull().default([]),
    /** Outcome-based money: the agreed criteria, and whether they were met (null = not judged). */
    condition: text('condition'),
    conditionMet: boolean('condition_met'),
    note: text('note'),
    /**
     * Where the line comes from: null = entered or imported as a budget line; 'hiaatanalyse' = the
     * "benodigd budget" of the node's gap analysis (one per node, written with the gap analysis).
     */
    origin: text('origin'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('budget_line_programme_idx').on(t.programmeId),
    index('budget_line_node_idx').on(t.nodeId),
    uniqueIndex('budget_line_gap_idx')
      .on(t.nodeId)
      .where(sql`${t.origin} = 'hiaatanalyse'`),
  ],
);

/** The total a node's funders' table states ("Totaal € …"), checked against its budget lines. */
export const fundingTotal = pgTable('funding_total', {
  nodeId: uuid('node_id')
    .primaryKey()
    .references(() => node.id, { onDelete: 'cascade' }),
  statedCents: bigint('stated_cents', { mode: 'number' }).notNull(),
  note: text('note'),
});

/**
 * A cost split, stored as a decision: the key, the reference data used and the shares, so the
 * split reproduces later even when population figures change.
 */
export const costSplit = pgTable(
  'cost_split',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    programmeId: uuid('programme_id').references(() => programme.id, { onDelete: 'cascade' }),
    nodeId: uuid('node_id').references(() => node.id, { onDelete: 'set null' }),
    regionId: uuid('region_id').references(() => region.id),
    title: text('title').notNull(),
    totalCents: bigint('total_cents', { mode: 'number' }).notNull(),
    /** inwoners | gelijk | gewichten | percentages */
    distributionKey: text('distribution_key').notNull(),
    referenceYear: integer('reference_year'),
    /** Per municipality: organisation id, name, CBS code, the weight used and the share in cents. */
    shares: jsonb('shares')
      .$type<{ organisationId: string; name: string; cbsCode: string | null; weight: string; cents: number }[]>()
      .notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid('decided_by').references(() => account.id),
    note: text('note'),
  },
  (t) => [index('cost_split_programme_idx').on(t.programmeId)],
);
