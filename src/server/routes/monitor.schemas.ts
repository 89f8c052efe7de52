import { z } from 'zod';
import { isoDateString, shortString } from '../../domain/shared/limits';

const CountSchema = z.union([z.number().int(), z.string()]).describe('aantal, of "<5" (klein) / "x" (secundair afgeschermd)');
const MeasureSchema = z.number().nullable();

export const MonitorQuerySchema = z.object({
  from: isoDateString().describe('jjjj-mm-dd'),
  to: isoDateString().describe('jjjj-mm-dd'),
  per: z.enum(['maand', 'kwartaal', 'jaar']).default('kwartaal'),
  by: z.enum(['gemeente', 'aanbieder', 'regio']).default('gemeente'),
  product: z.enum(['BW', 'MO']).optional(),
  units: shortString().optional().describe('eenheidcodes, komma-gescheiden'),
  suppress: z.enum(['true', 'false']).default('true').describe('false alleen voor een monitor-analist'),
});
export const PublicMonitorQuerySchema = MonitorQuerySchema.omit({ suppress: true });

export const MonitorRowSchema = z
  .object({
    period: z.object({ key: z.string(), start: z.string(), end: z.string(), days: z.number().int() }),
    unit_kind: z.enum(['gemeente', 'aanbieder', 'regio']),
    unit_code: z.string(),
    unit_name: z.string(),
    product: z.enum(['BW', 'MO', 'totaal']),
    in_zorg: CountSchema,
    instroom: CountSchema,
    uitstroom: CountSchema,
    zorgdagen: MeasureSchema,
    gemiddelde_bezetting: MeasureSchema,
    bezettingsgraad: MeasureSchema,
    doorlooptijd_mediaan: MeasureSchema,
    doorlooptijd_gemiddeld: MeasureSchema,
    redenen_einde: z.record(z.string(), CountSchema),
    pgb: CountSchema,
  })
  .meta({ id: 'MonitorRow' });

export const MonitorResultSchema = z
  .object({
    query: z.object({
      from: z.string(),
      to: z.string(),
      per: z.string(),
      by: z.string(),
      product: z.string().optional(),
      units: z.array(z.string()).optional(),
      suppress: z.boolean(),
    }),
    suppressed: z.boolean(),
    threshold: z.number().int(),
    reason_labels: z.record(z.string(), z.string()),
    rows: z.array(MonitorRowSchema),
  })
  .meta({ id: 'MonitorResult' });

export const UnitListSchema = z.object({ items: z.array(z.object({ code: z.string(), name: z.string() })) });
export const UnitQuerySchema = z.object({ by: z.enum(['gemeente', 'aanbieder', 'regio']).default('gemeente') });
export const DefinitionListSchema = z.object({ items: z.array(z.object({ figure: z.string(), title: z.string(), uitleg: z.string() })) });

const IssueSchema = z.object({ row: z.number().int(), field: z.string(), reason: z.string() });
export const ImportReportSchema = z
  .object({
    file: z.string(),
    kind: z.enum(['episodes', 'iwmo', 'capaciteit', 'regio']),
    imported: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.number().int(),
    skipped: z.number().int(),
    errors: z.array(IssueSchema),
    skippedDetails: z.array(IssueSchema),
  })
  .meta({ id: 'MonitorImportReport' });

export const ImportBatchReportSchema = z.object({ files: z.array(ImportReportSchema) }).meta({ id: 'MonitorImportBatchReport' });
