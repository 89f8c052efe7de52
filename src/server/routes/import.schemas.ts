import { z } from 'zod';
import { shortString } from '../../domain/shared/limits';
import { TABLE_KINDS } from '../services/import/preview-table-import';

/** What goes with the file (multipart/form-data, field file): which table it is and the new programme's title. */
export const ImportTableQuery = z.strictObject({
  kind: z.enum(TABLE_KINDS).describe("'gap-table' (hiaatanalyse) of 'programme-sheet' (programmablad)"),
  programmeTitle: z.string().trim().min(1, 'titel is verplicht').max(200),
  slug: shortString()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug: kleine letters, cijfers en streepjes')
    .optional(),
});

const Warning = z.object({ row: z.int(), field: z.string().optional(), message: z.string() });

const Source = z.object({
  kind: z.enum(['tsv', 'csv', 'xlsx']),
  sheet: z.string(),
  encoding: z.string().optional(),
  headerRow: z.int(),
});

const GapItem = z.object({
  row: z.int(),
  code: z.string(),
  title: z.string(),
  currentPractices: z.array(z.string()),
  gaps: z.array(z.string()),
  proposals: z.array(z.string()),
  budgetCents: z.int().nullable(),
  budgetNotes: z.array(z.string()),
});

const SheetNode = z.object({
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

export const Summary = z.object({
  kind: z.enum(TABLE_KINDS),
  dry_run: z.boolean(),
  programme: z.object({ slug: z.string(), title: z.string() }).nullable(),
  results: z.int(),
  per_result: z.array(
    z.object({ code: z.string(), title: z.string(), current_practices: z.int(), proposals: z.int(), budget_cents: z.int().nullable() }),
  ),
  budget_total_cents: z.int(),
  warnings: z.array(z.object({ row: z.int(), message: z.string() })),
});

export const ImportPreviewSchema = z
  .object({
    kind: z.enum(TABLE_KINDS),
    source: Source,
    programme: z.object({ slug: z.string(), title: z.string(), levelLabels: z.array(z.string()) }),
    warnings: z.array(Warning),
    items: z.array(GapItem).describe('bij een hiaatanalyse: de resultaten'),
    nodes: z.array(SheetNode).describe('bij een programmablad: de elementen, ouders eerst'),
    budgetTotalCents: z.int(),
    summary: Summary,
  })
  .meta({ id: 'ImportPreview' });

export const ImportResultSchema = z
  .object({
    programme: z.object({ id: z.string(), slug: z.string(), title: z.string() }),
    summary: Summary,
  })
  .meta({ id: 'ImportResult' });
