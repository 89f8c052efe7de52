import { z } from 'zod';
import { KPI_DIMENSIONS } from '../../domain/kpi/indicator';
import { KPI_GRAINS } from '../../domain/kpi/periods';
import { KPI_STATUSES } from '../../domain/kpi/status';
import { KpiTargetFormSchema } from '../../domain/kpi/target-schema';
import { KPI_UNITS } from '../../domain/kpi/units';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'datum als jjjj-mm-dd')
  .describe('jjjj-mm-dd');
const num = z.number().nullable();

export const ProgrammeParams = z.object({ programmeId: z.string().min(1).max(200) });
export const IndicatorParams = ProgrammeParams.extend({ indicatorId: z.string().min(1).max(200) });
export const OverviewQuery = z.object({ nodeId: z.uuid().optional() });
export const FormatQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('csv') });
export const EntryQuery = z.object({ organisationId: z.uuid().optional() });
export const IdSchema = z.object({ id: z.uuid() });

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

export const SaveIndicatorBody = z.object({
  id: z.uuid().optional().describe('bewerk deze indicator (de code mag dan veranderen)'),
  expectedVersion: z
    .number()
    .int()
    .min(0)
    .nullable()
    .optional()
    .describe('null: nieuw; een getal: de versie waarop de bewerking gebaseerd is'),
  code: z.string().min(1).max(40),
  name: z.string().min(1).max(300),
  definition: z.string().max(5000).nullable().optional(),
  unit: z.enum(KPI_UNITS),
  direction: z.enum(['hoger', 'lager']),
  ratio: z
    .object({ numerator: z.string().min(1), denominator: z.string().min(1) })
    .nullable()
    .optional(),
  baseline: z.object({ value: z.number(), date: isoDate }).nullable().optional(),
  dimension: z.enum(KPI_DIMENSIONS),
  grain: z.enum(KPI_GRAINS),
  ownerOrganisationId: z.uuid().nullable().optional(),
  source: z.string().max(1000).nullable().optional(),
  thresholds: z.object({ onTrack: z.number().min(0).max(10), risk: z.number().min(0).max(10) }).optional(),
  nodeIds: z.array(z.uuid()).max(200).optional(),
  unitOrganisationIds: z.array(z.uuid()).max(500).optional(),
  targets: z
    .array(
      z.object({ name: z.string().max(200).nullable().optional(), scope: z.enum(['totaal', 'elke-eenheid']), form: KpiTargetFormSchema }),
    )
    .max(50)
    .optional(),
});

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

export const SaveMeasurementsBody = z.object({
  entries: z
    .array(
      z.object({
        indicatorId: z.uuid(),
        grain: z.enum(KPI_GRAINS),
        periodStart: isoDate,
        unitKey: z.string().min(1).max(100),
        value: num.optional(),
        numerator: num.optional(),
        denominator: num.optional(),
        source: z.string().max(500).nullable().optional(),
        note: z.string().max(2000).nullable().optional(),
      }),
    )
    .min(1)
    .max(5000),
});
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
