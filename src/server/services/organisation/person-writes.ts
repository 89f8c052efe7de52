import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { listPersons as queryPersons, organisationById, personById, type PersonRow } from '../../../db/queries/organisation';
import { person } from '../../../db/schema';
import { KEY_PATTERN, PERSON_ROLES, type PersonRole } from '../../../domain/programme/vocabulary';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError, notFound, type ErrorDetail } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { isUuid, versionConflict } from '../programme/resolve';

export interface PersonView {
  id: string;
  key: string;
  name: string;
  organisationId: string | null;
  email: string | null;
  phone: string | null;
  roles: string[];
  version: number;
}

export interface PersonFields {
  key?: string;
  name?: string;
  organisationId?: string | null;
  email?: string | null;
  phone?: string | null;
  roles?: PersonRole[];
}

const view = (r: PersonRow): PersonView => ({
  id: r.id,
  key: r.key,
  name: r.name,
  organisationId: r.organisationId,
  email: r.email,
  phone: r.phone,
  roles: r.roles,
  version: r.version,
});

export async function listPersons(db: Db, _actor: Actor, opts: { organisationId?: string } = {}): Promise<PersonView[]> {
  return (await queryPersons(db, opts)).map(view);
}

export async function getPerson(db: Db, _actor: Actor, id: string): Promise<PersonView> {
  const row = isUuid(id) ? await personById(db, id) : undefined;
  if (!row) throw notFound('Persoon', id);
  return view(row);
}

async function check(db: Db, f: PersonFields, selfId: string | null): Promise<void> {
  const problems: ErrorDetail[] = [];
  if (f.key !== undefined) {
    if (!KEY_PATTERN.test(f.key)) problems.push({ field: 'key', reason: 'alleen letters, cijfers, punt en streepjes' });
    const [dup] = await db.select().from(person).where(eq(person.key, f.key));
    if (dup && dup.id !== selfId) problems.push({ field: 'key', reason: `'${f.key}' is al in gebruik` });
  }
  if (f.name !== undefined && f.name.trim() === '') problems.push({ field: 'name', reason: 'naam is verplicht' });
  if (f.organisationId && !(isUuid(f.organisationId) && (await organisationById(db, f.organisationId)))) problems.push({ field: 'organisationId', reason: 'onbekende organisatie' });
  for (const r of f.roles ?? []) if (!PERSON_ROLES.includes(r)) problems.push({ field: 'roles', reason: `onbekende rol '${r}'` });
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', `Ongeldige invoer: ${problems.map((p) => `${p.field}: ${p.reason}`).join('; ')}`, problems);
}

export async function createPerson(db: Db, actor: Actor, f: PersonFields & { key: string; name: string }, clock: Clock): Promise<PersonView> {
  return inTransaction(db, async (tx) => {
    await check(tx, f, null);
    const [row] = await tx
      .insert(person)
      .values({ key: f.key, name: f.name.trim(), organisationId: f.organisationId ?? null, email: f.email ?? null, phone: f.phone ?? null, roles: f.roles ?? [], createdAt: clock.now(), updatedAt: clock.now() })
      .returning();
    if (!row) throw new Error('insert person returned no row');
    await recordAudit(tx, actor, { action: 'create', entityType: 'person', entityId: row.id, after: row }, clock);
    return view(row);
  });
}

async function lock(tx: Db, id: string, version: number): Promise<PersonRow> {
  const row = isUuid(id) ? await personById(tx, id, { forUpdate: true }) : undefined;
  if (!row) throw notFound('Persoon', id);
  if (row.version !== version) throw versionConflict(`Persoon '${row.name}'`, version, row.version, view(row));
  return row;
}

export async function updatePerson(db: Db, actor: Actor, opts: { id: string; version: number; fields: PersonFields }, clock: Clock): Promise<PersonView> {
  return inTransaction(db, async (tx) => {
    const row = await lock(tx, opts.id, opts.version);
    await check(tx, opts.fields, row.id);
    const [updated] = await tx
      .update(person)
      .set({ ...opts.fields, version: row.version + 1, updatedAt: clock.now() })
      .where(eq(person.id, row.id))
      .returning();
    if (!updated) throw new Error('update person returned no row');
    await recordAudit(tx, actor, { action: 'update', entityType: 'person', entityId: row.id, before: row, after: updated }, clock);
    return view(updated);
  });
}

export async function deletePerson(db: Db, actor: Actor, opts: { id: string; version: number }, clock: Clock): Promise<void> {
  await inTransaction(db, async (tx) => {
    const row = await lock(tx, opts.id, opts.version);
    try {
      await tx.transaction(async (sp) => {
        await sp.delete(person).where(eq(person.id, row.id));
      });
    } catch {
      throw new DomainError('CONFLICT', `${row.name} is nog trekker van een element en kan niet worden verwijderd.`, [{ field: 'id', reason: 'nog in gebruik' }]);
    }
    await recordAudit(tx, actor, { action: 'delete', entityType: 'person', entityId: row.id, before: row }, clock);
  });
}
