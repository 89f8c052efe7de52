/**
 * Response shapes of the KPI API: ONE source for the routes' response validation and OpenAPI, the services'
 * return types and the KPI screens' types (z.infer below; the web imports the types only).
 * See docs/ARCHITECTURE.md, "Response shapes: one source".
 */
import { z } from 'zod';
import { KPI_DIMENSIONS } from './indicator';
import { KPI_GRAINS } from './periods';
import { KPI_STATUSES } from './status';
import { KpiTargetFormSchema } from './target-schema';
import { KPI_UNITS } from './units';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'datum als jjjj-mm-dd')
  .describe('jjjj-mm-dd');
const num = z.number().nullable();
const status = z.enum(KPI_STATUSES);

export const OverviewSchema = z
  .object({
    programmeId: z.uuid(),
    asOf: isoDate,
    nodeId: z.string().nullable(),
    items: z.array(
      z.object({
        id: z.uuid(),
        code: z.string(),
        name: z.string(),
        unit: z.enum(KPI_UNITS),
        status,
        statusLabel: z.string(),
        latest: z.object({ period: z.string(), valueText: z.string() }).nullable(),
        targets: z.array(z.object({ name: z.string().nullable(), description: z.string(), statusLabel: z.string() })),
        isDemo: z.boolean(),
        nodes: z.array(
          z.object({
            nodeId: z.uuid(),
            code: z.string().nullable(),
            title: z.string(),
            nodeStatus: z.string().nullable(),
            contradiction: z.boolean(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'KpiOverview' });

export const IndicatorSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    definition: z.string().nullable(),
    unit: z.enum(KPI_UNITS),
    direction: z.enum(['hoger', 'lager']),
    ratio: z.object({ numerator: z.string(), denominator: z.string() }).nullable(),
    baselineText: z.string().nullable(),
    status,
    statusLabel: z.string(),
    isDemo: z.boolean(),
    targets: z.array(
      z.object({
        id: z.string(),
        name: z.string().nullable(),
        description: z.string(),
        status,
        statusLabel: z.string(),
        actualText: z.string(),
        expectedText: z.string(),
        perUnit: z.array(z.object({ unitKey: z.string(), name: z.string(), status, statusLabel: z.string() })),
      }),
    ),
    periods: z.array(z.string()),
    total: z.object({ label: z.string(), actual: z.array(num), target: z.array(num), cumulative: z.boolean() }),
    perUnit: z.array(z.object({ key: z.string(), name: z.string(), values: z.array(num) })),
    latest: z.object({ period: z.string(), valueText: z.string() }).nullable(),
    table: z.object({ columns: z.array(z.string()), rows: z.array(z.array(z.string())) }),
    grain: z.string(),
    dimension: z.string(),
    source: z.string().nullable(),
    ownerOrganisationId: z.string().nullable(),
    programmeId: z.uuid(),
    nodes: z.array(z.object({ nodeId: z.uuid(), code: z.string().nullable(), title: z.string() })),
  })
  .meta({ id: 'KpiIndicator' });

export const EntryFormSchema = z
  .object({
    organisationId: z.string().nullable(),
    rows: z.array(
      z.object({
        indicatorId: z.uuid(),
        code: z.string(),
        name: z.string(),
        unit: z.string(),
        ratio: z.object({ numerator: z.string(), denominator: z.string() }).nullable(),
        grain: z.enum(KPI_GRAINS),
        periodStart: isoDate,
        periodLabel: z.string(),
        unitKey: z.string(),
        unitName: z.string(),
        current: z.object({ value: num, numerator: num, denominator: num, note: z.string().nullable(), enteredBy: z.string() }).nullable(),
      }),
    ),
  })
  .meta({ id: 'KpiEntryForm' });

export const SaveResultSchema = z.object({ created: z.number(), updated: z.number(), unchanged: z.number() });

export const ImportPreviewSchema = z.object({
  warnings: z.array(z.object({ row: z.number(), field: z.string().optional(), message: z.string() })),
  rows: z.array(
    z.object({
      row: z.number(),
      code: z.string(),
      periodLabel: z.string(),
      unitName: z.string(),
      value: num,
      numerator: num,
      denominator: num,
      source: z.string().nullable(),
      note: z.string().nullable(),
      action: z.enum(['nieuw', 'bijwerken', 'ongewijzigd']),
    }),
  ),
});
export const ImportResultSchema = SaveResultSchema.extend({ rows: z.number() });

const count = z.union([z.number(), z.string()]);
export const ZrmSchema = z
  .object({
    domains: z.array(z.string()),
    threshold: z.number(),
    pairs: z.number(),
    providers: z.array(z.object({ id: z.string(), name: z.string() })),
    rows: z.array(
      z.object({
        unit: z.string(),
        unitName: z.string(),
        domain: z.string(),
        n: count,
        verbeterd: count,
        gelijk: count,
        verslechterd: count,
        pctVerbeterd: num,
        pctGelijk: num,
        pctVerslechterd: num,
      }),
    ),
    isDemo: z.boolean(),
  })
  .meta({ id: 'KpiZrm' });

const targetSchema = z.object({ name: z.string().nullable(), scope: z.enum(['totaal', 'elke-eenheid']), form: KpiTargetFormSchema });
export const IndicatorDefinitionSchema = z
  .object({
    id: z.uuid(),
    version: z.number(),
    code: z.string(),
    name: z.string(),
    definition: z.string().nullable(),
    unit: z.enum(KPI_UNITS),
    direction: z.enum(['hoger', 'lager']),
    ratio: z.object({ numerator: z.string(), denominator: z.string() }).nullable(),
    baseline: z.object({ value: z.number(), date: z.string() }).nullable(),
    dimension: z.enum(KPI_DIMENSIONS),
    grain: z.enum(KPI_GRAINS),
    ownerOrganisationId: z.string().nullable(),
    source: z.string().nullable(),
    thresholds: z.object({ onTrack: z.number(), risk: z.number() }),
    nodeIds: z.array(z.string()),
    unitOrganisationIds: z.array(z.string()),
    targets: z.array(targetSchema),
    isDemo: z.boolean(),
  })
  .meta({ id: 'KpiIndicatorDefinition' });

export const ZrmImportPreviewSchema = z.object({
  warnings: z.array(z.object({ row: z.number(), field: z.string().optional(), message: z.string() })),
  rows: z.array(
    z.object({
      row: z.number(),
      client: z.string(),
      providerName: z.string(),
      kind: z.enum(['start', 'vervolg']),
      date: z.string(),
      scored: z.number(),
      action: z.enum(['nieuw', 'bestaat']),
    }),
  ),
  pairsAfter: z.number(),
});

export const ZrmImportResultSchema = z.object({ rows: z.number(), created: z.number(), existing: z.number() });

export type KpiOverview = z.infer<typeof OverviewSchema>;
export type KpiOverviewItem = KpiOverview['items'][number];
export type IndicatorDetail = z.infer<typeof IndicatorSchema>;
export type EntryForm = z.infer<typeof EntryFormSchema>;
export type EntryFormRow = EntryForm['rows'][number];
export type SaveResult = z.infer<typeof SaveResultSchema>;
export type KpiImportPreview = z.infer<typeof ImportPreviewSchema>;
export type KpiImportResult = z.infer<typeof ImportResultSchema>;
export type ZrmView = z.infer<typeof ZrmSchema>;
export type IndicatorDefinition = z.infer<typeof IndicatorDefinitionSchema>;
export type ZrmImportPreview = z.infer<typeof ZrmImportPreviewSchema>;
export type ZrmImportResult = z.infer<typeof ZrmImportResultSchema>;
