import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { indicatorById, indicatorByCode, listTargets, type KpiIndicatorRow } from '../../../db/queries/kpi';
import { kpiIndicatorNode, kpiIndicatorUnit } from '../../../db/schema';
import type { KpiDimension, KpiDirection } from '../../../domain/kpi/indicator';
import type { KpiGrain } from '../../../domain/kpi/periods';
import type { KpiTargetForm, KpiTargetScope } from '../../../domain/kpi/targets';
import type { KpiUnit } from '../../../domain/kpi/units';
import { notFound } from '../../../domain/shared/errors';
import type { IndicatorDefinition } from '../../../domain/kpi/responses';

export async function definitionOf(db: Db, row: KpiIndicatorRow): Promise<IndicatorDefinition> {
  const [targets, nodes, units] = await Promise.all([
    listTargets(db, [row.id]),
    db.select({ nodeId: kpiIndicatorNode.nodeId }).from(kpiIndicatorNode).where(eq(kpiIndicatorNode.indicatorId, row.id)),
    db
      .select({ organisationId: kpiIndicatorUnit.organisationId })
      .from(kpiIndicatorUnit)
      .where(eq(kpiIndicatorUnit.indicatorId, row.id))
      .orderBy(asc(kpiIndicatorUnit.position)),
  ]);
  return {
    id: row.id,
    version: row.version,
    code: row.code,
    name: row.name,
    definition: row.definition,
    unit: row.unit as KpiUnit,
    direction: row.direction as KpiDirection,
    ratio:
      row.numeratorDefinition !== null && row.denominatorDefinition !== null
        ? { numerator: row.numeratorDefinition, denominator: row.denominatorDefinition }
        : null,
    baseline: row.baselineValue !== null && row.baselineDate !== null ? { value: row.baselineValue, date: row.baselineDate } : null,
    dimension: row.dimension as KpiDimension,
    grain: row.grain as KpiGrain,
    ownerOrganisationId: row.ownerOrganisationId,
    source: row.source,
    thresholds: { onTrack: row.thresholdOnTrack, risk: row.thresholdRisk },
    nodeIds: nodes.map((n) => n.nodeId),
    unitOrganisationIds: units.map((u) => u.organisationId),
    targets: targets.map((t) => ({ name: t.name, scope: t.scope as KpiTargetScope, form: t.form as KpiTargetForm })),
    isDemo: row.isDemo,
  };
}

/** The stored definition of one indicator (by id or code), for the edit form. */
export async function getIndicatorDefinition(db: Db, opts: { programmeId: string; indicatorId: string }): Promise<IndicatorDefinition> {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(opts.indicatorId);
  const row = isUuid ? await indicatorById(db, opts.indicatorId) : await indicatorByCode(db, opts.programmeId, opts.indicatorId);
  if (!row || row.programmeId !== opts.programmeId) throw notFound('Indicator', opts.indicatorId);
  return definitionOf(db, row);
}
