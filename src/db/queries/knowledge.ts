import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../database';
import {
  goodPractice,
  goodPracticeAdoption,
  goodPracticeNode,
  initiative,
  initiativeLink,
  node,
  organisation,
  programme,
  region,
  sideList,
  sideListItem,
} from '../schema';

export type PracticeRow = typeof goodPractice.$inferSelect;
export type InitiativeRow = typeof initiative.$inferSelect;
export type SideListRow = typeof sideList.$inferSelect;

// Good practices

export function listPracticeRows(db: Db, opts: { publishedOnly: boolean }): Promise<PracticeRow[]> {
  return db
    .select()
    .from(goodPractice)
    .where(opts.publishedOnly ? eq(goodPractice.published, true) : undefined)
    .orderBy(asc(goodPractice.title));
}

export async function practiceById(db: Db, id: string, opts: { forUpdate?: boolean } = {}): Promise<PracticeRow | undefined> {
  const q = db.select().from(goodPractice).where(eq(goodPractice.id, id));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

export function practiceNodesOf(db: Db, practiceIds: string[]) {
  if (practiceIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      practiceId: goodPracticeNode.practiceId,
      id: node.id,
      code: node.code,
      title: node.title,
      programmeId: node.programmeId,
      programmeSlug: programme.slug,
      programmeTitle: programme.title,
    })
    .from(goodPracticeNode)
    .innerJoin(node, eq(node.id, goodPracticeNode.nodeId))
    .innerJoin(programme, eq(programme.id, node.programmeId))
    .where(inArray(goodPracticeNode.practiceId, practiceIds))
    .orderBy(asc(goodPracticeNode.position));
}

export function adoptionsOf(db: Db, practiceIds: string[]) {
  if (practiceIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      practiceId: goodPracticeAdoption.practiceId,
      organisationId: goodPracticeAdoption.organisationId,
      organisationName: organisation.name,
      status: goodPracticeAdoption.status,
      statusDate: goodPracticeAdoption.statusDate,
      note: goodPracticeAdoption.note,
    })
    .from(goodPracticeAdoption)
    .innerJoin(organisation, eq(organisation.id, goodPracticeAdoption.organisationId))
    .where(inArray(goodPracticeAdoption.practiceId, practiceIds))
    .orderBy(asc(organisation.name));
}

export function organisationNames(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: organisation.id, name: organisation.name, kind: organisation.kind })
    .from(organisation)
    .where(inArray(organisation.id, ids));
}

export function regionNames(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select({ id: region.id, name: region.name }).from(region).where(inArray(region.id, ids));
}

export async function insertPractice(db: Db, values: typeof goodPractice.$inferInsert): Promise<PracticeRow> {
  const [row] = await db.insert(goodPractice).values(values).returning();
  if (!row) throw new Error('insert good_practice returned no row');
  return row;
}

export async function updatePractice(db: Db, id: string, values: Partial<typeof goodPractice.$inferInsert>): Promise<PracticeRow> {
  const [row] = await db.update(goodPractice).set(values).where(eq(goodPractice.id, id)).returning();
  if (!row) throw new Error('update good_practice returned no row');
  return row;
}

export async function replacePracticeNodes(db: Db, practiceId: string, nodeIds: string[]): Promise<void> {
  await db.delete(goodPracticeNode).where(eq(goodPracticeNode.practiceId, practiceId));
  if (nodeIds.length > 0) await db.insert(goodPracticeNode).values(nodeIds.map((nodeId, position) => ({ practiceId, nodeId, position })));
}

export async function deletePractice(db: Db, id: string): Promise<void> {
  await db.delete(goodPractice).where(eq(goodPractice.id, id));
}

export async function adoptionOf(db: Db, practiceId: string, organisationId: string) {
  const [row] = await db
    .select()
    .from(goodPracticeAdoption)
    .where(and(eq(goodPracticeAdoption.practiceId, practiceId), eq(goodPracticeAdoption.organisationId, organisationId)));
  return row;
}

export async function upsertAdoption(db: Db, values: typeof goodPracticeAdoption.$inferInsert): Promise<void> {
  await db
    .insert(goodPracticeAdoption)
    .values(values)
    .onConflictDoUpdate({
      target: [goodPracticeAdoption.practiceId, goodPracticeAdoption.organisationId],
      set: {
        status: values.status,
        statusDate: values.statusDate ?? null,
        note: values.note ?? null,
        updatedAt: values.updatedAt ?? new Date(),
      },
    });
}

export async function deleteAdoption(db: Db, practiceId: string, organisationId: string): Promise<void> {
  await db
    .delete(goodPracticeAdoption)
    .where(and(eq(goodPracticeAdoption.practiceId, practiceId), eq(goodPracticeAdoption.organisationId, organisationId)));
}

