import { eq } from 'drizzle-orm';
import { inTransaction, type Db } from '../../../db/database';
import { indicatorByCode } from '../../../db/queries/kpi';
import { organisationsByIds } from '../../../db/queries/organisation';
import { kpiIndicator, kpiIndicatorNode, kpiIndicatorUnit, kpiTarget, node } from '../../../db/schema';
import { KPI_DIMENSIONS, type KpiDimension, type KpiDirection } from '../../../domain/kpi/indicator';
import { isKpiGrain, type KpiGrain } from '../../../domain/kpi/periods';
import { validateTarget, type KpiTargetForm, type KpiTargetScope } from '../../../domain/kpi/targets';
import { isKpiUnit, type KpiUnit } from '../../../domain/kpi/units';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError, notFound, type ErrorDetail } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { assertOwnScope } from '../programme/resolve';
import { definitionOf } from './get-indicator-definition';

export interface SaveIndicatorOptions {
  programmeId: string;
  /** The key partners use in files ("E33", "BW-UITSTROOM"); an existing code is updated. */
  code: string;
  name: string;
  definition?: string | null;
  unit: KpiUnit;
  direction: KpiDirection;
  /** For a ratio: what numerator and denominator count. */
  ratio?: { numerator: string; denominator: string } | null;
  baseline?: { value: number; date: string } | null;
  dimension: KpiDimension;
  grain: KpiGrain;
  ownerOrganisationId?: string | null;
  source?: string | null;
  thresholds?: { onTrack: number; risk: number };
  nodeIds?: string[];
  /** The organisations that owe figures (gemeenten or aanbieders), in display order. */
  unitOrganisationIds?: string[];
  targets?: { name?: string | null; scope: KpiTargetScope; form: KpiTargetForm }[];
  position?: number;
  isDemo?: boolean;
  /** Edit this indicator (its code may change); without it the indicator with `code` is created or replaced. */
  id?: string;
  /**
   * The version the edit form was based on: null = a new indicator (an existing code is a conflict),
   * a number = that version must still be current. Omitted: no check (the demo, scripts).
   */
  expectedVersion?: number | null;
}

