import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../database';
import {
  kpiIndicator,
  kpiIndicatorNode,
  kpiIndicatorUnit,
  kpiMeasurement,
  kpiTarget,
  kpiZrmAssessment,
  node,
  organisation,
  progressUpdate,
} from '../schema';

export type KpiIndicatorRow = typeof kpiIndicator.$inferSelect;
export type KpiTargetRow = typeof kpiTarget.$inferSelect;
export type KpiMeasurementRow = typeof kpiMeasurement.$inferSelect;
export type KpiZrmRow = typeof kpiZrmAssessment.$inferSelect;

export function listIndicators(db: Db, programmeId: string): Promise<KpiIndicatorRow[]> {
  return db
    .select()
    .from(kpiIndicator)
    .where(eq(kpiIndicator.programmeId, programmeId))
    .orderBy(asc(kpiIndicator.position), asc(kpiIndicator.code));
}

export async function indicatorById(db: Db, id: string): Promise<KpiIndicatorRow | null> {
  const [row] = await db.select().from(kpiIndicator).where(eq(kpiIndicator.id, id));
  return row ?? null;
}

export async function indicatorByCode(db: Db, programmeId: string, code: string): Promise<KpiIndicatorRow | null> {
  const [row] = await db
    .select()
    .from(kpiIndicator)
    .where(and(eq(kpiIndicator.programmeId, programmeId), eq(kpiIndicator.code, code)));
  return row ?? null;
}

export function listTargets(db: Db, indicatorIds: string[]): Promise<KpiTargetRow[]> {
  if (indicatorIds.length === 0) return Promise.resolve([]);
  return db.select().from(kpiTarget).where(inArray(kpiTarget.indicatorId, indicatorIds)).orderBy(asc(kpiTarget.position));
}

/** The units (organisations) that owe figures, with their names, in position order. */
export function listIndicatorUnits(db: Db, indicatorIds: string[]) {
  if (indicatorIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      indicatorId: kpiIndicatorUnit.indicatorId,
      organisationId: kpiIndicatorUnit.organisationId,
      name: organisation.name,
      key: organisation.key,
      cbsCode: organisation.cbsCode,
    })
    .from(kpiIndicatorUnit)
    .innerJoin(organisation, eq(organisation.id, kpiIndicatorUnit.organisationId))
    .where(inArray(kpiIndicatorUnit.indicatorId, indicatorIds))
    .orderBy(asc(kpiIndicatorUnit.position), asc(organisation.name));
}

/** Linked nodes with their code and title. */
export function listIndicatorNodes(db: Db, indicatorIds: string[]) {
  if (indicatorIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      indicatorId: kpiIndicatorNode.indicatorId,
      nodeId: node.id,
      code: node.code,
      title: node.title,
      level: node.level,
      position: node.position,
    })
    .from(kpiIndicatorNode)
    .innerJoin(node, eq(node.id, kpiIndicatorNode.nodeId))
    .where(inArray(kpiIndicatorNode.indicatorId, indicatorIds))
    .orderBy(asc(node.level), asc(node.position));
}

export function listMeasurements(db: Db, indicatorIds: string[]): Promise<KpiMeasurementRow[]> {
  if (indicatorIds.length === 0) return Promise.resolve([]);
  return db.select().from(kpiMeasurement).where(inArray(kpiMeasurement.indicatorId, indicatorIds)).orderBy(asc(kpiMeasurement.periodStart));
}

/** The figures of these indicators, locked for the rest of the transaction (an entry or import updates them). */
export function lockMeasurements(db: Db, indicatorIds: string[]): Promise<KpiMeasurementRow[]> {
  if (indicatorIds.length === 0) return Promise.resolve([]);
  return db.select().from(kpiMeasurement).where(inArray(kpiMeasurement.indicatorId, indicatorIds)).for('update');
}

/** The latest reported traffic light per node (shown beside the KPI status, never replaced by it). */
export async function latestNodeStatuses(db: Db, nodeIds: string[]): Promise<Map<string, string>> {
  if (nodeIds.length === 0) return new Map();
  const rows = await db
    .select({
      nodeId: progressUpdate.nodeId,
      status: progressUpdate.status,
      reportDate: progressUpdate.reportDate,
      createdAt: progressUpdate.createdAt,
    })
    .from(progressUpdate)
    .where(inArray(progressUpdate.nodeId, nodeIds))
    .orderBy(desc(progressUpdate.reportDate), desc(progressUpdate.createdAt));
  const out = new Map<string, string>();
  for (const r of rows) if (!out.has(r.nodeId)) out.set(r.nodeId, r.status);
  return out;
}

export function listZrmAssessments(db: Db, programmeId: string): Promise<KpiZrmRow[]> {
  return db.select().from(kpiZrmAssessment).where(eq(kpiZrmAssessment.programmeId, programmeId));
}
