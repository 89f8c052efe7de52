import { and, asc, eq, isNotNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../database';
import { milestone, node, periodSnapshot, programme, programmePublication, progressUpdate, reportingPeriod } from '../schema';

export type PublicationRow = typeof programmePublication.$inferSelect;

export function getPublication(db: Db, programmeId: string, opts: { forUpdate?: boolean } = {}): Promise<PublicationRow | null> {
  const q = db.select().from(programmePublication).where(eq(programmePublication.programmeId, programmeId));
  return (opts.forUpdate ? q.for('update') : q).then((rows) => rows[0] ?? null);
}

export async function insertPublication(db: Db, row: typeof programmePublication.$inferInsert): Promise<PublicationRow> {
  const [created] = await db.insert(programmePublication).values(row).returning();
  if (!created) throw new Error('publicatie niet opgeslagen');
  return created;
}

export async function updatePublication(
  db: Db,
  programmeId: string,
  set: Partial<typeof programmePublication.$inferInsert>,
): Promise<PublicationRow> {
  const [updated] = await db.update(programmePublication).set(set).where(eq(programmePublication.programmeId, programmeId)).returning();
  if (!updated) throw new Error('publicatie niet bijgewerkt');
  return updated;
}

/*
 * The public read model's queries. They read only published programmes and select only the
 * columns a visitor may see: never persons, authors, owners or notes of an override.
 */

/** Published programmes, by title: the columns a visitor may see plus the field choices. */
export function listPublishedProgrammes(db: Db) {
  return db
    .select({
      id: programme.id,
      slug: programme.slug,
      title: programme.title,
      shortName: programme.shortName,
      description: programme.description,
      levelLabels: programme.levelLabels,
      periodStart: programme.periodStart,
      periodEnd: programme.periodEnd,
      status: programme.status,
      regionId: programme.regionId,
      fields: programmePublication.fields,
    })
    .from(programme)
    .innerJoin(programmePublication, eq(programmePublication.programmeId, programme.id))
    .where(eq(programmePublication.published, true))
    .orderBy(asc(programme.title));
}

export type PublishedProgrammeRow = Awaited<ReturnType<typeof listPublishedProgrammes>>[number];

/** One published programme by slug; null when it does not exist or is not published (the same answer). */
export function publishedProgrammeBySlug(db: Db, slug: string): Promise<PublishedProgrammeRow | null> {
  return db
    .select({
      id: programme.id,
      slug: programme.slug,
      title: programme.title,
      shortName: programme.shortName,
      description: programme.description,
      levelLabels: programme.levelLabels,
      periodStart: programme.periodStart,
      periodEnd: programme.periodEnd,
      status: programme.status,
      regionId: programme.regionId,
      fields: programmePublication.fields,
    })
    .from(programme)
    .innerJoin(programmePublication, eq(programmePublication.programmeId, programme.id))
    .where(and(eq(programmePublication.published, true), eq(programme.slug, slug)))
    .then((rows) => rows[0] ?? null);
}

/** The tree of a published programme: structure, codes and titles; descriptions only when asked for. */
export function publicNodes(db: Db, programmeId: string, withDescriptions: boolean) {
  return db
    .select({
      id: node.id,
      parentId: node.parentId,
      position: node.position,
      level: node.level,
      code: node.code,
      title: node.title,
      // An unpublished column is not even read.
      description: withDescriptions ? node.description : sql<string | null>`null`,
    })
    .from(node)
    .where(eq(node.programmeId, programmeId));
}

/** The latest locked period: the state its board saw, which is what the public version shows. */
export function latestLockedPeriod(db: Db, programmeId: string) {
  return db
    .select({
      id: reportingPeriod.id,
      label: reportingPeriod.label,
      startDate: reportingPeriod.startDate,
      endDate: reportingPeriod.endDate,
      dueDate: reportingPeriod.dueDate,
    })
    .from(reportingPeriod)
    .where(and(eq(reportingPeriod.programmeId, programmeId), isNotNull(reportingPeriod.lockedAt)))
    .orderBy(asc(reportingPeriod.startDate))
    .then((rows) => rows[rows.length - 1] ?? null);
}

/** Every locked period in time order (for the look-back window of the public report). */
export function lockedPeriods(db: Db, programmeId: string) {
  return db
    .select({
      id: reportingPeriod.id,
      label: reportingPeriod.label,
      startDate: reportingPeriod.startDate,
      endDate: reportingPeriod.endDate,
      dueDate: reportingPeriod.dueDate,
    })
    .from(reportingPeriod)
    .where(and(eq(reportingPeriod.programmeId, programmeId), isNotNull(reportingPeriod.lockedAt)))
    .orderBy(asc(reportingPeriod.startDate));
}

/** Status and percent per node as frozen for a locked period (no override reasons, no authors). */
export function publicSnapshot(db: Db, periodId: string) {
  return db
    .select({ nodeId: periodSnapshot.nodeId, status: periodSnapshot.status, percent: periodSnapshot.percent })
    .from(periodSnapshot)
    .where(eq(periodSnapshot.periodId, periodId));
}

/** Updates up to a date, with only the published text columns (never the author). */
export function publicUpdates(db: Db, programmeId: string, until: string, opts: { results: boolean; attentionPoints: boolean }) {
  return db
    .select({
      id: progressUpdate.id,
      nodeId: progressUpdate.nodeId,
      reportDate: progressUpdate.reportDate,
      status: progressUpdate.status,
      percent: progressUpdate.percent,
      results: opts.results ? progressUpdate.results : sql<string | null>`null`,
      attentionPoints: opts.attentionPoints ? progressUpdate.attentionPoints : sql<string | null>`null`,
    })
    .from(progressUpdate)
    .where(and(eq(progressUpdate.programmeId, programmeId), lte(progressUpdate.reportDate, until)))
    .orderBy(asc(progressUpdate.reportDate), asc(progressUpdate.createdAt), asc(progressUpdate.id));
}

export function publicMilestones(db: Db, programmeId: string) {
  return db
    .select({
      id: milestone.id,
      nodeId: milestone.nodeId,
      title: milestone.title,
      deadlineGrain: milestone.deadlineGrain,
      deadlineWording: milestone.deadlineWording,
      deadlineStart: milestone.deadlineStart,
      deadlineEnd: milestone.deadlineEnd,
      doneDate: milestone.doneDate,
    })
    .from(milestone)
    .where(eq(milestone.programmeId, programmeId));
}
