import { z } from 'zod';
import type { KpiTargetForm } from './targets';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'een datum als jjjj-mm-dd');

/** The stored and exchanged shape of a target form (one schema for the API, the database and the demo). */
export const KpiTargetFormSchema: z.ZodType<KpiTargetForm> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('absoluut'), value: z.number(), by: isoDate }),
  z.object({
    kind: z.literal('reeks'),
    points: z.array(z.object({ year: z.number().int().min(1900).max(2200), value: z.number() })).min(1),
  }),
  z.object({
    kind: z.literal('relatief'),
    change: z.union([
      z.object({ unit: z.literal('percent'), value: z.number() }),
      z.object({ unit: z.literal('procentpunt'), value: z.number() }),
    ]),
    by: isoDate,
  }),
  z.object({ kind: z.literal('cumulatief'), total: z.number(), from: isoDate, to: isoDate }),
  z.object({ kind: z.literal('nul'), by: isoDate }),
]);