// Related initiatives

export async function initiativeById(db: Db, id: string, opts: { forUpdate?: boolean } = {}): Promise<InitiativeRow | undefined> {
  const q = db.select().from(initiative).where(eq(initiative.id, id));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

/** Ids of the initiatives with at least one link into the programme. */
export async function initiativeIdsOfProgramme(db: Db, programmeId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: initiativeLink.initiativeId })
    .from(initiativeLink)
    .where(eq(initiativeLink.programmeId, programmeId));
  return rows.map((r) => r.id);
}

export function initiativesByIds(db: Db, ids: string[]): Promise<InitiativeRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select().from(initiative).where(inArray(initiative.id, ids)).orderBy(asc(initiative.name));
}

export function initiativeLinksOf(db: Db, initiativeIds: string[]) {
  if (initiativeIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: initiativeLink.id,
      initiativeId: initiativeLink.initiativeId,
      programmeId: initiativeLink.programmeId,
      programmeSlug: programme.slug,
      programmeTitle: programme.title,
      nodeId: initiativeLink.nodeId,
      nodeCode: node.code,
      nodeTitle: node.title,
      createdAt: initiativeLink.createdAt,
    })
    .from(initiativeLink)
    .innerJoin(programme, eq(programme.id, initiativeLink.programmeId))
    .leftJoin(node, eq(node.id, initiativeLink.nodeId))
    .where(inArray(initiativeLink.initiativeId, initiativeIds))
    .orderBy(asc(programme.title), asc(initiativeLink.createdAt));
}

export async function insertInitiative(db: Db, values: typeof initiative.$inferInsert): Promise<InitiativeRow> {
  const [row] = await db.insert(initiative).values(values).returning();
  if (!row) throw new Error('insert initiative returned no row');
  return row;
}

export async function updateInitiative(db: Db, id: string, values: Partial<typeof initiative.$inferInsert>): Promise<InitiativeRow> {
  const [row] = await db.update(initiative).set(values).where(eq(initiative.id, id)).returning();
  if (!row) throw new Error('update initiative returned no row');
  return row;
}

export async function deleteInitiative(db: Db, id: string): Promise<void> {
  await db.delete(initiative).where(eq(initiative.id, id));
}

export async function insertInitiativeLink(db: Db, values: typeof initiativeLink.$inferInsert) {
  const [row] = await db.insert(initiativeLink).values(values).returning();
  if (!row) throw new Error('insert initiative_link returned no row');
  return row;
}

export async function initiativeLinkById(db: Db, id: string) {
  const [row] = await db.select().from(initiativeLink).where(eq(initiativeLink.id, id));
  return row;
}

export async function deleteInitiativeLink(db: Db, id: string): Promise<void> {
  await db.delete(initiativeLink).where(eq(initiativeLink.id, id));
}

// Lists beside the tree

export function sideListsOfProgramme(db: Db, programmeId: string): Promise<SideListRow[]> {
  return db.select().from(sideList).where(eq(sideList.programmeId, programmeId)).orderBy(asc(sideList.position), asc(sideList.createdAt));
}

export async function sideListById(db: Db, id: string, opts: { forUpdate?: boolean } = {}): Promise<SideListRow | undefined> {
  const q = db.select().from(sideList).where(eq(sideList.id, id));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

export function sideListItemsOf(db: Db, listIds: string[]) {
  if (listIds.length === 0) return Promise.resolve([]);
  return db.select().from(sideListItem).where(inArray(sideListItem.listId, listIds)).orderBy(asc(sideListItem.position));
}

export async function insertSideList(db: Db, values: typeof sideList.$inferInsert): Promise<SideListRow> {
  const [row] = await db.insert(sideList).values(values).returning();
  if (!row) throw new Error('insert side_list returned no row');
  return row;
}

export async function updateSideList(db: Db, id: string, values: Partial<typeof sideList.$inferInsert>): Promise<SideListRow> {
  const [row] = await db.update(sideList).set(values).where(eq(sideList.id, id)).returning();
  if (!row) throw new Error('update side_list returned no row');
  return row;
}

export async function replaceSideListItems(
  db: Db,
  listId: string,
  items: { position: number; title: string; text: string | null }[],
): Promise<void> {
  await db.delete(sideListItem).where(eq(sideListItem.listId, listId));
  if (items.length > 0) await db.insert(sideListItem).values(items.map((i) => ({ ...i, listId })));
}

export async function deleteSideList(db: Db, id: string): Promise<void> {
  await db.delete(sideList).where(eq(sideList.id, id));
}

export async function listAllInitiativeIds(db: Db): Promise<string[]> {
  return (await db.select({ id: initiative.id }).from(initiative)).map((r) => r.id);
}
