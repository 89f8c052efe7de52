import type { Db } from '../../../db/database';
import { organisationsByIds } from '../../../db/queries/organisation';
import { municipalitiesOfServices, type SocialServiceRow } from '../../../db/queries/social-map';
import { dutchDate } from '../../../domain/shared/deadline';
import { mayWriteService } from '../../../domain/social-map/rights';
import type { ServiceFields } from '../../../domain/social-map/service';
import { isServiceKind, SERVICE_KIND_INFO } from '../../../domain/social-map/vocabulary';
import type { ServiceView } from '../../../domain/social-map/responses';
import type { Actor } from '../../auth/actor';

const nlDate = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

/** Rows → the API's views, with municipalities, the provider's name and whether the asker may edit. */
export async function serviceViews(db: Db, actor: Actor, rows: SocialServiceRow[]): Promise<ServiceView[]> {
  const municipalities = await municipalitiesOfServices(
    db,
    rows.map((r) => r.id),
  );
  const providerIds = [...new Set(rows.flatMap((r) => (r.providerOrganisationId ? [r.providerOrganisationId] : [])))];
  const providers = new Map((await organisationsByIds(db, providerIds)).map((o) => [o.id, o.name]));
  return rows.map((r) => {
    const kind = isServiceKind(r.kind) ? r.kind : 'overig';
    const ms = municipalities.filter((m) => m.serviceId === r.id).map(({ id, name, cbsCode }) => ({ id, name, cbsCode }));
    return {
      id: r.id,
      name: r.name,
      kind,
      kindLabel: SERVICE_KIND_INFO[kind].nl,
      description: r.description,
      targetGroup: r.targetGroup,
      provider: {
        organisationId: r.providerOrganisationId,
        name: r.providerOrganisationId ? (providers.get(r.providerOrganisationId) ?? null) : r.providerName,
      },
      address: r.address,
      phone: r.phone,
      email: r.email,
      website: r.website,
      openingHours: r.openingHours,
      withoutReferral: r.withoutReferral,
      waitingTimeNote: r.waitingTimeNote,
      municipalities: ms,
      published: r.published,
      isDemo: r.isDemo,
      updatedOn: nlDate(dutchDate(r.updatedAt)),
      updatedAt: r.updatedAt.toISOString(),
      version: r.version,
      mayEdit: mayWriteService(actor, { providerOrganisationId: r.providerOrganisationId, municipalityIds: ms.map((m) => m.id) }),
    };
  });
}

/** The stored fields of a service (for comparing and for the audit). */
export function fieldsOf(r: SocialServiceRow, municipalityIds: string[]): ServiceFields {
  return {
    name: r.name,
    kind: isServiceKind(r.kind) ? r.kind : 'overig',
    description: r.description,
    targetGroup: r.targetGroup,
    providerOrganisationId: r.providerOrganisationId,
    providerName: r.providerName,
    address: r.address,
    phone: r.phone,
    email: r.email,
    website: r.website,
    openingHours: r.openingHours,
    withoutReferral: r.withoutReferral,
    waitingTimeNote: r.waitingTimeNote,
    municipalityIds,
    published: r.published,
    isDemo: r.isDemo,
  };
}
