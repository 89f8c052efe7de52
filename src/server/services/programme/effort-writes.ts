import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { effortById, effortGoalsOf, effortsOfProgramme, nodesOfProgramme, type EffortRow } from '../../../db/queries/node';
import { organisationById } from '../../../db/queries/organisation';
import { effort, effortGoal } from '../../../db/schema';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError, notFound } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { effortViews, type EffortView } from './node-view';
import { assertOwnScope, isUuid, resolveProgramme, versionConflict } from './resolve';

export type PartnerInput = { organisationId: string } | { group: string };

export interface EffortFields {
  partner: PartnerInput;
  /** Goals (nodes of this programme) the effort serves: at least one. */
  goalIds: string[];
  text?: string | null;
  /** Explicit "geen": this partner commits to nothing here. */
  geen?: boolean;
}

async function checkFields(tx: Db, programmeId: string, f: EffortFields) {
  const invalid = (field: string, reason: string) =>
    new DomainError('VALIDATION_FAILED', `Ongeldige inspanning: ${reason}.`, [{ field, reason }]);
  const goals = [...new Set(f.goalIds)];
  if (goals.length === 0) throw invalid('goalIds', 'een inspanning dient minstens één doel');
  const nodeIds = new Set((await nodesOfProgramme(tx, programmeId)).map((n) => n.id));
  const stranger = goals.find((g) => !nodeIds.has(g));
  if (stranger) throw invalid('goalIds', `doel '${stranger}' hoort niet bij dit programma`);
  const text = f.text?.trim() ? f.text.trim() : null;
  if (f.geen && text) throw invalid('text', "een inspanning 'geen' heeft geen tekst");
  if (!f.geen && !text) throw invalid('text', "beschrijf de inspanning, of kies 'geen'");
  if ('organisationId' in f.partner) {
    if (!isUuid(f.partner.organisationId) || !(await organisationById(tx, f.partner.organisationId)))
      throw invalid('partner', 'onbekende organisatie');
  } else if (f.partner.group.trim() === '') throw invalid('partner', 'naam van de partnergroep ontbreekt');
  return {
    goals,
    cols: {
      partnerOrganisationId: 'organisationId' in f.partner ? f.partner.organisationId : null,
      partnerGroup: 'group' in f.partner ? f.partner.group.trim() : null,
      text,
      isNone: f.geen ?? false,
    },
  };
}

async function snapshot(tx: Db, row: EffortRow) {
  const goals = await effortGoalsOf(tx, [row.id]);
  return { ...row, goalIds: goals.map((g) => g.nodeId) };
}

async function view(db: Db, id: string): Promise<EffortView> {
  const row = await effortById(db, id);
  if (!row) throw notFound('Inspanning', id);
  const [v] = await effortViews(db, [row]);
  if (!v) throw notFound('Inspanning', id);
  return v;
}

export async function createEffort(
  db: Db,
  actor: Actor,
  opts: { programme: string; key?: string; fields: EffortFields },
  clock: Clock,
): Promise<EffortView> {
  const id = await inTransaction(db, async (tx) => {
    const p = await resolveProgramme(tx, opts.programme, { forUpdate: true });
    const { goals, cols } = await checkFields(tx, p.id, opts.fields);
    assertOwnScope(actor, p.id, cols.partnerOrganisationId ?? null, 'redacteur', 'Deze inspanning');
    const existing = await effortsOfProgramme(tx, p.id);
    const key = opts.key ?? `i-${randomUUID().slice(0, 8)}`;
    if (existing.some((e) => e.key === key))
      throw new DomainError('CONFLICT', `De sleutel '${key}' is al in gebruik.`, [{ field: 'key', reason: 'al in gebruik' }]);
    const [row] = await tx
      .insert(effort)
      .values({ ...cols, programmeId: p.id, key, position: existing.length, createdAt: clock.now(), updatedAt: clock.now() })
      .returning();
    if (!row) throw new Error('insert effort returned no row');
    await tx.insert(effortGoal).values(goals.map((nodeId) => ({ effortId: row.id, nodeId })));
    await recordAudit(
      tx,
      actor,
      { action: 'create', entityType: 'effort', entityId: row.id, programmeId: p.id, after: await snapshot(tx, row) },
      clock,
    );
    return row.id;
  });
  return view(db, id);
}

async function lockEffort(tx: Db, actor: Actor, programme: string, effortId: string, version: number) {
  const p = await resolveProgramme(tx, programme);
  const row = isUuid(effortId) ? await effortById(tx, effortId, { forUpdate: true }) : undefined;
  if (!row || row.programmeId !== p.id) throw notFound('Inspanning', effortId);
  assertOwnScope(actor, p.id, row.partnerOrganisationId, 'redacteur', 'Deze inspanning');
  if (row.version !== version) throw versionConflict('Deze inspanning', version, row.version, await view(tx, row.id));
  return { p, row };
}

export async function updateEffort(
  db: Db,
  actor: Actor,
  opts: { programme: string; effortId: string; version: number; fields: Partial<EffortFields> },
  clock: Clock,
): Promise<EffortView> {
  await inTransaction(db, async (tx) => {
    const { p, row } = await lockEffort(tx, actor, opts.programme, opts.effortId, opts.version);
    const before = await snapshot(tx, row);
    const merged: EffortFields = {
      partner:
        opts.fields.partner ??
        (row.partnerOrganisationId ? { organisationId: row.partnerOrganisationId } : { group: row.partnerGroup ?? '' }),
      goalIds: opts.fields.goalIds ?? (before.goalIds as string[]),
      text: opts.fields.text !== undefined ? opts.fields.text : opts.fields.geen ? null : row.text,
      geen: opts.fields.geen ?? (opts.fields.text ? false : row.isNone),
    };
    const { goals, cols } = await checkFields(tx, p.id, merged);
    if (cols.partnerOrganisationId !== row.partnerOrganisationId)
      assertOwnScope(actor, p.id, cols.partnerOrganisationId, 'redacteur', 'De nieuwe partner');
    const [updated] = await tx
      .update(effort)
      .set({ ...cols, version: row.version + 1, updatedAt: clock.now() })
      .where(eq(effort.id, row.id))
      .returning();
    if (!updated) throw new Error('update effort returned no row');
    await tx.delete(effortGoal).where(eq(effortGoal.effortId, row.id));
    await tx.insert(effortGoal).values(goals.map((nodeId) => ({ effortId: row.id, nodeId })));
    await recordAudit(
      tx,
      actor,
      { action: 'update', entityType: 'effort', entityId: row.id, programmeId: p.id, before, after: await snapshot(tx, updated) },
      clock,
    );
  });
  return view(db, opts.effortId);
}

export async function deleteEffort(
  db: Db,
  actor: Actor,
  opts: { programme: string; effortId: string; version: number },
  clock: Clock,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const { p, row } = await lockEffort(tx, actor, opts.programme, opts.effortId, opts.version);
    const before = await snapshot(tx, row);
    await tx.delete(effort).where(eq(effort.id, row.id));
    await recordAudit(tx, actor, { action: 'delete', entityType: 'effort', entityId: row.id, programmeId: p.id, before }, clock);
  });
}

export async function listEfforts(db: Db, _actor: Actor, opts: { programme: string }): Promise<EffortView[]> {
  const p = await resolveProgramme(db, opts.programme);
  return effortViews(db, await effortsOfProgramme(db, p.id));
}
