import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import {
  listPersons as queryPersons,
  organisationById,
  personById,
  personOrganisationsOf,
  type PersonRow,
} from '../../../db/queries/organisation';
import { person, personOrganisation } from '../../../db/schema';
import { KEY_PATTERN, PERSON_ROLES, type PersonRole } from '../../../domain/programme/vocabulary';
import type { PersonView } from '../../../domain/organisation/responses';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError, notFound, type ErrorDetail } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { isUuid, versionConflict } from '../programme/resolve';

/** What a removed person is called wherever they were referenced. */
export const REMOVED_PERSON_NAME = 'vervallen persoon';

export interface PersonFields {
  key?: string;
  name?: string;
  organisationId?: string | null;
  /** All organisations the person acts for; the first becomes organisationId. Replaces both when given. */
  organisationIds?: string[];
  email?: string | null;
  phone?: string | null;
  roles?: PersonRole[];
}

const view = (r: PersonRow, extra: string[] = []): PersonView => ({
  id: r.id,
  key: r.key,
  name: r.name,
  organisationId: r.organisationId,
  organisationIds: [...(r.organisationId ? [r.organisationId] : []), ...extra.filter((id) => id !== r.organisationId)],
  email: r.email,
  phone: r.phone,
  roles: r.roles,
  removed: r.removedAt !== null,
  version: r.version,
});

async function views(db: Db, rows: PersonRow[]): Promise<PersonView[]> {
  const extra = await personOrganisationsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) =>
    view(
      r,
      extra.filter((e) => e.personId === r.id).map((e) => e.organisationId),
    ),
  );
}

/** Persons (removed ones only when asked). A person acting for several organisations is listed under each. */
export async function listPersons(
  db: Db,
  _actor: Actor,
  opts: { organisationId?: string; includeRemoved?: boolean } = {},
): Promise<PersonView[]> {
  const all = await views(db, await queryPersons(db));
  return all.filter(
    (p) => (opts.includeRemoved || !p.removed) && (!opts.organisationId || p.organisationIds.includes(opts.organisationId)),
  );
}

export async function getPerson(db: Db, _actor: Actor, id: string): Promise<PersonView> {
  const row = isUuid(id) ? await personById(db, id) : undefined;
  if (!row) throw notFound('Persoon', id);
  const [v] = await views(db, [row]);
  if (!v) throw notFound('Persoon', id);
  return v;
}

/** organisationIds → the main organisation column plus the further ones. */
function splitOrganisations(f: PersonFields): { cols: { organisationId?: string | null }; extra: string[] | undefined } {
  if (f.organisationIds === undefined)
    return { cols: f.organisationId !== undefined ? { organisationId: f.organisationId } : {}, extra: undefined };
  const unique = [...new Set(f.organisationIds)];
  return { cols: { organisationId: unique[0] ?? null }, extra: unique.slice(1) };
}

async function writeExtraOrganisations(tx: Db, personId: string, extra: string[] | undefined): Promise<void> {
  if (extra === undefined) return;
  await tx.delete(personOrganisation).where(eq(personOrganisation.personId, personId));
  if (extra.length > 0)
    await tx.insert(personOrganisation).values(extra.map((organisationId, position) => ({ personId, organisationId, position })));
}

async function check(db: Db, f: PersonFields, selfId: string | null): Promise<void> {
  const problems: ErrorDetail[] = [];
  if (f.key !== undefined) {
    if (!KEY_PATTERN.test(f.key)) problems.push({ field: 'key', reason: 'alleen letters, cijfers, punt en streepjes' });
    const [dup] = await db.select().from(person).where(eq(person.key, f.key));
    if (dup && dup.id !== selfId) problems.push({ field: 'key', reason: `'${f.key}' is al in gebruik` });
  }
  if (f.name !== undefined && f.name.trim() === '') problems.push({ field: 'name', reason: 'naam is verplicht' });
  if (f.organisationId && !(isUuid(f.organisationId) && (await organisationById(db, f.organisationId))))
    problems.push({ field: 'organisationId', reason: 'onbekende organisatie' });
  for (const id of f.organisationIds ?? []) {
    if (!(isUuid(id) && (await organisationById(db, id))))
      problems.push({ field: 'organisationIds', reason: `onbekende organisatie '${id}'` });
  }
  for (const r of f.roles ?? []) if (!PERSON_ROLES.includes(r)) problems.push({ field: 'roles', reason: `onbekende rol '${r}'` });
  if (problems.length > 0)
    throw new DomainError('VALIDATION_FAILED', `Ongeldige invoer: ${problems.map((p) => `${p.field}: ${p.reason}`).join('; ')}`, problems);
}

