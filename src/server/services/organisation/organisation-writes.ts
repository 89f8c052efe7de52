import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import {
  listOrganisations as queryOrganisations,
  organisationById,
  populationOf,
  type OrganisationRow,
} from '../../../db/queries/organisation';
import { organisation, organisationMember, organisationPopulation } from '../../../db/schema';
import { CBS_CODE, KEY_PATTERN, ORGANISATION_KINDS, type OrganisationKind } from '../../../domain/programme/vocabulary';
import type { OrganisationView } from '../../../domain/organisation/responses';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError, notFound, type ErrorDetail } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { isUuid, versionConflict } from '../programme/resolve';

export interface OrganisationFields {
  key?: string;
  name?: string;
  kind?: OrganisationKind;
  description?: string | null;
  /** Gemeente only: four digits ("0983"). */
  cbsCode?: string | null;
  /** The members of a group organisation; replaces them when given. */
  memberIds?: string[];
}

async function views(db: Db, rows: OrganisationRow[]): Promise<OrganisationView[]> {
  const pop = await populationOf(
    db,
    rows.map((r) => r.id),
  );
  const members = await db.select().from(organisationMember);
  return rows.map((r) => ({
    memberIds: members.filter((m) => m.groupId === r.id).map((m) => m.memberId),
    groupIds: members.filter((m) => m.memberId === r.id).map((m) => m.groupId),
    id: r.id,
    key: r.key,
    name: r.name,
    kind: r.kind,
    description: r.description,
    cbsCode: r.cbsCode,
    population: pop
      .filter((x) => x.organisationId === r.id)
      .map((x) => ({
        year: x.year,
        inhabitants: x.inhabitants,
        referenceDate: x.referenceDate,
        source: x.source,
        sourceUrl: x.sourceUrl,
        note: x.note,
      })),
    version: r.version,
  }));
}

export async function listOrganisations(db: Db, _actor: Actor, opts: { kind?: string } = {}): Promise<OrganisationView[]> {
  return views(db, await queryOrganisations(db, opts));
}

export async function getOrganisation(db: Db, _actor: Actor, id: string): Promise<OrganisationView> {
  const row = isUuid(id) ? await organisationById(db, id) : undefined;
  if (!row) throw notFound('Organisatie', id);
  const [v] = await views(db, [row]);
  if (!v) throw notFound('Organisatie', id);
  return v;
}

async function check(
  db: Db,
  f: Required<Pick<OrganisationFields, 'key' | 'name' | 'kind'>> & OrganisationFields,
  selfId: string | null,
): Promise<void> {
  const problems: ErrorDetail[] = [];
  if (!KEY_PATTERN.test(f.key)) problems.push({ field: 'key', reason: 'alleen letters, cijfers, punt en streepjes' });
  if (f.name.trim() === '') problems.push({ field: 'name', reason: 'naam is verplicht' });
  if (!ORGANISATION_KINDS.includes(f.kind)) problems.push({ field: 'kind', reason: 'onbekende soort organisatie' });
  if (f.kind === 'gemeente' && !(f.cbsCode && CBS_CODE.test(f.cbsCode)))
    problems.push({ field: 'cbsCode', reason: 'een gemeente heeft een CBS-code van vier cijfers' });
  if (f.kind !== 'gemeente' && f.cbsCode) problems.push({ field: 'cbsCode', reason: 'alleen een gemeente heeft een CBS-code' });
  const [sameKey] = await db.select().from(organisation).where(eq(organisation.key, f.key));
  if (sameKey && sameKey.id !== selfId) problems.push({ field: 'key', reason: `'${f.key}' is al in gebruik` });
  for (const id of f.memberIds ?? []) {
    if (id === selfId) problems.push({ field: 'memberIds', reason: 'een organisatie kan geen lid van zichzelf zijn' });
    else if (!(isUuid(id) && (await organisationById(db, id))))
      problems.push({ field: 'memberIds', reason: `onbekende organisatie '${id}'` });
  }
  if (f.cbsCode) {
    const [sameCode] = await db.select().from(organisation).where(eq(organisation.cbsCode, f.cbsCode));
    if (sameCode && sameCode.id !== selfId)
      problems.push({ field: 'cbsCode', reason: `CBS-code ${f.cbsCode} hoort al bij ${sameCode.name}` });
  }
  if (problems.length > 0)
    throw new DomainError('VALIDATION_FAILED', `Ongeldige invoer: ${problems.map((p) => `${p.field}: ${p.reason}`).join('; ')}`, problems);
}

export async function createOrganisation(
  db: Db,
  actor: Actor,
  f: OrganisationFields & { key: string; name: string; kind: OrganisationKind },
  clock: Clock,
): Promise<OrganisationView> {
  const id = await inTransaction(db, async (tx) => {
    await check(tx, f, null);
    const [row] = await tx
      .insert(organisation)
      .values({
        key: f.key,
        name: f.name.trim(),
        kind: f.kind,
        description: f.description ?? null,
        cbsCode: f.cbsCode ?? null,
        createdAt: clock.now(),
        updatedAt: clock.now(),
      })
      .returning();
    if (!row) throw new Error('insert organisation returned no row');
    await writeMembers(tx, row.id, f.memberIds);
    await recordAudit(tx, actor, { action: 'create', entityType: 'organisation', entityId: row.id, after: row }, clock);
    return row.id;
  });
  return getOrganisation(db, actor, id);
}

