import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import {
  listRegions as queryRegions,
  organisationsByIds,
  regionById,
  regionMembersOf,
  type RegionRow,
} from '../../../db/queries/organisation';
import { region, regionMember } from '../../../db/schema';
import { KEY_PATTERN } from '../../../domain/programme/vocabulary';
import type { RegionView } from '../../../domain/organisation/responses';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError, notFound, type ErrorDetail } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { isUuid, versionConflict } from '../programme/resolve';

async function views(db: Db, rows: RegionRow[]): Promise<RegionView[]> {
  const members = await regionMembersOf(
    db,
    rows.map((r) => r.id),
  );
  const orgs = new Map((await organisationsByIds(db, [...new Set(members.map((m) => m.organisationId))])).map((o) => [o.id, o]));
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    name: r.name,
    municipalities: members
      .filter((m) => m.regionId === r.id)
      .flatMap((m) => {
        const o = orgs.get(m.organisationId);
        return o ? [{ id: o.id, key: o.key, name: o.name, kind: o.kind, cbsCode: o.cbsCode }] : [];
      }),
    version: r.version,
  }));
}

export async function listRegions(db: Db, _actor: Actor): Promise<RegionView[]> {
  return views(db, await queryRegions(db));
}

export async function getRegion(db: Db, _actor: Actor, id: string): Promise<RegionView> {
  const row = isUuid(id) ? await regionById(db, id) : undefined;
  const [v] = row ? await views(db, [row]) : [];
  if (!v) throw notFound('Regio', id);
  return v;
}

async function checkMembers(db: Db, ids: string[]): Promise<void> {
  const orgs = new Map((await organisationsByIds(db, ids.filter(isUuid))).map((o) => [o.id, o]));
  const problems: ErrorDetail[] = ids.flatMap((id) => {
    const o = orgs.get(id);
    if (!o) return [{ field: 'municipalityIds', reason: `onbekende organisatie '${id}'` }];
    return o.kind === 'gemeente' ? [] : [{ field: 'municipalityIds', reason: `${o.name} is geen gemeente` }];
  });
  if (problems.length > 0)
    throw new DomainError('VALIDATION_FAILED', `Ongeldige invoer: ${problems.map((p) => p.reason).join('; ')}`, problems);
}

async function writeMembers(tx: Db, regionId: string, ids: string[]): Promise<void> {
  await tx.delete(regionMember).where(eq(regionMember.regionId, regionId));
  const unique = [...new Set(ids)];
  if (unique.length > 0)
    await tx.insert(regionMember).values(unique.map((organisationId, i) => ({ regionId, organisationId, position: i })));
}

export async function createRegion(
  db: Db,
  actor: Actor,
  opts: { key: string; name: string; municipalityIds: string[] },
  clock: Clock,
): Promise<RegionView> {
  const id = await inTransaction(db, async (tx) => {
    if (opts.name.trim() === '')
      throw new DomainError('VALIDATION_FAILED', 'Een regio heeft een naam nodig.', [{ field: 'name', reason: 'naam is verplicht' }]);
    if (!KEY_PATTERN.test(opts.key))
      throw new DomainError('VALIDATION_FAILED', 'Ongeldige sleutel.', [
        { field: 'key', reason: 'alleen letters, cijfers, punt en streepjes' },
      ]);
    const [dup] = await tx.select().from(region).where(eq(region.key, opts.key));
    if (dup)
      throw new DomainError('CONFLICT', `Regio-sleutel '${opts.key}' is al in gebruik.`, [{ field: 'key', reason: 'al in gebruik' }]);
    await checkMembers(tx, opts.municipalityIds);
    const [row] = await tx
      .insert(region)
      .values({ key: opts.key, name: opts.name, createdAt: clock.now(), updatedAt: clock.now() })
      .returning();
    if (!row) throw new Error('insert region returned no row');
    await writeMembers(tx, row.id, opts.municipalityIds);
    await recordAudit(
      tx,
      actor,
      { action: 'create', entityType: 'region', entityId: row.id, after: { ...row, municipalityIds: opts.municipalityIds } },
      clock,
    );
    return row.id;
  });
  return getRegion(db, actor, id);
}

export async function updateRegion(
  db: Db,
  actor: Actor,
  opts: { id: string; version: number; name?: string; municipalityIds?: string[] },
  clock: Clock,
): Promise<RegionView> {
  await inTransaction(db, async (tx) => {
    const row = isUuid(opts.id) ? await regionById(tx, opts.id, { forUpdate: true }) : undefined;
    if (!row) throw notFound('Regio', opts.id);
    if (row.version !== opts.version)
      throw versionConflict(`Regio '${row.name}'`, opts.version, row.version, await getRegion(tx, actor, row.id));
    if (opts.name !== undefined && opts.name.trim() === '')
      throw new DomainError('VALIDATION_FAILED', 'Een regio heeft een naam nodig.', [{ field: 'name', reason: 'naam is verplicht' }]);
    const before = await getRegion(tx, actor, row.id);
    if (opts.municipalityIds) {
      await checkMembers(tx, opts.municipalityIds);
      await writeMembers(tx, row.id, opts.municipalityIds);
    }
    await tx
      .update(region)
      .set({ name: opts.name ?? row.name, version: row.version + 1, updatedAt: clock.now() })
      .where(eq(region.id, row.id));
    await recordAudit(
      tx,
      actor,
      { action: 'update', entityType: 'region', entityId: row.id, before, after: await getRegion(tx, actor, row.id) },
      clock,
    );
  });
  return getRegion(db, actor, opts.id);
}

export async function deleteRegion(db: Db, actor: Actor, opts: { id: string; version: number }, clock: Clock): Promise<void> {
  await inTransaction(db, async (tx) => {
    const row = isUuid(opts.id) ? await regionById(tx, opts.id, { forUpdate: true }) : undefined;
    if (!row) throw notFound('Regio', opts.id);
    if (row.version !== opts.version)
      throw versionConflict(`Regio '${row.name}'`, opts.version, row.version, await getRegion(tx, actor, row.id));
    const before = await getRegion(tx, actor, row.id);
    try {
      await tx.transaction(async (sp) => {
        await sp.delete(region).where(eq(region.id, row.id));
      });
    } catch {
      throw new DomainError('CONFLICT', `Regio '${row.name}' hoort nog bij een programma en kan niet worden verwijderd.`, [
        { field: 'id', reason: 'nog in gebruik' },
      ]);
    }
    await recordAudit(tx, actor, { action: 'delete', entityType: 'region', entityId: row.id, before }, clock);
  });
}
