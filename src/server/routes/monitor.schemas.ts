import { z } from 'zod';
import { isoDateString, shortString } from '../../domain/shared/limits';

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

export const UnitQuerySchema = z.object({ by: z.enum(['gemeente', 'aanbieder', 'regio']).default('gemeente') });

export {
  DefinitionListSchema,
  ImportBatchReportSchema,
  ImportReportSchema,
  MonitorResultSchema,
  MonitorRowSchema,
  UnitListSchema,
} from '../../domain/monitor/responses';