async function lock(tx: Db, actor: Actor, id: string, version: number): Promise<OrganisationRow> {
  const row = isUuid(id) ? await organisationById(tx, id, { forUpdate: true }) : undefined;
  if (!row) throw notFound('Organisatie', id);
  if (row.version !== version)
    throw versionConflict(`Organisatie '${row.name}'`, version, row.version, await getOrganisation(tx, actor, id));
  return row;
}

export async function updateOrganisation(
  db: Db,
  actor: Actor,
  opts: { id: string; version: number; fields: OrganisationFields },
  clock: Clock,
): Promise<OrganisationView> {
  await inTransaction(db, async (tx) => {
    const row = await lock(tx, actor, opts.id, opts.version);
    const { memberIds, ...fields } = opts.fields;
    const merged = {
      key: row.key,
      name: row.name,
      kind: row.kind as OrganisationKind,
      description: row.description,
      cbsCode: row.cbsCode,
      ...fields,
    };
    await check(tx, { ...merged, ...(memberIds ? { memberIds } : {}) }, row.id);
    await writeMembers(tx, row.id, memberIds);
    const [updated] = await tx
      .update(organisation)
      .set({ ...merged, version: row.version + 1, updatedAt: clock.now() })
      .where(eq(organisation.id, row.id))
      .returning();
    await recordAudit(
      tx,
      actor,
      {
        action: 'update',
        entityType: 'organisation',
        entityId: row.id,
        before: row,
        after: memberIds ? { ...updated, memberIds } : updated,
      },
      clock,
    );
  });
  return getOrganisation(db, actor, opts.id);
}

async function writeMembers(tx: Db, groupId: string, memberIds: string[] | undefined): Promise<void> {
  if (memberIds === undefined) return;
  await tx.delete(organisationMember).where(eq(organisationMember.groupId, groupId));
  const unique = [...new Set(memberIds)];
  if (unique.length > 0) await tx.insert(organisationMember).values(unique.map((memberId) => ({ groupId, memberId })));
}

export async function deleteOrganisation(db: Db, actor: Actor, opts: { id: string; version: number }, clock: Clock): Promise<void> {
  await inTransaction(db, async (tx) => {
    const row = await lock(tx, actor, opts.id, opts.version);
    try {
      await tx.transaction(async (sp) => {
        await sp.delete(organisation).where(eq(organisation.id, row.id));
      });
    } catch {
      throw new DomainError(
        'CONFLICT',
        `Organisatie '${row.name}' wordt nog gebruikt (in een programma, regio of door een persoon) en kan niet worden verwijderd.`,
        [{ field: 'id', reason: 'nog in gebruik' }],
      );
    }
    await recordAudit(tx, actor, { action: 'delete', entityType: 'organisation', entityId: row.id, before: row }, clock);
  });
}

export interface PopulationInput {
  /** null = unknown. */
  inhabitants: number | null;
  referenceDate?: string | null;
  source?: string | null;
  sourceUrl?: string | null;
  note?: string | null;
}

/** Set (or replace) the inhabitants of a gemeente for one reference year. */
export async function setPopulation(
  db: Db,
  actor: Actor,
  opts: { id: string; year: number; value: PopulationInput },
  clock: Clock,
): Promise<OrganisationView> {
  await inTransaction(db, async (tx) => {
    const row = isUuid(opts.id) ? await organisationById(tx, opts.id, { forUpdate: true }) : undefined;
    if (!row) throw notFound('Organisatie', opts.id);
    if (row.kind !== 'gemeente')
      throw new DomainError('VALIDATION_FAILED', 'Alleen een gemeente heeft inwonertallen.', [{ field: 'kind', reason: 'geen gemeente' }]);
    await writePopulation(tx, actor, row, opts.year, opts.value, clock);
  });
  return getOrganisation(db, actor, opts.id);
}

export async function writePopulation(
  tx: Db,
  actor: Actor,
  row: OrganisationRow,
  year: number,
  v: PopulationInput,
  clock: Clock,
): Promise<void> {
  const where = and(eq(organisationPopulation.organisationId, row.id), eq(organisationPopulation.year, year));
  const [before] = await tx.select().from(organisationPopulation).where(where);
  await tx.delete(organisationPopulation).where(where);
  const after = {
    organisationId: row.id,
    year,
    inhabitants: v.inhabitants,
    referenceDate: v.referenceDate ?? null,
    source: v.source ?? null,
    sourceUrl: v.sourceUrl ?? null,
    note: v.note ?? null,
  };
  await tx.insert(organisationPopulation).values(after);
  await recordAudit(
    tx,
    actor,
    { action: 'set-population', entityType: 'organisation', entityId: row.id, before: before ?? null, after },
    clock,
  );
}