/** Create an indicator, or replace the definition of the one with this code (targets, nodes and units included). */
export async function saveIndicator(db: Db, actor: Actor, opts: SaveIndicatorOptions, clock: Clock): Promise<string> {
  const details: ErrorDetail[] = [];
  const code = opts.code.trim();
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/.test(code))
    details.push({ field: 'code', reason: 'letters, cijfers, punt, streepje of liggend streepje; hoogstens 40 tekens' });
  if (!opts.name.trim()) details.push({ field: 'name', reason: 'een naam is verplicht' });
  if (!isKpiUnit(opts.unit)) details.push({ field: 'unit', reason: `onbekende eenheid '${String(opts.unit)}'` });
  if (opts.direction !== 'hoger' && opts.direction !== 'lager') details.push({ field: 'direction', reason: 'hoger of lager is beter' });
  if (!(KPI_DIMENSIONS as readonly string[]).includes(opts.dimension))
    details.push({ field: 'dimension', reason: `onbekende dimensie '${String(opts.dimension)}'` });
  if (!isKpiGrain(opts.grain)) details.push({ field: 'grain', reason: `onbekende periode '${String(opts.grain)}'` });
  const t = opts.thresholds ?? { onTrack: 0.95, risk: 0.75 };
  if (!(t.risk >= 0 && t.onTrack >= t.risk))
    details.push({ field: 'thresholds', reason: 'de grens voor risico ligt tussen 0 en de grens voor op koers' });
  const baseline = opts.baseline ?? null;
  (opts.targets ?? []).forEach((target, i) => {
    for (const reason of validateTarget(target.form, opts.unit, baseline)) details.push({ field: `targets[${i}]`, reason });
  });
  if (details.length > 0)
    throw new DomainError('VALIDATION_FAILED', `Indicator ongeldig: ${details.map((d) => `${d.field}: ${d.reason}`).join('; ')}.`, details);

  return inTransaction(db, async (tx) => {
    const byCode = await indicatorByCode(tx, opts.programmeId, code);
    let existing = byCode;
    if (opts.id !== undefined) {
      const [row] = await tx.select().from(kpiIndicator).where(eq(kpiIndicator.id, opts.id)).for('update');
      if (!row || row.programmeId !== opts.programmeId) throw notFound('Indicator', opts.id);
      if (byCode && byCode.id !== row.id)
        throw new DomainError('VALIDATION_FAILED', `Indicator ongeldig: code: de code '${code}' is al in gebruik bij '${byCode.name}'.`, [
          { field: 'code', reason: `de code '${code}' is al in gebruik bij '${byCode.name}'` },
        ]);
      existing = row;
    }
    if (opts.expectedVersion !== undefined) {
      const stale = opts.expectedVersion === null ? existing !== null : existing?.version !== opts.expectedVersion;
      if (stale && existing)
        throw new DomainError(
          'VERSION_CONFLICT',
          opts.expectedVersion === null
            ? `Er bestaat al een indicator met code '${code}'.`
            : `Indicator '${existing.code}' is intussen door iemand anders gewijzigd.`,
          { current: await definitionOf(tx, existing) },
        );
      if (stale) throw notFound('Indicator', code);
    }
    assertOwnScope(
      actor,
      opts.programmeId,
      existing?.ownerOrganisationId ?? opts.ownerOrganisationId ?? null,
      'redacteur',
      `Indicator '${code}'`,
    );
    const unitIds = opts.unitOrganisationIds ?? [];
    const orgs = await organisationsByIds(tx, unitIds);
    if (orgs.length !== new Set(unitIds).size)
      throw new DomainError('VALIDATION_FAILED', 'Een van de organisaties bestaat niet.', [
        { field: 'unitOrganisationIds', reason: 'onbekende organisatie' },
      ]);
    for (const nodeId of opts.nodeIds ?? []) {
      const [n] = await tx.select({ programmeId: node.programmeId }).from(node).where(eq(node.id, nodeId));
      if (n?.programmeId !== opts.programmeId)
        throw new DomainError('VALIDATION_FAILED', `Element '${nodeId}' hoort niet bij dit programma.`, [
          { field: 'nodeIds', reason: 'onbekend element' },
        ]);
    }
    const values = {
      programmeId: opts.programmeId,
      code,
      name: opts.name.trim(),
      definition: opts.definition?.trim() || null,
      unit: opts.unit,
      direction: opts.direction,
      numeratorDefinition: opts.ratio?.numerator ?? null,
      denominatorDefinition: opts.ratio?.denominator ?? null,
      baselineValue: baseline?.value ?? null,
      baselineDate: baseline?.date ?? null,
      dimension: opts.dimension,
      grain: opts.grain,
      ownerOrganisationId: opts.ownerOrganisationId ?? null,
      source: opts.source?.trim() || null,
      thresholdOnTrack: t.onTrack,
      thresholdRisk: t.risk,
      isDemo: opts.isDemo ?? false,
      position: opts.position ?? 0,
      updatedAt: clock.now(),
    };
    let id: string;
    if (existing) {
      const [row] = await tx
        .update(kpiIndicator)
        .set({ ...values, version: existing.version + 1 })
        .where(eq(kpiIndicator.id, existing.id))
        .returning();
      id = existing.id;
      await tx.delete(kpiTarget).where(eq(kpiTarget.indicatorId, id));
      await tx.delete(kpiIndicatorNode).where(eq(kpiIndicatorNode.indicatorId, id));
      await tx.delete(kpiIndicatorUnit).where(eq(kpiIndicatorUnit.indicatorId, id));
      await recordAudit(
        tx,
        actor,
        {
          action: 'update',
          entityType: 'kpi_indicator',
          entityId: id,
          programmeId: opts.programmeId,
          before: existing,
          after: { ...row, targets: opts.targets ?? [], nodeIds: opts.nodeIds ?? [], unitOrganisationIds: unitIds },
        },
        clock,
      );
    } else {
      const [row] = await tx
        .insert(kpiIndicator)
        .values({ ...values, createdAt: clock.now() })
        .returning();
      if (!row) throw new Error('insert kpi_indicator returned no row');
      id = row.id;
      await recordAudit(
        tx,
        actor,
        {
          action: 'create',
          entityType: 'kpi_indicator',
          entityId: id,
          programmeId: opts.programmeId,
          after: { ...row, targets: opts.targets ?? [], nodeIds: opts.nodeIds ?? [], unitOrganisationIds: unitIds },
        },
        clock,
      );
    }
    const targets = opts.targets ?? [];
    if (targets.length > 0)
      await tx
        .insert(kpiTarget)
        .values(targets.map((tg, position) => ({ indicatorId: id, name: tg.name ?? null, scope: tg.scope, form: tg.form, position })));
    const nodeIds = [...new Set(opts.nodeIds ?? [])];
    if (nodeIds.length > 0) await tx.insert(kpiIndicatorNode).values(nodeIds.map((nodeId) => ({ indicatorId: id, nodeId })));
    if (unitIds.length > 0)
      await tx
        .insert(kpiIndicatorUnit)
        .values([...new Set(unitIds)].map((organisationId, position) => ({ indicatorId: id, organisationId, position })));
    return id;
  });
}
