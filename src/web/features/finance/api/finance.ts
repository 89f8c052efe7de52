import type {
  BudgetImportResult,
  BudgetLineFields,
  BudgetLineView,
  CostSplitPreview,
  CostSplitView,
  FinanceView,
} from '../../../../domain/finance/responses';
import type { RegionView } from '../../../../domain/organisation/responses';
import type { OrgRef } from '../../../../domain/programme/responses';
import { apiFetch, fileForm, useApi, type Loadable } from '../../../lib/api';

export type { BudgetImportResult, BudgetLineFields, BudgetLineView, CostSplitPreview, CostSplitView, FinanceView };

const base = (programme: string) => `/programmes/${encodeURIComponent(programme)}`;

/** The finance view of a programme; `revision` reloads it after a change. */
export function useFinance(programme: string, revision = 0): Loadable<FinanceView> {
  return useApi(`finance:${programme}:${revision}`, () => apiFetch<FinanceView>(`${base(programme)}/finance`));
}

export const financeXlsxUrl = (programme: string) => `/api${base(programme)}/finance.xlsx`;

export function createBudgetLine(programme: string, fields: BudgetLineFields): Promise<BudgetLineView> {
  return apiFetch(`${base(programme)}/budget-lines`, { method: 'POST', body: JSON.stringify(fields) });
}

export function updateBudgetLine(programme: string, id: string, version: number, fields: BudgetLineFields): Promise<BudgetLineView> {
  return apiFetch(`${base(programme)}/budget-lines/${id}`, { method: 'PATCH', body: JSON.stringify({ ...fields, version }) });
}

export function deleteBudgetLine(programme: string, id: string, version: number): Promise<void> {
  return apiFetch(`${base(programme)}/budget-lines/${id}?version=${version}`, { method: 'DELETE' });
}

export interface CostSplitRequest {
  totalCents: number;
  key: CostSplitPreview['key'];
  year?: number | null;
  regionId?: string | null;
  nodeId?: string | null;
  weights?: Record<string, string>;
}

export function previewCostSplit(programme: string, body: CostSplitRequest): Promise<CostSplitPreview> {
  return apiFetch(`${base(programme)}/cost-splits/preview`, { method: 'POST', body: JSON.stringify(body) });
}

export function saveCostSplit(programme: string, body: CostSplitRequest & { title: string; note: string | null }): Promise<CostSplitView> {
  return apiFetch(`${base(programme)}/cost-splits`, { method: 'POST', body: JSON.stringify(body) });
}

export function useCostSplits(programme: string, revision = 0): Loadable<{ items: CostSplitView[] }> {
  return useApi(`cost-splits:${programme}:${revision}`, () => apiFetch(`${base(programme)}/cost-splits`));
}

/** What the cost split needs of an organisation (GET /organisations answers more). */
export type OrganisationOption = Pick<OrgRef, 'id' | 'name' | 'kind' | 'cbsCode'>;
/** What the cost split needs of a region (GET /regions). */
export type RegionOption = Pick<RegionView, 'id' | 'key' | 'name' | 'municipalities'>;

export function useOrganisations(): Loadable<{ items: OrganisationOption[] }> {
  return useApi('finance:organisations', () => apiFetch('/organisations'));
}

export function useRegions(): Loadable<{ items: RegionOption[] }> {
  return useApi('finance:regions', () => apiFetch('/regions'));
}

/** The budget-line sheet (XLSX or CSV); `dryRun` previews without writing. */
export async function importBudgetLines(programme: string, file: File, dryRun: boolean): Promise<BudgetImportResult> {
  return apiFetch(`${base(programme)}/budget-lines/import?dryRun=${dryRun}`, { method: 'POST', body: fileForm(file) });
}
