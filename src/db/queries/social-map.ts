import { and, asc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../database';
import { organisation, socialService, socialServiceMunicipality } from '../schema';

export type SocialServiceRow = typeof socialService.$inferSelect;
export type SocialServiceInsert = typeof socialService.$inferInsert;

export interface ServiceFilter {
  /** Only services for this gemeente (organisation id). */
  municipalityId?: string;
  kind?: string;
  /** true / false, or null for "unknown". */
  withoutReferral?: boolean | null;
  /** Words that must all occur (any case) in the name, description, target group, provider or address. */
  text?: string;
  publishedOnly?: boolean;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listServiceRows(db: Db, f: ServiceFilter = {}): Promise<SocialServiceRow[]> {
  const where: SQL[] = [];
  if (f.publishedOnly) where.push(eq(socialService.published, true));
  if (f.kind) where.push(eq(socialService.kind, f.kind));
  if (f.withoutReferral !== undefined)
    where.push(f.withoutReferral === null ? isNull(socialService.withoutReferral) : eq(socialService.withoutReferral, f.withoutReferral));
  if (f.municipalityId)
    where.push(
      inArray(
        socialService.id,
        db
          .select({ id: socialServiceMunicipality.serviceId })
          .from(socialServiceMunicipality)
          .where(eq(socialServiceMunicipality.organisationId, f.municipalityId)),
      ),
    );
  for (const word of (f.text ?? '').split(/\s+/).filter((w) => w !== '')) {
    const p = `%${escapeLike(word)}%`;
    const providerOrg = db.select({ id: organisation.id }).from(organisation).where(ilike(organisation.name, p));
    const clause = or(
      ilike(socialService.name, p),
      ilike(socialService.description, p),
      ilike(socialService.targetGroup, p),
      ilike(socialService.providerName, p),
      ilike(socialService.address, p),
      inArray(socialService.providerOrganisationId, providerOrg),
    );
    if (clause) where.push(clause);
  }
  return db
    .select()
    .from(socialService)
    .where(where.length > 0 ? and(...where) : undefined)
    .orderBy(asc(sql`lower(${socialService.name})`), asc(socialService.id));
}

export async function serviceRowById(db: Db, id: string, opts: { forUpdate?: boolean } = {}): Promise<SocialServiceRow | undefined> {
  const q = db.select().from(socialService).where(eq(socialService.id, id));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

export async function serviceRowsByIds(db: Db, ids: string[]): Promise<SocialServiceRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(socialService).where(inArray(socialService.id, ids));
}

/** The gemeenten of each service, with name and CBS code, in name order. */
export async function municipalitiesOfServices(
  db: Db,
  serviceIds: string[],
): Promise<{ serviceId: string; id: string; name: string; cbsCode: string | null }[]> {
  if (serviceIds.length === 0) return [];
  return db
    .select({
      serviceId: socialServiceMunicipality.serviceId,
      id: organisation.id,
      name: organisation.name,
      cbsCode: organisation.cbsCode,
    })
    .from(socialServiceMunicipality)
    .innerJoin(organisation, eq(organisation.id, socialServiceMunicipality.organisationId))
    .where(inArray(socialServiceMunicipality.serviceId, serviceIds))
    .orderBy(asc(organisation.name));
}

export async function insertServiceRow(db: Db, values: SocialServiceInsert): Promise<SocialServiceRow> {
  const [row] = await db.insert(socialService).values(values).returning();
  if (!row) throw new Error('insert social_service returned no row');
  return row;
}

export async function updateServiceRow(db: Db, id: string, values: Partial<SocialServiceInsert>): Promise<SocialServiceRow> {
  const [row] = await db.update(socialService).set(values).where(eq(socialService.id, id)).returning();
  if (!row) throw new Error('update social_service returned no row');
  return row;
}

export async function deleteServiceRow(db: Db, id: string): Promise<void> {
  await db.delete(socialService).where(eq(socialService.id, id));
}

/** Replaces the gemeenten of a service. */
export async function setServiceMunicipalities(db: Db, serviceId: string, organisationIds: string[]): Promise<void> {
  await db.delete(socialServiceMunicipality).where(eq(socialServiceMunicipality.serviceId, serviceId));
  if (organisationIds.length > 0)
    await db.insert(socialServiceMunicipality).values(organisationIds.map((organisationId) => ({ serviceId, organisationId })));
}

/** The gemeenten (id, name, CBS code) for choosing and for reading files. */
export function listMunicipalities(db: Db): Promise<{ id: string; name: string; cbsCode: string | null; key: string }[]> {
  return db
    .select({ id: organisation.id, name: organisation.name, cbsCode: organisation.cbsCode, key: organisation.key })
    .from(organisation)
    .where(eq(organisation.kind, 'gemeente'))
    .orderBy(asc(organisation.name));
}
