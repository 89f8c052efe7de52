/**
 * Shapes of the KPI API: the server's own response schemas (src/domain/kpi/responses.ts), imported as types
 * only (docs/ARCHITECTURE.md, "Response shapes: one source"); the screens' names are given here.
 */
import type { IndicatorView } from '../../../../domain/kpi/indicator-view';
import type { EntryFormRow } from '../../../../domain/kpi/responses';
import type { KpiStatus } from '../../../../domain/kpi/status';

export type { IndicatorView, KpiStatus };
export type {
  EntryForm,
  IndicatorDefinition,
  IndicatorDetail,
  KpiImportPreview as ImportPreview,
  KpiImportResult,
  KpiOverview,
  SaveResult,
  ZrmImportPreview,
  ZrmImportResult,
  ZrmView,
} from '../../../../domain/kpi/responses';

/** One row of the entry form (GET …/kpi/entry). */
export type EntryRow = EntryFormRow;

export const kpiBase = (programme: string) => `/programmes/${encodeURIComponent(programme)}/kpi`;
