import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../database';
import {
  milestone,
  nodeLifecycle,
  node,
  nodeTrekker,
  periodSnapshot,
  programme,
  progressCheckDismissal,
  progressOverride,
  progressSettings,
  progressUpdate,
  progressWeight,
  reportingPeriod,
} from '../schema';

export type MilestoneRow = typeof milestone.$inferSelect;
export type NodeLifecycleRow = typeof nodeLifecycle.$inferSelect;
export type ProgressUpdateRow = typeof progressUpdate.$inferSelect;
export type ProgressOverrideRow = typeof progressOverride.$inferSelect;
export type ReportingPeriodRow = typeof reportingPeriod.$inferSelect;
export type PeriodSnapshotRow = typeof periodSnapshot.$inferSelect;
export type CheckDismissalRow = typeof progressCheckDismissal.$inferSelect;

export interface ProgressNodeRow {
  id: string;
  parentId: string | null;
  level: number;
  position: number;
  code: string | null;
  title: string;
  ownerOrganisationId: string | null;
  deadlineGrain: string;
  deadlineWording: string | null;
  deadlineStart: string | null;
  deadlineEnd: string | null;
}

export function getProgramme(db: Db, programmeId: string) {
  return db
    .select({
      id: programme.id,
      title: programme.title,
      levelLabels: programme.levelLabels,
      periodStart: programme.periodStart,
      periodEnd: programme.periodEnd,
    })
    .from(programme)
    .where(eq(programme.id, programmeId))
    .then((rows) => rows[0] ?? null);
}

/** The nodes of a programme in tree order (level, then position among siblings). */
export function listProgressNodes(db: Db, programmeId: string): Promise<ProgressNodeRow[]> {
  return db
    .select({
      id: node.id,
      parentId: node.parentId,
      level: node.level,
      position: node.position,
      code: node.code,
      title: node.title,
      ownerOrganisationId: node.ownerOrganisationId,
      deadlineGrain: node.deadlineGrain,
      deadlineWording: node.deadlineWording,
      deadlineStart: node.deadlineStart,
      deadlineEnd: node.deadlineEnd,
    })
    .from(node)
    .where(eq(node.programmeId, programmeId))
    .orderBy(asc(node.level), asc(node.position));
}

export function getProgressNode(db: Db, nodeId: string) {
  return db
    .select({
      id: node.id,
      programmeId: node.programmeId,
      parentId: node.parentId,
      title: node.title,
      ownerOrganisationId: node.ownerOrganisationId,
    })
    .from(node)
    .where(eq(node.id, nodeId))
    .then((rows) => rows[0] ?? null);
}

export async function hasChildNodes(db: Db, nodeId: string): Promise<boolean> {
  const rows = await db.select({ id: node.id }).from(node).where(eq(node.parentId, nodeId)).limit(1);
  return rows.length > 0;
}

/** Trekkers per node (organisation and person ids), for "mijn updates". */
export function listTrekkers(db: Db, programmeId: string) {
  return db
    .select({ nodeId: nodeTrekker.nodeId, personId: nodeTrekker.personId, organisationId: nodeTrekker.organisationId })
    .from(nodeTrekker)
    .innerJoin(node, eq(node.id, nodeTrekker.nodeId))
    .where(eq(node.programmeId, programmeId));
}

export function getProgressSettings(db: Db, programmeId: string) {
  return db
    .select()
    .from(progressSettings)
    .where(eq(progressSettings.programmeId, programmeId))
    .then((rows) => rows[0] ?? null);
}

export function listWeights(db: Db, programmeId: string) {
  return db
    .select({ nodeId: progressWeight.nodeId, weightHundredths: progressWeight.weightHundredths })
    .from(progressWeight)
    .innerJoin(node, eq(node.id, progressWeight.nodeId))
    .where(eq(node.programmeId, programmeId));
}

/** Every update of a programme, oldest first (history order). */
export function listUpdates(db: Db, programmeId: string, nodeId?: string): Promise<ProgressUpdateRow[]> {
  const where = nodeId
    ? and(eq(progressUpdate.programmeId, programmeId), eq(progressUpdate.nodeId, nodeId))
    : eq(progressUpdate.programmeId, programmeId);
  return db
    .select()
    .from(progressUpdate)
    .where(where)
    .orderBy(asc(progressUpdate.reportDate), asc(progressUpdate.createdAt), asc(progressUpdate.id));
}

