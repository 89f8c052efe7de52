/**
 * Response shapes of the finance API (and the budget line's fields, which a body sends and an answer returns):
 * ONE source for the routes' validation and OpenAPI, the services' return types, the XLSX export, the board
 * report and the finance screens (z.infer below; the web imports the types only).
 * See docs/ARCHITECTURE.md, "Response shapes: one source".
 */
import { z } from 'zod';
import { MAX_AMOUNT_CENTS } from './amount';
import { BUDGET_STATUSES, RECURRENCES } from './budget';
import { DISTRIBUTION_KEYS } from './distribution-key';

const Cents = z.int().min(0, 'een bedrag kan niet negatief zijn').max(MAX_AMOUNT_CENTS, 'bedrag is groter dan 10 miljard euro');
const OptionalCents = Cents.nullable().describe('hele centen; null = onbekend (niet 0)');

/** What a user enters for a budget line; amounts are whole cents (the UI and imports read Dutch notation). */
export const BudgetLineFieldsSchema = z.object({
  nodeId: z.uuid().nullable().describe('het element; null = het programma als geheel'),
  year: z.int().min(1990).max(2100).nullable(),
  moneyStream: z.string().trim().min(1, 'kies een geldstroom').max(80),
  payerOrganisationId: z.uuid().nullable(),
  recurrence: z.enum(RECURRENCES),
  status: z.enum(BUDGET_STATUSES),
  requestedCents: OptionalCents,
  grantedCents: OptionalCents,
  realisedCents: OptionalCents,
  cofinancerIds: z.array(z.uuid()).max(50),
  condition: z.string().max(2000).nullable().describe('resultaatafhankelijke financiering: de afgesproken criteria'),
  conditionMet: z.boolean().nullable().describe('null = nog niet beoordeeld'),
  note: z.string().max(4000).nullable(),
});

export const BudgetLineSchema = BudgetLineFieldsSchema.extend({ id: z.uuid(), programmeId: z.uuid(), version: z.int() }).meta({
  id: 'BudgetLine',
});

const GapBudgetSchema = z.object({ cents: z.int(), unknown: z.int(), otherFund: z.int() }).meta({ id: 'GapBudgetTotal' });
const AmountsSchema = z.object({ cents: z.int(), unknown: z.int().describe('regels waarvan dit bedrag onbekend is') });
export const StatusAmountsSchema = z
  .object({ aangevraagd: AmountsSchema, toegekend: AmountsSchema, gerealiseerd: AmountsSchema })
  .meta({ id: 'StatusAmounts' });

export const FinanceSchema = z
  .object({
    programme: z.object({ id: z.uuid(), slug: z.string(), title: z.string() }),
    streams: z.array(z.object({ key: z.string(), label: z.string() })),
    lines: z.array(BudgetLineSchema.extend({ payerName: z.string().nullable() })),
    nodes: z.array(
      z.object({
        id: z.uuid(),
        parentId: z.uuid().nullable(),
        code: z.string().nullable(),
        title: z.string(),
        depth: z.int(),
        own: StatusAmountsSchema,
        subtree: StatusAmountsSchema,
        lines: z.int(),
        funding: z.object({ statedCents: z.int(), linesCents: z.int(), unknownLines: z.int(), differenceCents: z.int() }).nullable(),
        gapBudget: GapBudgetSchema,
      }),
    ),
    byYearStream: z.array(z.object({ year: z.int().nullable(), moneyStream: z.string(), amounts: StatusAmountsSchema })),
    programmeLevel: StatusAmountsSchema,
    total: StatusAmountsSchema,
    gapBudgetTotal: GapBudgetSchema,
    municipalities: z.array(
      z.object({ organisationId: z.uuid(), name: z.string(), sharedCents: z.int(), paidCents: z.int(), paidUnknown: z.int() }),
    ),
  })
  .meta({ id: 'Finance' });

const SplitRowSchema = z.object({
  organisationId: z.uuid(),
  name: z.string(),
  cbsCode: z.string().nullable(),
  weight: z.string(),
  cents: z.int(),
});
export const CostSplitPreviewSchema = z
  .object({ key: z.enum(DISTRIBUTION_KEYS), referenceYear: z.int().nullable(), totalCents: z.int(), rows: z.array(SplitRowSchema) })
  .meta({ id: 'CostSplitPreview' });
export const CostSplitSchema = CostSplitPreviewSchema.extend({
  id: z.uuid(),
  title: z.string(),
  nodeId: z.uuid().nullable(),
  regionId: z.uuid().nullable(),
  decidedAt: z.string(),
  note: z.string().nullable(),
}).meta({ id: 'CostSplit' });

export const BudgetImportResultSchema = z
  .object({
    dryRun: z.boolean(),
    created: z.int(),
    updated: z.int(),
    unchanged: z.int(),
    rows: z.array(
      z.object({
        row: z.int(),
        action: z.enum(['nieuw', 'gewijzigd', 'ongewijzigd']),
        path: z.string(),
        moneyStream: z.string(),
        requestedCents: z.int().nullable(),
      }),
    ),
  })
  .meta({ id: 'BudgetImportResult' });

export type BudgetLineFields = z.infer<typeof BudgetLineFieldsSchema>;
export type BudgetLineView = z.infer<typeof BudgetLineSchema>;
/** The finance view of a programme: also what the XLSX export and the board report read. */
export type FinanceView = z.infer<typeof FinanceSchema>;
export type FinanceNodeView = FinanceView['nodes'][number];
/** A gemeente's shares in the stored cost splits beside what it pays (best-known amount; unknown lines counted). */
export type MunicipalityCost = FinanceView['municipalities'][number];
export type CostSplitPreview = z.infer<typeof CostSplitPreviewSchema>;
export type CostSplitView = z.infer<typeof CostSplitSchema>;
export type BudgetImportResult = z.infer<typeof BudgetImportResultSchema>;
