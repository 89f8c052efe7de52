import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../database';
import { organisation, organisationPopulation, person, personOrganisation, region, regionMember } from '../schema';

export type OrganisationRow = typeof organisation.$inferSelect;
export type PopulationRow = typeof organisationPopulation.$inferSelect;
export type RegionRow = typeof region.$inferSelect;
export type PersonRow = typeof person.$inferSelect;

export function listOrganisations(db: Db, opts: { kind?: string } = {}): Promise<OrganisationRow[]> {
  const q = db.select().from(organisation);
  return (opts.kind ? q.where(eq(organisation.kind, opts.kind)) : q).orderBy(asc(organisation.name));
}

export async function organisationById(db: Db, id: string, opts: { forUpdate?: boolean } = {}): Promise<OrganisationRow | undefined> {
  const q = db.select().from(organisation).where(eq(organisation.id, id));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

export function organisationsByKeys(db: Db, keys: string[]): Promise<OrganisationRow[]> {
  if (keys.length === 0) return Promise.resolve([]);
  return db.select().from(organisation).where(inArray(organisation.key, keys));
}

export function organisationsByIds(db: Db, ids: string[]): Promise<OrganisationRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select().from(organisation).where(inArray(organisation.id, ids));
}

export function populationOf(db: Db, organisationIds: string[]): Promise<PopulationRow[]> {
  if (organisationIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(organisationPopulation)
    .where(inArray(organisationPopulation.organisationId, organisationIds))
    .orderBy(asc(organisationPopulation.year));
}

export function listRegions(db: Db): Promise<RegionRow[]> {
  return db.select().from(region).orderBy(asc(region.name));
}

export async function regionById(db: Db, id: string, opts: { forUpdate?: boolean } = {}): Promise<RegionRow | undefined> {
  const q = db.select().from(region).where(eq(region.id, id));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

export function regionsByKeys(db: Db, keys: string[]): Promise<RegionRow[]> {
  if (keys.length === 0) return Promise.resolve([]);
  return db.select().from(region).where(inArray(region.key, keys));
}

export function regionMembersOf(db: Db, regionIds: string[]): Promise<(typeof regionMember.$inferSelect)[]> {
  if (regionIds.length === 0) return Promise.resolve([]);
  return db.select().from(regionMember).where(inArray(regionMember.regionId, regionIds)).orderBy(asc(regionMember.position));
}

export function listPersons(db: Db, opts: { organisationId?: string } = {}): Promise<PersonRow[]> {
  const q = db.select().from(person);
  return (opts.organisationId ? q.where(eq(person.organisationId, opts.organisationId)) : q).orderBy(asc(person.name));
}

/** The further organisations of persons (beside person.organisationId), in order. */
export function personOrganisationsOf(db: Db, personIds: string[]): Promise<(typeof personOrganisation.$inferSelect)[]> {
  if (personIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(personOrganisation)
    .where(inArray(personOrganisation.personId, personIds))
    .orderBy(asc(personOrganisation.position));
}

export async function personById(db: Db, id: string, opts: { forUpdate?: boolean } = {}): Promise<PersonRow | undefined> {
  const q = db.select().from(person).where(eq(person.id, id));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

export function personsByKeys(db: Db, keys: string[]): Promise<PersonRow[]> {
  if (keys.length === 0) return Promise.resolve([]);
  return db.select().from(person).where(inArray(person.key, keys));
}

export function personsByIds(db: Db, ids: string[]): Promise<PersonRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select().from(person).where(inArray(person.id, ids));
}
