import { z } from 'zod';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { organisationsByKeys, regionsByKeys } from '../../../db/queries/organisation';
import { organisation, organisationPopulation, region, regionMember } from '../../../db/schema';
import { documentError, type DocumentProblem } from '../../../domain/programme/document-check';
import { DocOrganisationSchema, DocRegionSchema, type DocOrganisation, type DocRegion } from '../../../domain/programme/document';
import type { Clock } from '../../../domain/shared/clock';
import { recordAudits, type AuditEntry } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';

export interface ReferenceData {
  organisations: DocOrganisation[];
  regions: DocRegion[];
}

const ReferenceDataSchema = z.strictObject({ organisations: z.array(DocOrganisationSchema), regions: z.array(DocRegionSchema) });

/**
 * Create the organisations (with inhabitants) and regions that do not exist yet, matched by key.
 * Existing ones are left as they are, so running it again changes nothing. All or nothing.
 */
export async function ensureReferenceData(
  db: Db,
  actor: Actor,
  data: ReferenceData,
  clock: Clock,
): Promise<{ organisationsCreated: number; regionsCreated: number }> {
  const parsed = ReferenceDataSchema.safeParse(data, { error: z.locales.nl().localeError });
  if (!parsed.success) {
    throw documentError(
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), field: String(i.path.at(-1) ?? ''), reason: i.message })),
    );
  }
  return inTransaction(db, async (tx) => {
    const keys = [...data.organisations.map((o) => o.key), ...data.regions.flatMap((r) => r.municipalities)];
    const orgs = new Map((await organisationsByKeys(tx, [...new Set(keys)])).map((o) => [o.key, o]));
    const organisationsCreated = await insertMissingOrganisations(tx, actor, data.organisations, orgs, clock);
    const existingRegions = new Map(
      (
        await regionsByKeys(
          tx,
          data.regions.map((r) => r.key),
        )
      ).map((r) => [r.key, r]),
    );
    const problems: DocumentProblem[] = [];
    data.regions.forEach((r, i) =>
      r.municipalities.forEach((m, j) => {
        const o = orgs.get(m);
        if (!o)
          problems.push({ path: `regions[${i}].municipalities[${j}]`, field: 'municipalities', reason: `onbekende organisatie '${m}'` });
        else if (o.kind !== 'gemeente')
          problems.push({ path: `regions[${i}].municipalities[${j}]`, field: 'municipalities', reason: `'${m}' is geen gemeente` });
      }),
    );
    if (problems.length > 0) throw documentError(problems);
    const regionsCreated = await insertMissingRegions(tx, actor, data.regions, existingRegions, orgs, clock);
    return { organisationsCreated, regionsCreated };
  });
}

type OrganisationRow = typeof organisation.$inferSelect;
type RegionRow = typeof region.$inferSelect;

/** Insert the organisations (with inhabitants) whose key is not in `known`; adds them to `known`. */
export async function insertMissingOrganisations(
  tx: Db,
  actor: Actor,
  list: DocOrganisation[],
  known: Map<string, OrganisationRow>,
  clock: Clock,
): Promise<number> {
  let created = 0;
  const audits: AuditEntry[] = [];
  for (const o of list) {
    if (known.has(o.key)) continue;
    const [row] = await tx
      .insert(organisation)
      .values({
        key: o.key,
        name: o.name,
        kind: o.kind,
        description: o.description ?? null,
        cbsCode: o.cbsCode ?? null,
        createdAt: clock.now(),
        updatedAt: clock.now(),
      })
      .returning();
    if (!row) throw new Error('insert organisation returned no row');
    const pop = (o.population ?? []).map((x) => ({
      organisationId: row.id,
      year: x.year,
      inhabitants: x.inhabitants,
      referenceDate: x.referenceDate ?? null,
      source: x.source ?? null,
      sourceUrl: x.sourceUrl ?? null,
      note: x.note ?? null,
    }));
    if (pop.length > 0) await tx.insert(organisationPopulation).values(pop);
    audits.push({ action: 'create', entityType: 'organisation', entityId: row.id, after: { ...row, population: pop } });
    known.set(o.key, row);
    created++;
  }
  await recordAudits(tx, actor, audits, clock);
  return created;
}

/** Insert the regions whose key is not in `known`; members must be in `orgs` (checked before). */
export async function insertMissingRegions(
  tx: Db,
  actor: Actor,
  list: DocRegion[],
  known: Map<string, RegionRow>,
  orgs: ReadonlyMap<string, OrganisationRow>,
  clock: Clock,
): Promise<number> {
  let created = 0;
  const audits: AuditEntry[] = [];
  for (const r of list) {
    if (known.has(r.key)) continue;
    const [row] = await tx.insert(region).values({ key: r.key, name: r.name, createdAt: clock.now(), updatedAt: clock.now() }).returning();
    if (!row) throw new Error('insert region returned no row');
    const members = [...new Set(r.municipalities)].map((m, i) => ({
      regionId: row.id,
      organisationId: orgs.get(m)?.id ?? '',
      position: i,
    }));
    if (members.length > 0) await tx.insert(regionMember).values(members);
    audits.push({ action: 'create', entityType: 'region', entityId: row.id, after: { ...row, municipalities: r.municipalities } });
    known.set(r.key, row);
    created++;
  }
  await recordAudits(tx, actor, audits, clock);
  return created;
}
