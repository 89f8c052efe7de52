import { z } from 'zod';
import { KPI_DIMENSIONS } from '../../domain/kpi/indicator';
import { KPI_GRAINS } from '../../domain/kpi/periods';
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

export {
  EntryFormSchema,
  ImportPreviewSchema,
  ImportResultSchema,
  IndicatorDefinitionSchema,
  IndicatorSchema,
  OverviewSchema,
  SaveResultSchema,
  ZrmImportPreviewSchema,
  ZrmImportResultSchema,
  ZrmSchema,
} from '../../domain/kpi/responses';
