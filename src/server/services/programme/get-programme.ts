import type { Db } from '../../../db/database';
import { organisationsByIds, regionById } from '../../../db/queries/organisation';
import { partnersOf, type ProgrammeRow } from '../../../db/queries/programme';
import type { Actor } from '../../auth/actor';
import type { OrgRef, ProgrammeDetail } from '../../../domain/programme/responses';

export type { ProgrammeDetail };

import { resolveProgramme } from './resolve';

const ref = (o: { id: string; key: string; name: string; kind: string; cbsCode: string | null }): OrgRef => ({
  id: o.id,
  key: o.key,
  name: o.name,
  kind: o.kind,
  cbsCode: o.cbsCode,
});

export async function getProgramme(
  db: Db,
  _actor: Actor,
  opts: { programme: string; /** The row when the caller has it (resolved once by the access check). */ row?: ProgrammeRow },
): Promise<ProgrammeDetail> {
  const p = opts.row ?? (await resolveProgramme(db, opts.programme));
  const partners = await partnersOf(db, p.id);
  const orgs = new Map(
    (
      await organisationsByIds(db, [...partners.map((x) => x.organisationId), ...(p.ownerOrganisationId ? [p.ownerOrganisationId] : [])])
    ).map((o) => [o.id, o]),
  );
  const region = p.regionId ? await regionById(db, p.regionId) : undefined;
  const owner = p.ownerOrganisationId ? orgs.get(p.ownerOrganisationId) : undefined;
  return {
    id: p.id,
    slug: p.slug,
    title: p.title,
    shortName: p.shortName,
    description: p.description,
    levelLabels: p.levelLabels,
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
    status: p.status,
    region: region ? { id: region.id, key: region.key, name: region.name } : null,
    regionId: p.regionId,
    ownerOrganisation: owner ? ref(owner) : null,
    ownerOrganisationId: p.ownerOrganisationId,
    partners: partners.flatMap((x) => {
      const o = orgs.get(x.organisationId);
      return o ? [ref(o)] : [];
    }),
    documentVersion: p.documentVersion,
    adoptedOn: p.adoptedOn,
    adoptedBy: p.adoptedBy,
    replaces: p.replaces,
    vision: p.vision,
    goal: p.goal,
    version: p.version,
    updatedAt: p.updatedAt.toISOString(),
  };
}
