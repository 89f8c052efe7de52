import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import {
  insertPractice,
  organisationNames,
  practiceById,
  practiceNodesOf,
  regionNames,
  replacePracticeNodes,
  updatePractice,
} from '../../../db/queries/knowledge';
import { nodeRefs } from '../../../db/queries/node';
import { maySeeProgramme } from '../../../domain/access/rules';
import { normalisePracticeLists } from '../../../domain/knowledge/practice';
import type { PracticeView } from '../../../domain/knowledge/responses';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError, notFound } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { isUuid, versionConflict } from '../programme/resolve';
import { assertMaintainer } from './assert-maintainer';
import { practiceViews } from './practice-views';

export interface PracticeFields {
  title: string;
  summary?: string | null;
  workingComponents?: string[];
  targetGroup?: string | null;
  /** A gemeente (or another organisation) where it started. */
  originOrganisationId?: string | null;
  originRegionId?: string | null;
  originText?: string | null;
  /** null = unknown. */
  contact?: string | null;
  links?: string[];
  tags?: string[];
  /** Nodes in any programme the maintainer may read. */
  relatedNodeIds?: string[];
  published?: boolean;
  isDemo?: boolean;
}

const clean = (s: string | null | undefined) => s?.trim() || null;

/** Checks the references and turns fields into column values (the related nodes separately). */
async function columns(db: Db, actor: Actor, f: PracticeFields) {
  const title = f.title.trim();
  if (!title) throw new DomainError('VALIDATION_FAILED', 'Een goede praktijk heeft een titel nodig.', [{ field: 'title', reason: 'leeg' }]);
  const lists = normalisePracticeLists({ workingComponents: f.workingComponents ?? [], links: f.links ?? [], tags: f.tags ?? [] });
  if (f.originOrganisationId && (await organisationNames(db, [f.originOrganisationId])).length === 0)
    throw new DomainError('VALIDATION_FAILED', `Organisatie '${f.originOrganisationId}' bestaat niet.`, [
      { field: 'originOrganisationId', reason: 'onbekende organisatie' },
    ]);
  if (f.originRegionId && (await regionNames(db, [f.originRegionId])).length === 0)
    throw new DomainError('VALIDATION_FAILED', `Regio '${f.originRegionId}' bestaat niet.`, [
      { field: 'originRegionId', reason: 'onbekende regio' },
    ]);
  const relatedNodeIds = [...new Set(f.relatedNodeIds ?? [])];
  const refs = await nodeRefs(db, relatedNodeIds.filter(isUuid));
  relatedNodeIds.forEach((id, i) => {
    const ref = refs.find((r) => r.id === id);
    // A node in a programme the maintainer may not read answers exactly as a missing one.
    if (!ref || !maySeeProgramme(actor, ref.programmeId))
      throw new DomainError('VALIDATION_FAILED', `Element '${id}' bestaat niet.`, [
        { field: `relatedNodeIds[${i}]`, reason: 'onbekend element' },
      ]);
  });
  return {
    values: {
      title,
      summary: clean(f.summary),
      targetGroup: clean(f.targetGroup),
      originOrganisationId: f.originOrganisationId ?? null,
      originRegionId: f.originRegionId ?? null,
      originText: clean(f.originText),
      contact: clean(f.contact),
      ...lists,
      published: f.published ?? false,
    },
    relatedNodeIds,
  };
}

export async function createPractice(db: Db, actor: Actor, fields: PracticeFields, clock: Clock): Promise<PracticeView> {
  assertMaintainer(actor);
  return inTransaction(db, async (tx) => {
    const { values, relatedNodeIds } = await columns(tx, actor, fields);
    const row = await insertPractice(tx, { ...values, isDemo: fields.isDemo ?? false, createdAt: clock.now(), updatedAt: clock.now() });
    await replacePracticeNodes(tx, row.id, relatedNodeIds);
    await recordAudit(
      tx,
      actor,
      { action: 'create', entityType: 'good_practice', entityId: row.id, after: { ...row, relatedNodeIds } },
      clock,
    );
    const [view] = await practiceViews(tx, actor, [row]);
    if (!view) throw new Error('practice view missing');
    return view;
  });
}

/**
 * Edit a practice (all fields, as the form sends them). A stale version answers 409 with the current
 * practice. Related nodes in programmes the editor may not read are kept: they never saw them.
 */
export async function updatePracticeFields(
  db: Db,
  actor: Actor,
  opts: { id: string; version: number; fields: PracticeFields },
  clock: Clock,
): Promise<PracticeView> {
  assertMaintainer(actor);
  return inTransaction(db, async (tx) => {
    const before = isUuid(opts.id) ? await practiceById(tx, opts.id, { forUpdate: true }) : undefined;
    if (!before) throw notFound('Goede praktijk', opts.id);
    if (before.version !== opts.version) {
      const [current] = await practiceViews(tx, actor, [before]);
      throw versionConflict('Deze goede praktijk', opts.version, before.version, current);
    }
    const { values, relatedNodeIds } = await columns(tx, actor, opts.fields);
    const beforeNodes = await practiceNodesOf(tx, [before.id]);
    const hidden = beforeNodes.filter((n) => !maySeeProgramme(actor, n.programmeId)).map((n) => n.id);
    const nodeIds = [...relatedNodeIds, ...hidden.filter((id) => !relatedNodeIds.includes(id))];
    const row = await updatePractice(tx, before.id, { ...values, version: before.version + 1, updatedAt: clock.now() });
    await replacePracticeNodes(tx, row.id, nodeIds);
    await recordAudit(
      tx,
      actor,
      {
        action: 'update',
        entityType: 'good_practice',
        entityId: row.id,
        before: { ...before, relatedNodeIds: beforeNodes.map((n) => n.id) },
        after: { ...row, relatedNodeIds: nodeIds },
      },
      clock,
    );
    const [view] = await practiceViews(tx, actor, [row]);
    if (!view) throw new Error('practice view missing');
    return view;
  });
}
