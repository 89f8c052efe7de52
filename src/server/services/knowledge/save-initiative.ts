import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import {
  deleteInitiative as deleteRow,
  initiativeById,
  initiativeLinkById,
  initiativeLinksOf,
  insertInitiative,
  insertInitiativeLink,
  deleteInitiativeLink,
  updateInitiative as updateRow,
} from '../../../db/queries/knowledge';
import { decide, maySeeProgramme } from '../../../domain/access/rules';
import { hasLink, mayUnlink } from '../../../domain/knowledge/initiative';
import { linkProblem } from '../../../domain/knowledge/practice';
import type { InitiativeView } from '../../../domain/knowledge/responses';
import type { InitiativeKind } from '../../../domain/knowledge/vocabulary';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError, notFound } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { assertOwnScope, isUuid, resolveNode, versionConflict } from '../programme/resolve';
import { initiativeViewById, initiativeViews } from './initiative-views';

/**
 * Related initiatives (docs/knowledge.md). Written from a programme the actor is redacteur of: an
 * initiative is ONE record; a link to a node is checked for organisation scope like any write on that
 * node; the text of an initiative may be changed by a redacteur of any programme it is linked to.
 */
export interface InitiativeFields {
  name: string;
  kind: InitiativeKind;
  goal?: string | null;
  owner?: string | null;
  /** null = unknown. */
  contact?: string | null;
  url?: string | null;
  isDemo?: boolean;
}

const clean = (s: string | null | undefined) => s?.trim() || null;

function values(f: InitiativeFields) {
  const name = f.name.trim();
  if (!name) throw new DomainError('VALIDATION_FAILED', 'Een initiatief heeft een naam nodig.', [{ field: 'name', reason: 'leeg' }]);
  const url = clean(f.url);
  const problem = url ? linkProblem(url) : null;
  if (problem) throw new DomainError('VALIDATION_FAILED', 'De link is geen geldig webadres.', [{ field: 'url', reason: problem }]);
  return { name, kind: f.kind, goal: clean(f.goal), owner: clean(f.owner), contact: clean(f.contact), url };
}

/** The node (of this programme) a link names, checked for the actor's organisation scope. */
async function linkTarget(db: Db, actor: Actor, programmeId: string, nodeId: string | null): Promise<string | null> {
  if (nodeId === null) return null;
  const n = await resolveNode(db, programmeId, nodeId);
  assertOwnScope(actor, programmeId, n.ownerOrganisationId, 'redacteur', `Element '${n.title}'`);
  return n.id;
}

/** An initiative that has a link into this programme; otherwise it answers as missing. */
async function initiativeInProgramme(db: Db, programmeId: string, id: string, forUpdate = false) {
  const row = isUuid(id) ? await initiativeById(db, id, { forUpdate }) : undefined;
  const links = row ? await initiativeLinksOf(db, [row.id]) : [];
  if (!row || !links.some((l) => l.programmeId === programmeId)) throw notFound('Initiatief', id);
  return { row, links };
}

export async function createInitiative(
  db: Db,
  actor: Actor,
  opts: { programmeId: string; fields: InitiativeFields; nodeIds?: string[] },
  clock: Clock,
): Promise<InitiativeView> {
  return inTransaction(db, async (tx) => {
    const v = values(opts.fields);
    const targets: (string | null)[] = [];
    for (const nodeId of [...new Set(opts.nodeIds ?? [])]) targets.push(await linkTarget(tx, actor, opts.programmeId, nodeId));
    if (targets.length === 0) targets.push(null);
    const row = await insertInitiative(tx, { ...v, isDemo: opts.fields.isDemo ?? false, createdAt: clock.now(), updatedAt: clock.now() });
    for (const nodeId of targets)
      await insertInitiativeLink(tx, { initiativeId: row.id, programmeId: opts.programmeId, nodeId, createdAt: clock.now() });
    await recordAudit(
      tx,
      actor,
      { action: 'create', entityType: 'initiative', entityId: row.id, programmeId: opts.programmeId, after: { ...row, nodeIds: targets } },
      clock,
    );
    return initiativeViewById(tx, actor, row.id);
  });
}

