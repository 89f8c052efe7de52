/**
 * Response shapes of the table import (gap table, programme sheet): ONE source for the route's response
 * validation and OpenAPI, the service that builds them and the import page's types (z.infer below; the web
 * imports the types only). See docs/ARCHITECTURE.md, "Response shapes: one source".
 */
import { z } from 'zod';
import { TABLE_KINDS } from './vocabulary';

const WarningSchema = z.object({ row: z.int(), field: z.string().optional(), message: z.string() });
export type ImportWarningView = z.infer<typeof WarningSchema>;

const SourceSchema = z.object({
  kind: z.enum(['tsv', 'csv', 'xlsx']),
  sheet: z.string(),
  encoding: z.string().optional(),
  headerRow: z.int(),
});

const GapItemSchema = z.object({
  row: z.int(),
  code: z.string(),
  title: z.string(),
  currentPractices: z.array(z.string()),
  gaps: z.array(z.string()),
  proposals: z.array(z.string()),
  budgetCents: z.int().nullable(),
  budgetNotes: z.array(z.string()),
});
export type GapItemView = z.infer<typeof GapItemSchema>;

const SheetNodeSchema = z.object({
  row: z.int(),
  code: z.string(),
  title: z.string(),
  depth: z.int(),
  parentIndex: z.int().nullable(),
  levelLabel: z.string().nullable(),
  owner: z.string().nullable(),
  start: z.string().nullable(),
  deadline: z.string().nullable().describe('de termijn zoals in het bestand'),
  status: z.string().nullable(),
});
export type SheetNodeView = z.infer<typeof SheetNodeSchema>;

/** The JSON summary the CLI prints (and the API returns beside the preview): snake_case, counts. */
export const TableImportSummarySchema = z
  .object({
    kind: z.enum(TABLE_KINDS),
    dry_run: z.boolean(),
    programme: z.object({ slug: z.string(), title: z.string() }).nullable(),
    results: z.int(),
    per_result: z.array(
      z.object({ code: z.string(), title: z.string(), current_practices: z.int(), proposals: z.int(), budget_cents: z.int().nullable() }),
    ),
    budget_total_cents: z.int(),
    warnings: z.array(z.object({ row: z.int(), message: z.string() })),
  })
  .meta({ id: 'TableImportSummary' });
export type TableImportSummary = z.infer<typeof TableImportSummarySchema>;

/** What the file would create, before anything is written: the page shows it for confirmation. */
export const ImportPreviewSchema = z
  .object({
    kind: z.enum(TABLE_KINDS),
    source: SourceSchema,
    programme: z.object({ slug: z.string(), title: z.string(), levelLabels: z.array(z.string()) }),
    warnings: z.array(WarningSchema),
    items: z.array(GapItemSchema).describe('bij een hiaatanalyse: de resultaten'),
    nodes: z.array(SheetNodeSchema).describe('bij een programmablad: de elementen, ouders eerst'),
    budgetTotalCents: z.int(),
    summary: TableImportSummarySchema,
  })
  .meta({ id: 'ImportPreview' });
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const ImportResultSchema = z
  .object({
    programme: z.object({ id: z.string(), slug: z.string(), title: z.string() }),
    summary: TableImportSummarySchema,
  })
  .meta({ id: 'ImportResult' });
export type ImportResult = z.infer<typeof ImportResultSchema>;
