import { z } from 'zod';
import { MAX_AMOUNT_CENTS } from '../../domain/finance/amount';
import { DISTRIBUTION_KEYS } from '../../domain/finance/distribution-key';
import { BudgetLineFieldsSchema } from '../../domain/finance/responses';

const Cents = z.int().min(0, 'een bedrag kan niet negatief zijn').max(MAX_AMOUNT_CENTS, 'bedrag is groter dan 10 miljard euro');

export const UpdateBudgetLineSchema = BudgetLineFieldsSchema.partial().extend({ version: z.int() });

export const CostSplitInputSchema = z.object({
  totalCents: Cents,
  key: z.enum(DISTRIBUTION_KEYS),
  year: z.int().min(1900).max(2100).nullable().optional(),
  regionId: z.uuid().nullable().optional(),
  nodeId: z.uuid().nullable().optional(),
  include: z.array(z.uuid()).max(500).optional(),
  exclude: z.array(z.uuid()).max(500).optional(),
  weights: z.record(z.string(), z.string().max(30)).optional().describe("per organisatie-id het gewicht of percentage, bijv. '12,5'"),
});

export const SaveCostSplitSchema = CostSplitInputSchema.extend({
  title: z.string().trim().min(1, 'geef de verdeling een naam').max(200),
  note: z.string().max(2000).nullable().optional(),
});

export {
  BudgetImportResultSchema,
  BudgetLineFieldsSchema,
  BudgetLineSchema,
  CostSplitPreviewSchema,
  CostSplitSchema,
  FinanceSchema,
  StatusAmountsSchema,
} from '../../domain/finance/responses';
