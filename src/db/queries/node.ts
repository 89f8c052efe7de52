import { and, asc, eq, inArray, or, sql, type AnyColumn } from 'drizzle-orm';
import type { Db } from '../database';
import { queryRows } from '../database';
import {
  auditLog,
  effort,
  effortGoal,
  gapAnalysis,
  node,
  nodeLink,
  nodeMunicipality,
  nodeTrekker,
  organisation,
  person,
  programme,
} from '../schema';

export type NodeRow = typeof node.$inferSelect;
export type EffortRow = typeof effort.$inferSelect;
export type GapAnalysisRow = typeof gapAnalysis.$inferSelect;
export type NodeTrekkerRow = typeof nodeTrekker.$inferSelect;
export type NodeMunicipalityRow = typeof nodeMunicipality.$inferSelect;
export type NodeLinkRow = typeof nodeLink.$inferSelect;
export type AuditRow = typeof auditLog.$inferSelect;

/**
 * `column = any($1::uuid[])`: ONE array parameter however many ids, where `inArray` writes a
 * parameter per id (a 2,000-node tree gave 2,000-parameter statements to build and plan).
 */
const anyId = (column: AnyColumn, ids: readonly string[]) => sql`${column} = any(${sql.param([...new Set(ids)])}::uuid[])`;

export function nodesOfProgramme(db: Db, programmeId: string): Promise<NodeRow[]> {
  return db.select().from(node).where(eq(node.programmeId, programmeId)).orderBy(asc(node.position));
}

export async function nodeById(db: Db, id: string, opts: { forUpdate?: boolean } = {}): Promise<NodeRow | undefined> {
  const q = db.select().from(node).where(eq(node.id, id));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

export function trekkersOf(db: Db, nodeIds: string[]): Promise<NodeTrekkerRow[]> {
  if (nodeIds.length === 0) return Promise.resolve([]);
  return db.select().from(nodeTrekker).where(anyId(nodeTrekker.nodeId, nodeIds)).orderBy(asc(nodeTrekker.position));
}

export function municipalitiesOf(db: Db, nodeIds: string[]): Promise<NodeMunicipalityRow[]> {
  if (nodeIds.length === 0) return Promise.resolve([]);
  return db.select().from(nodeMunicipality).where(anyId(nodeMunicipality.nodeId, nodeIds)).orderBy(asc(nodeMunicipality.position));
}

export function gapAnalysesOf(db: Db, nodeIds: string[]): Promise<GapAnalysisRow[]> {
  if (nodeIds.length === 0) return Promise.resolve([]);
  return db.select().from(gapAnalysis).where(anyId(gapAnalysis.nodeId, nodeIds));
}

export function effortsOfProgramme(db: Db, programmeId: string): Promise<EffortRow[]> {
  return db.select().from(effort).where(eq(effort.programmeId, programmeId)).orderBy(asc(effort.position));
}

export async function effortById(db: Db, id: string, opts: { forUpdate?: boolean } = {}): Promise<EffortRow | undefined> {
  const q = db.select().from(effort).where(eq(effort.id, id));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

export function effortGoalsOf(db: Db, effortIds: string[]): Promise<{ effortId: string; nodeId: string }[]> {
  if (effortIds.length === 0) return Promise.resolve([]);
  return db.select().from(effortGoal).where(anyId(effortGoal.effortId, effortIds));
}

/** Links with one end in `nodeIds` (the other end may be in another programme). */
export function linksTouching(db: Db, nodeIds: string[]): Promise<NodeLinkRow[]> {
  if (nodeIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(nodeLink)
    .where(or(inArray(nodeLink.fromNodeId, nodeIds), inArray(nodeLink.toNodeId, nodeIds)))
    .orderBy(asc(nodeLink.createdAt), asc(nodeLink.id));
}

export interface NodeRef {
  id: string;
  key: string;
  code: string | null;
  title: string;
  programmeId: string;
  programmeSlug: string;
  programmeTitle: string;
}

export function nodeRefs(db: Db, ids: string[]): Promise<NodeRef[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: node.id,
      key: node.key,
      code: node.code,
      title: node.title,
      programmeId: node.programmeId,
      programmeSlug: programme.slug,
      programmeTitle: programme.title,
    })
    .from(node)
    .innerJoin(programme, eq(programme.id, node.programmeId))
    .where(inArray(node.id, ids));
}

export async function nodeByProgrammeSlugAndKey(db: Db, slug: string, key: string): Promise<NodeRef | undefined> {
  const [row] = await db
    .select({
      id: node.id,
      key: node.key,
      code: node.code,
      title: node.title,
      programmeId: node.programmeId,
      programmeSlug: programme.slug,
      programmeTitle: programme.title,
    })
    .from(node)
    .innerJoin(programme, eq(programme.id, node.programmeId))
    .where(and(eq(programme.slug, slug), eq(node.key, key)));
  return row;
}

export interface NamedRef {
  id: string;
  key: string;
  name: string;
  kind: string | null;
  cbsCode: string | null;
}

export function organisationRefs(db: Db, ids: string[]): Promise<NamedRef[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: organisation.id, key: organisation.key, name: organisation.name, kind: organisation.kind, cbsCode: organisation.cbsCode })
    .from(organisation)
    .where(anyId(organisation.id, ids));
}

export function personRefs(db: Db, ids: string[]): Promise<NamedRef[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: person.id, key: person.key, name: person.name, kind: sql<string | null>`null`, cbsCode: sql<string | null>`null` })
    .from(person)
    .where(anyId(person.id, ids));
}

/**
 * The change history of a node from the audit log: its own entries, plus the links and efforts
 * that name it (before or after the change).
 */
export function nodeHistory(db: Db, nodeId: string): Promise<AuditRow[]> {
  return queryRows<AuditRow>(
    db,
    sql`select id, at, actor_id as "actorId", actor_label as "actorLabel", action, entity_type as "entityType",
          entity_id as "entityId", programme_id as "programmeId", before, after, prev_hash as "prevHash", hash
        from audit_log
        where (entity_type = 'node' and entity_id = ${nodeId})
           or (entity_type = 'node-link' and (after->>'fromNodeId' = ${nodeId} or after->>'toNodeId' = ${nodeId}
                                           or before->>'fromNodeId' = ${nodeId} or before->>'toNodeId' = ${nodeId}))
           or (entity_type = 'effort' and (jsonb_exists(coalesce(after->'goalIds', '[]'::jsonb), ${nodeId})
                                        or jsonb_exists(coalesce(before->'goalIds', '[]'::jsonb), ${nodeId})))
        order by id asc`,
  );
}
