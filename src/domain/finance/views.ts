import type { BudgetStatus, FundingCheck, Recurrence, StatusAmounts } from './budget';
import type { DistributionKey, SplitRow } from './distribution-key';
import type { GapBudgetTotal } from './overview';

/** The read models the finance API answers; also what the XLSX export and the web UI use. */

/** What a user enters for a budget line; amounts are whole cents (the UI and imports read Dutch notation). */
export interface BudgetLineFields {
  /** The node the money is for; null = the programme as a whole. */
  nodeId: string | null;
  year: number | null;
  moneyStream: string;
  payerOrganisationId: string | null;
  recurrence: Recurrence;
  status: BudgetStatus;
  requestedCents: number | null;
  grantedCents: number | null;
  realisedCents: number | null;
  cofinancerIds: string[];
  condition: string | null;
  conditionMet: boolean | null;
  note: string | null;
}

export type BudgetLineView = BudgetLineFields & { id: string; programmeId: string; version: number };

export interface FinanceNodeView {
  id: string;
  parentId: string | null;
  code: string | null;
  title: string;
  depth: number;
  own: StatusAmounts;
  subtree: StatusAmounts;
  lines: number;
  funding: FundingCheck | null;
  /** The budget the gap analyses in this subtree name (hiaatanalyse, 'benodigd budget'). */
  gapBudget: GapBudgetTotal;
}

export interface MunicipalityCost {
  organisationId: string;
  name: string;
  /** Sum of this gemeente's shares in the programme's stored cost splits. */
  sharedCents: number;
  /** Best-known amount of the budget lines this gemeente pays (realised, else granted, else requested). */
  paidCents: number;
  /** Budget lines it pays whose amount is unknown. */
  paidUnknown: number;
}

export interface FinanceView {
  programme: { id: string; slug: string; title: string };
  streams: { key: string; label: string }[];
  lines: (BudgetLineView & { payerName: string | null })[];
  nodes: FinanceNodeView[];
  byYearStream: { year: number | null; moneyStream: string; amounts: StatusAmounts }[];
  programmeLevel: StatusAmounts;
  total: StatusAmounts;
  /** The gap-analysis budget column, totalled over the whole programme. */
  gapBudgetTotal: GapBudgetTotal;
  municipalities: MunicipalityCost[];
}

export interface CostSplitPreview {
  key: DistributionKey;
  referenceYear: number | null;
  totalCents: number;
  rows: SplitRow[];
}

export interface CostSplitView extends CostSplitPreview {
  id: string;
  title: string;
  nodeId: string | null;
  regionId: string | null;
  decidedAt: string;
  note: string | null;
}