export function listActiveOverrides(db: Db, programmeId: string): Promise<ProgressOverrideRow[]> {
  return db
    .select()
    .from(progressOverride)
    .where(and(eq(progressOverride.programmeId, programmeId), isNull(progressOverride.withdrawnAt)));
}

export function getActiveOverride(db: Db, nodeId: string): Promise<ProgressOverrideRow | null> {
  return db
    .select()
    .from(progressOverride)
    .where(and(eq(progressOverride.nodeId, nodeId), isNull(progressOverride.withdrawnAt)))
    .then((rows) => rows[0] ?? null);
}

export function listOverrideHistory(db: Db, nodeId: string): Promise<ProgressOverrideRow[]> {
  return db.select().from(progressOverride).where(eq(progressOverride.nodeId, nodeId)).orderBy(desc(progressOverride.createdAt));
}

/** Every override of a programme, withdrawn ones included, oldest first. */
export function listOverrides(db: Db, programmeId: string): Promise<ProgressOverrideRow[]> {
  return db
    .select()
    .from(progressOverride)
    .where(eq(progressOverride.programmeId, programmeId))
    .orderBy(asc(progressOverride.createdAt), asc(progressOverride.id));
}

/** The frozen states of every locked period of a programme. */
export function listSnapshots(db: Db, programmeId: string): Promise<PeriodSnapshotRow[]> {
  return db.select().from(periodSnapshot).where(eq(periodSnapshot.programmeId, programmeId));
}

export function listPeriods(db: Db, programmeId: string): Promise<ReportingPeriodRow[]> {
  return db.select().from(reportingPeriod).where(eq(reportingPeriod.programmeId, programmeId)).orderBy(asc(reportingPeriod.startDate));
}

export function getPeriod(db: Db, periodId: string): Promise<ReportingPeriodRow | null> {
  return db
    .select()
    .from(reportingPeriod)
    .where(eq(reportingPeriod.id, periodId))
    .then((rows) => rows[0] ?? null);
}

export function listSnapshot(db: Db, periodId: string): Promise<PeriodSnapshotRow[]> {
  return db.select().from(periodSnapshot).where(eq(periodSnapshot.periodId, periodId));
}

export function listMilestones(db: Db, programmeId: string): Promise<MilestoneRow[]> {
  return db
    .select()
    .from(milestone)
    .where(eq(milestone.programmeId, programmeId))
    .orderBy(asc(milestone.deadlineEnd), asc(milestone.title));
}

export function getMilestone(db: Db, milestoneId: string): Promise<MilestoneRow | null> {
  return db
    .select()
    .from(milestone)
    .where(eq(milestone.id, milestoneId))
    .then((rows) => rows[0] ?? null);
}

/** The free sections of each node (the demo reads its "Tijdpad" lines as milestones). */
export function listNodeSections(db: Db, programmeId: string) {
  return db.select({ nodeId: node.id, sections: node.sections }).from(node).where(eq(node.programmeId, programmeId));
}

export async function hasProgressData(db: Db, programmeId: string): Promise<boolean> {
  const rows = await db
    .select({ id: reportingPeriod.id })
    .from(reportingPeriod)
    .where(eq(reportingPeriod.programmeId, programmeId))
    .limit(1);
  return rows.length > 0;
}

/** Life-cycle entries of a programme (or one node), in history order: date, then entry. */
export function listLifecycle(db: Db, programmeId: string, nodeId?: string): Promise<NodeLifecycleRow[]> {
  const where = nodeId
    ? and(eq(nodeLifecycle.programmeId, programmeId), eq(nodeLifecycle.nodeId, nodeId))
    : eq(nodeLifecycle.programmeId, programmeId);
  return db
    .select()
    .from(nodeLifecycle)
    .where(where)
    .orderBy(asc(nodeLifecycle.since), asc(nodeLifecycle.createdAt), asc(nodeLifecycle.id));
}

/** Contradiction flags someone chose to ignore, with their notes. */
export function listCheckDismissals(db: Db, programmeId: string): Promise<CheckDismissalRow[]> {
  return db
    .select()
    .from(progressCheckDismissal)
    .where(eq(progressCheckDismissal.programmeId, programmeId))
    .orderBy(asc(progressCheckDismissal.createdAt));
}
