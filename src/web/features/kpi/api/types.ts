import type { IndicatorView } from '../../../../domain/kpi/indicator-view';
import type { KpiStatus } from '../../../../domain/kpi/status';

export type { IndicatorView, KpiStatus };

/** GET /programmes/:p/kpi (server: services/kpi/get-kpi-overview.ts). */
export interface KpiOverview {
  programmeId: string;
  asOf: string;
  nodeId: string | null;
  items: {
    id: string;
    code: string;
    name: string;
    unit: string;
    status: KpiStatus;
    statusLabel: string;
    latest: { period: string; valueText: string } | null;
    targets: { name: string | null; description: string; statusLabel: string }[];
    isDemo: boolean;
    nodes: { nodeId: string; code: string | null; title: string; nodeStatus: string | null; contradiction: boolean }[];
  }[];
}

export interface IndicatorDetail extends IndicatorView {
  grain: string;
  dimension: string;
  source: string | null;
  ownerOrganisationId: string | null;
  programmeId: string;
  nodes: { nodeId: string; code: string | null; title: string }[];
}

export interface EntryRow {
  indicatorId: string;
  code: string;
  name: string;
  unit: string;
  ratio: { numerator: string; denominator: string } | null;
  grain: string;
  periodStart: string;
  periodLabel: string;
  unitKey: string;
  unitName: string;
  current: { value: number | null; numerator: number | null; denominator: number | null; note: string | null; enteredBy: string } | null;
}

export interface SaveResult {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportPreview {
  warnings: { row: number; field?: string; message: string }[];
  rows: {
    row: number;
    code: string;
    periodLabel: string;
    unitName: string;
    value: number | null;
    numerator: number | null;
    denominator: number | null;
    note: string | null;
    action: 'nieuw' | 'bijwerken' | 'ongewijzigd';
  }[];
}

export interface ZrmView {
  domains: string[];
  threshold: number;
  pairs: number;
  providers: { id: string; name: string }[];
  rows: {
    unit: string;
    unitName: string;
    domain: string;
    n: number | string;
    verbeterd: number | string;
    gelijk: number | string;
    verslechterd: number | string;
    pctVerbeterd: number | null;
    pctGelijk: number | null;
    pctVerslechterd: number | null;
  }[];
  isDemo: boolean;
}

export const kpiBase = (programme: string) => `/programmes/${encodeURIComponent(programme)}/kpi`;