export async function createPerson(
  db: Db,
  actor: Actor,
  f: PersonFields & { key: string; name: string },
  clock: Clock,
): Promise<PersonView> {
  return inTransaction(db, async (tx) => {
    await check(tx, f, null);
    const { cols, extra } = splitOrganisations(f);
    const [row] = await tx
      .insert(person)
      .values({
        key: f.key,
        name: f.name.trim(),
        organisationId: cols.organisationId ?? null,
        email: f.email ?? null,
        phone: f.phone ?? null,
        roles: f.roles ?? [],
        createdAt: clock.now(),
        updatedAt: clock.now(),
      })
      .returning();
    if (!row) throw new Error('insert person returned no row');
    await writeExtraOrganisations(tx, row.id, extra);
    await recordAudit(
      tx,
      actor,
      {
        action: 'create',
        entityType: 'person',
        entityId: row.id,
        after: { ...row, organisationIds: extra ? [row.organisationId, ...extra] : undefined },
      },
      clock,
    );
    return view(row, extra ?? []);
  });
}

async function lock(tx: Db, id: string, version: number): Promise<PersonRow> {
  const row = isUuid(id) ? await personById(tx, id, { forUpdate: true }) : undefined;
  if (!row) throw notFound('Persoon', id);
  if (row.version !== version) {
    // The whole current person, with every organisation, so the editor can show it beside the input.
    const [current] = await views(tx, [row]);
    throw versionConflict(`Persoon '${row.name}'`, version, row.version, current ?? view(row));
  }
  if (row.removedAt)
    throw new DomainError('CONFLICT', 'Deze persoon is verwijderd (AVG) en kan niet meer worden gewijzigd.', [
      { field: 'id', reason: 'verwijderd' },
    ]);
  return row;
}

export async function updatePerson(
  db: Db,
  actor: Actor,
  opts: { id: string; version: number; fields: PersonFields },
  clock: Clock,
): Promise<PersonView> {
  return inTransaction(db, async (tx) => {
    const row = await lock(tx, opts.id, opts.version);
    await check(tx, opts.fields, row.id);
    const { organisationIds: _ids, organisationId: _id, ...rest } = opts.fields;
    const { cols, extra } = splitOrganisations(opts.fields);
    const [updated] = await tx
      .update(person)
      .set({ ...rest, ...cols, version: row.version + 1, updatedAt: clock.now() })
      .where(eq(person.id, row.id))
      .returning();
    if (!updated) throw new Error('update person returned no row');
    await writeExtraOrganisations(tx, row.id, extra);
    await recordAudit(tx, actor, { action: 'update', entityType: 'person', entityId: row.id, before: row, after: updated }, clock);
    const [v] = await views(tx, [updated]);
    return v ?? view(updated);
  });
}

/**
 * Remove a person at their request (AVG): name, contact, roles and organisations are wiped and the
 * row stays as "vervallen persoon", so every reference (trekker, seat) still resolves. The audit
 * entry names only the id, not the data removed.
 */
export async function deletePerson(db: Db, actor: Actor, opts: { id: string; version: number }, clock: Clock): Promise<void> {
  await inTransaction(db, async (tx) => {
    const row = await lock(tx, opts.id, opts.version);
    await tx.delete(personOrganisation).where(eq(personOrganisation.personId, row.id));
    await tx
      .update(person)
      .set({
        key: `vervallen-${row.id}`,
        name: REMOVED_PERSON_NAME,
        organisationId: null,
        email: null,
        phone: null,
        roles: [],
        removedAt: clock.now(),
        version: row.version + 1,
        updatedAt: clock.now(),
      })
      .where(eq(person.id, row.id));
    await recordAudit(
      tx,
      actor,
      { action: 'remove-personal-data', entityType: 'person', entityId: row.id, before: { id: row.id }, after: { removed: true } },
      clock,
    );
  });
}
