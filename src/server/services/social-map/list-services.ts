import type { Db } from '../../../db/database';
import { listMunicipalities, listServiceRows, serviceRowById, type ServiceFilter } from '../../../db/queries/social-map';
import { DomainError, notFound } from '../../../domain/shared/errors';
import { mayWriteSomeService } from '../../../domain/social-map/rights';
import type { MunicipalityCount, ServiceList, ServiceView } from '../../../domain/social-map/responses';
import type { Actor } from '../../auth/actor';
import { isUuid } from '../programme/resolve';
import { serviceViews } from './service-views';

export interface ListServicesOptions {
  municipalityId?: string;
  kind?: string;
  /** 'ja' | 'nee' | 'onbekend'. */
  withoutReferral?: 'ja' | 'nee' | 'onbekend';
  q?: string;
}

/** Who sees what: a visitor (not signed in) sees published services only; a signed-in person sees all. */
const publishedOnly = (actor: Actor) => actor.kind === 'anonymous';

export async function listServices(db: Db, actor: Actor, opts: ListServicesOptions = {}): Promise<ServiceList> {
  if (opts.municipalityId !== undefined && !isUuid(opts.municipalityId))
    throw new DomainError('VALIDATION_FAILED', `Onbekende gemeente '${opts.municipalityId}'.`, [
      { field: 'gemeente', reason: 'onbekende gemeente' },
    ]);
  const filter: ServiceFilter = { publishedOnly: publishedOnly(actor) };
  if (opts.municipalityId) filter.municipalityId = opts.municipalityId;
  if (opts.kind) filter.kind = opts.kind;
  if (opts.withoutReferral) filter.withoutReferral = opts.withoutReferral === 'onbekend' ? null : opts.withoutReferral === 'ja';
  if (opts.q) filter.text = opts.q;
  const rows = await listServiceRows(db, filter);
  return { items: await serviceViews(db, actor, rows), mayCreate: mayWriteSomeService(actor) };
}

/** One service; an unpublished one is "not found" for a visitor (the same answer as a missing id). */
export async function getService(db: Db, actor: Actor, id: string): Promise<ServiceView> {
  const row = isUuid(id) ? await serviceRowById(db, id) : undefined;
  if (!row || (publishedOnly(actor) && !row.published)) throw notFound('Voorziening', id);
  const [view] = await serviceViews(db, actor, [row]);
  if (!view) throw notFound('Voorziening', id);
  return view;
}

/** The gemeenten with how many services (visible to the asker) each has: the per-municipality overview's index. */
export async function listServiceMunicipalities(db: Db, actor: Actor): Promise<MunicipalityCount[]> {
  const all = await listMunicipalities(db);
  const rows = await serviceViews(db, actor, await listServiceRows(db, { publishedOnly: publishedOnly(actor) }));
  return all.map((m) => ({
    id: m.id,
    name: m.name,
    cbsCode: m.cbsCode,
    services: rows.filter((r) => r.municipalities.some((x) => x.id === m.id)).length,
  }));
}
