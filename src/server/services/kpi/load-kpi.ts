import type { Db } from '../../../db/database';
import {
  listIndicatorNodes,
  listIndicators,
  listIndicatorUnits,
  listMeasurements,
  listTargets,
  type KpiIndicatorRow,
  type KpiMeasurementRow,
  type KpiTargetRow,
} from '../../../db/queries/kpi';
import type { KpiDimension, KpiDirection, KpiIndicator } from '../../../domain/kpi/indicator';
import type { IndicatorData } from '../../../domain/kpi/indicator-view';
import type { KpiGrain } from '../../../domain/kpi/periods';
import type { KpiFigure } from '../../../domain/kpi/pooling';
import { KpiTargetFormSchema } from '../../../domain/kpi/target-schema';
import type { KpiTarget, KpiTargetScope } from '../../../domain/kpi/targets';
import type { KpiUnit } from '../../../domain/kpi/units';

/** Rows → the domain's plain data. The closed lists were checked on write. */
export function indicatorFromRow(r: KpiIndicatorRow): KpiIndicator {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    definition: r.definition,
    unit: r.unit as KpiUnit,
    direction: r.direction as KpiDirection,
    ratio:
      r.numeratorDefinition !== null && r.denominatorDefinition !== null
        ? { numerator: r.numeratorDefinition, denominator: r.denominatorDefinition }
        : null,
    baseline: r.baselineValue !== null && r.baselineDate !== null ? { value: r.baselineValue, date: r.baselineDate } : null,
    dimension: r.dimension as KpiDimension,
    grain: r.grain as KpiGrain,
    thresholds: { onTrack: r.thresholdOnTrack, risk: r.thresholdRisk },
  };
}

export function targetFromRow(r: KpiTargetRow): KpiTarget {
  return { id: r.id, name: r.name, scope: r.scope as KpiTargetScope, form: KpiTargetFormSchema.parse(r.form) };
}

export function figureFromRow(r: KpiMeasurementRow): KpiFigure {
  return {
    period: { grain: r.grain as KpiGrain, start: r.periodStart },
    unitKey: r.unitKey,
    value: r.value,
    numerator: r.numerator,
    denominator: r.denominator,
  };
}

export interface LoadedIndicator {
  row: KpiIndicatorRow;
  data: IndicatorData;
  nodes: { nodeId: string; code: string | null; title: string }[];
  units: { organisationId: string; name: string; key: string; cbsCode: string | null }[];
  measurements: KpiMeasurementRow[];
}

/** Every indicator of a programme with its targets, units, linked nodes and figures. */
export async function loadProgrammeKpis(db: Db, programmeId: string, asOf: string): Promise<LoadedIndicator[]> {
  const rows = await listIndicators(db, programmeId);
  const ids = rows.map((r) => r.id);
  const [targets, units, nodes, measurements] = await Promise.all([
    listTargets(db, ids),
    listIndicatorUnits(db, ids),
    listIndicatorNodes(db, ids),
    listMeasurements(db, ids),
  ]);
  return rows.map((row) => {
    const myUnits = units.filter((u) => u.indicatorId === row.id);
    const myMeasurements = measurements.filter((m) => m.indicatorId === row.id);
    return {
      row,
      nodes: nodes.filter((n) => n.indicatorId === row.id).map((n) => ({ nodeId: n.nodeId, code: n.code, title: n.title })),
      units: myUnits.map((u) => ({ organisationId: u.organisationId, name: u.name, key: u.key, cbsCode: u.cbsCode })),
      measurements: myMeasurements,
      data: {
        indicator: indicatorFromRow(row),
        targets: targets.filter((t) => t.indicatorId === row.id).map(targetFromRow),
        units: myUnits.map((u) => ({ key: u.organisationId, name: u.name })),
        figures: myMeasurements.map(figureFromRow),
        asOf,
        isDemo: row.isDemo || myMeasurements.some((m) => m.isDemo),
      },
    };
  });
}