export async function updateInitiative(
  db: Db,
  actor: Actor,
  opts: { programmeId: string; id: string; version: number; fields: InitiativeFields },
  clock: Clock,
): Promise<InitiativeView> {
  return inTransaction(db, async (tx) => {
    const { row: before } = await initiativeInProgramme(tx, opts.programmeId, opts.id, true);
    if (before.version !== opts.version) {
      const [current] = await initiativeViews(tx, actor, [before]);
      throw versionConflict('Dit initiatief', opts.version, before.version, current);
    }
    const row = await updateRow(tx, before.id, { ...values(opts.fields), version: before.version + 1, updatedAt: clock.now() });
    await recordAudit(
      tx,
      actor,
      { action: 'update', entityType: 'initiative', entityId: row.id, programmeId: opts.programmeId, before, after: row },
      clock,
    );
    return initiativeViewById(tx, actor, row.id);
  });
}

/**
 * Delete the initiative itself: only when every programme it is linked to is one the actor may edit
 * (redacteur), and every node link is in their scope; otherwise unlink it here instead.
 */
export async function deleteInitiative(
  db: Db,
  actor: Actor,
  opts: { programmeId: string; id: string; version: number },
  clock: Clock,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const { row: before, links } = await initiativeInProgramme(tx, opts.programmeId, opts.id, true);
    if (before.version !== opts.version) {
      const [current] = await initiativeViews(tx, actor, [before]);
      throw versionConflict('Dit initiatief', opts.version, before.version, current);
    }
    if (links.some((l) => decide(actor, { programme: 'redacteur' }, l.programmeId) !== 'allow'))
      throw new DomainError(
        'FORBIDDEN',
        'Dit initiatief hoort ook bij een programma waarin u geen redacteur bent: ontkoppel het hier in plaats van het te verwijderen.',
        { reason: 'linked-elsewhere' },
      );
    for (const l of links) if (l.nodeId) await linkTarget(tx, actor, l.programmeId, l.nodeId);
    await deleteRow(tx, before.id);
    await recordAudit(
      tx,
      actor,
      { action: 'delete', entityType: 'initiative', entityId: before.id, programmeId: opts.programmeId, before: { ...before, links } },
      clock,
    );
  });
}

/**
 * Link an existing initiative (from this or another programme the actor may read) to this programme
 * or one of its nodes. An initiative the actor cannot see answers as a missing one.
 */
export async function linkInitiative(
  db: Db,
  actor: Actor,
  opts: { programmeId: string; initiativeId: string; nodeId: string | null },
  clock: Clock,
): Promise<InitiativeView> {
  return inTransaction(db, async (tx) => {
    const row = isUuid(opts.initiativeId) ? await initiativeById(tx, opts.initiativeId, { forUpdate: true }) : undefined;
    const links = row ? await initiativeLinksOf(tx, [row.id]) : [];
    if (!row || !links.some((l) => maySeeProgramme(actor, l.programmeId))) throw notFound('Initiatief', opts.initiativeId);
    const nodeId = await linkTarget(tx, actor, opts.programmeId, opts.nodeId);
    if (hasLink(links, opts.programmeId, nodeId))
      throw new DomainError('CONFLICT', 'Dit initiatief is hier al gekoppeld.', [{ field: 'nodeId', reason: 'bestaat al' }]);
    const link = await insertInitiativeLink(tx, { initiativeId: row.id, programmeId: opts.programmeId, nodeId, createdAt: clock.now() });
    await recordAudit(
      tx,
      actor,
      { action: 'create', entityType: 'initiative_link', entityId: link.id, programmeId: opts.programmeId, after: link },
      clock,
    );
    return initiativeViewById(tx, actor, row.id);
  });
}

/** Remove one link of this programme; never the last one (delete the initiative instead). */
export async function unlinkInitiative(db: Db, actor: Actor, opts: { programmeId: string; linkId: string }, clock: Clock): Promise<void> {
  await inTransaction(db, async (tx) => {
    const link = isUuid(opts.linkId) ? await initiativeLinkById(tx, opts.linkId) : undefined;
    if (!link || link.programmeId !== opts.programmeId) throw notFound('Koppeling', opts.linkId);
    await initiativeById(tx, link.initiativeId, { forUpdate: true });
    await linkTarget(tx, actor, link.programmeId, link.nodeId);
    const links = await initiativeLinksOf(tx, [link.initiativeId]);
    if (!mayUnlink(links, link.id))
      throw new DomainError(
        'CONFLICT',
        'Dit is de laatste koppeling van het initiatief: verwijder het initiatief zelf als het nergens meer bij hoort.',
        {
          reason: 'last-link',
        },
      );
    await deleteInitiativeLink(tx, link.id);
    await recordAudit(
      tx,
      actor,
      { action: 'delete', entityType: 'initiative_link', entityId: link.id, programmeId: opts.programmeId, before: link },
      clock,
    );
  });
}
