import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import {
  deleteSideList as deleteRow,
  insertSideList,
  replaceSideListItems,
  sideListById,
  sideListItemsOf,
  sideListsOfProgramme,
  updateSideList,
  type SideListRow,
} from '../../../db/queries/knowledge';
import { normaliseSideListItems, type SideListItemInput } from '../../../domain/knowledge/side-list';
import type { SideListView } from '../../../domain/knowledge/responses';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError, notFound } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { assertOwnScope, isUuid, resolveNode, versionConflict } from '../programme/resolve';

/**
 * Lists beside the tree (docs/knowledge.md). A list of the programme is written by its redacteuren;
 * a list of a node like the node itself (organisation scope of its owner).
 */
export interface SideListFields {
  title: string;
  description?: string | null;
  items: SideListItemInput[];
  isDemo?: boolean;
}

async function views(db: Db, rows: SideListRow[]): Promise<SideListView[]> {
  const items = await sideListItemsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    programmeId: r.programmeId,
    nodeId: r.nodeId,
    title: r.title,
    description: r.description,
    position: r.position,
    items: items.filter((i) => i.listId === r.id).map((i) => ({ id: i.id, title: i.title, text: i.text })),
    isDemo: r.isDemo,
    version: r.version,
  }));
}

async function viewOf(db: Db, row: SideListRow): Promise<SideListView> {
  const [v] = await views(db, [row]);
  if (!v) throw new Error('side list view missing');
  return v;
}

/** The programme's lists (nodeId absent: all of them; null: the programme's own; an id: that node's). */
export async function listSideLists(db: Db, opts: { programmeId: string; nodeId?: string | null }): Promise<SideListView[]> {
  const rows = await sideListsOfProgramme(db, opts.programmeId);
  return views(db, opts.nodeId === undefined ? rows : rows.filter((r) => r.nodeId === opts.nodeId));
}

async function assertListScope(db: Db, actor: Actor, programmeId: string, nodeId: string | null): Promise<void> {
  if (nodeId === null) return;
  const n = await resolveNode(db, programmeId, nodeId);
  assertOwnScope(actor, programmeId, n.ownerOrganisationId, 'redacteur', `Element '${n.title}'`);
}

function columns(f: SideListFields) {
  const title = f.title.trim();
  if (!title) throw new DomainError('VALIDATION_FAILED', 'Een lijst heeft een naam nodig.', [{ field: 'title', reason: 'leeg' }]);
  return { title, description: f.description?.trim() || null, items: normaliseSideListItems(f.items) };
}

export async function createSideList(
  db: Db,
  actor: Actor,
  opts: { programmeId: string; nodeId: string | null; fields: SideListFields },
  clock: Clock,
): Promise<SideListView> {
  return inTransaction(db, async (tx) => {
    await assertListScope(tx, actor, opts.programmeId, opts.nodeId);
    const { items, ...v } = columns(opts.fields);
    const siblings = (await sideListsOfProgramme(tx, opts.programmeId)).filter((r) => r.nodeId === opts.nodeId);
    const row = await insertSideList(tx, {
      ...v,
      programmeId: opts.programmeId,
      nodeId: opts.nodeId,
      position: siblings.length,
      isDemo: opts.fields.isDemo ?? false,
      createdAt: clock.now(),
      updatedAt: clock.now(),
    });
    await replaceSideListItems(tx, row.id, items);
    await recordAudit(
      tx,
      actor,
      { action: 'create', entityType: 'side_list', entityId: row.id, programmeId: opts.programmeId, after: { ...row, items } },
      clock,
    );
    return viewOf(tx, row);
  });
}

async function listInProgramme(db: Db, programmeId: string, id: string) {
  const row = isUuid(id) ? await sideListById(db, id, { forUpdate: true }) : undefined;
  if (!row || row.programmeId !== programmeId) throw notFound('Lijst', id);
  return row;
}

/** Replace title, description and items (the whole list, as the form sends it); stale version → 409. */
export async function updateSideListFields(
  db: Db,
  actor: Actor,
  opts: { programmeId: string; id: string; version: number; fields: SideListFields },
  clock: Clock,
): Promise<SideListView> {
  return inTransaction(db, async (tx) => {
    const before = await listInProgramme(tx, opts.programmeId, opts.id);
    await assertListScope(tx, actor, opts.programmeId, before.nodeId);
    const current = await viewOf(tx, before);
    if (before.version !== opts.version) throw versionConflict('Deze lijst', opts.version, before.version, current);
    const { items, ...v } = columns(opts.fields);
    const row = await updateSideList(tx, before.id, { ...v, version: before.version + 1, updatedAt: clock.now() });
    await replaceSideListItems(tx, row.id, items);
    await recordAudit(
      tx,
      actor,
      {
        action: 'update',
        entityType: 'side_list',
        entityId: row.id,
        programmeId: opts.programmeId,
        before: current,
        after: { ...row, items },
      },
      clock,
    );
    return viewOf(tx, row);
  });
}

export async function deleteSideList(
  db: Db,
  actor: Actor,
  opts: { programmeId: string; id: string; version: number },
  clock: Clock,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const before = await listInProgramme(tx, opts.programmeId, opts.id);
    await assertListScope(tx, actor, opts.programmeId, before.nodeId);
    const current = await viewOf(tx, before);
    if (before.version !== opts.version) throw versionConflict('Deze lijst', opts.version, before.version, current);
    await deleteRow(tx, before.id);
    await recordAudit(
      tx,
      actor,
      { action: 'delete', entityType: 'side_list', entityId: before.id, programmeId: opts.programmeId, before: current },
      clock,
    );
  });
}
