import { inTransaction, type Db } from '../../../db/database';
import { organisationsByIds } from '../../../db/queries/organisation';
import {
  deleteServiceRow,
  insertServiceRow,
  municipalitiesOfServices,
  serviceRowById,
  setServiceMunicipalities,
  updateServiceRow,
  type SocialServiceRow,
} from '../../../db/queries/social-map';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError, notFound, type ErrorDetail } from '../../../domain/shared/errors';
import { mayWriteService, type ServiceScope } from '../../../domain/social-map/rights';
import { checkServiceFields, cleanText, normaliseWebsite, type ServiceFields } from '../../../domain/social-map/service';
import type { ServiceView } from '../../../domain/social-map/responses';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { isUuid, versionConflict } from '../programme/resolve';
import { getService } from './list-services';
import { fieldsOf } from './service-views';

/** What a form or the API sends; text may be empty (stored as null). */
export interface ServiceInput {
  name: string;
  kind: ServiceFields['kind'];
  description?: string | null;
  targetGroup?: string | null;
  providerOrganisationId?: string | null;
  providerName?: string | null;
  address?: string | null;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
  openingHours?: string | null;
  withoutReferral?: boolean | null;
  waitingTimeNote?: string | null;
  municipalityIds: string[];
  published?: boolean;
  isDemo?: boolean;
}

export function normaliseInput(i: ServiceInput): ServiceFields {
  return {
    name: i.name.trim(),
    kind: i.kind,
    description: cleanText(i.description),
    targetGroup: cleanText(i.targetGroup),
    providerOrganisationId: cleanText(i.providerOrganisationId),
    providerName: cleanText(i.providerName),
    address: cleanText(i.address),
    phone: cleanText(i.phone),
    email: cleanText(i.email),
    website: normaliseWebsite(cleanText(i.website)),
    openingHours: cleanText(i.openingHours),
    withoutReferral: i.withoutReferral ?? null,
    waitingTimeNote: cleanText(i.waitingTimeNote),
    municipalityIds: [...i.municipalityIds],
    published: i.published ?? false,
    isDemo: i.isDemo ?? false,
  };
}

/** Every problem of the fields, the references included (municipalities are gemeenten, the provider exists). */
export async function checkService(db: Db, f: ServiceFields): Promise<ErrorDetail[]> {
  const problems = checkServiceFields(f);
  const ids = [...f.municipalityIds, ...(f.providerOrganisationId ? [f.providerOrganisationId] : [])].filter(isUuid);
  const orgs = new Map((await organisationsByIds(db, ids)).map((o) => [o.id, o]));
  for (const id of f.municipalityIds) {
    const o = orgs.get(id);
    if (!o) problems.push({ field: 'municipalityIds', reason: `onbekende gemeente '${id}'` });
    else if (o.kind !== 'gemeente') problems.push({ field: 'municipalityIds', reason: `${o.name} is geen gemeente` });
  }
  if (f.providerOrganisationId && !orgs.has(f.providerOrganisationId))
    problems.push({ field: 'providerOrganisationId', reason: `onbekende organisatie '${f.providerOrganisationId}'` });
  return problems;
}

export function invalid(problems: ErrorDetail[]): DomainError {
  return new DomainError(
    'VALIDATION_FAILED',
    `Ongeldige invoer: ${problems.map((p) => `${p.field ?? ''}: ${p.reason}`).join('; ')}`,
    problems,
  );
}

export function refuseOutOfScope(actor: Actor, scope: ServiceScope, what: string): void {
  if (!mayWriteService(actor, scope))
    throw new DomainError(
      'FORBIDDEN',
      `U mag ${what} niet wijzigen: dat mag de aanbieder, de gemeente waarvoor de voorziening is, of een platformbeheerder.`,
      [{ reason: 'buiten uw organisatie' }],
    );
}

const columns = (f: ServiceFields) => {
  const { municipalityIds: _m, ...rest } = f;
  return rest;
};

/** Insert one service with its municipalities and an audit entry (inside the caller's transaction). */
export async function insertService(
  tx: Db,
  actor: Actor,
  f: ServiceFields,
  clock: Clock,
  opts: { id?: string; source?: 'import' } = {},
): Promise<SocialServiceRow> {
  const now = clock.now();
  const row = await insertServiceRow(tx, { ...(opts.id ? { id: opts.id } : {}), ...columns(f), createdAt: now, updatedAt: now });
  await setServiceMunicipalities(tx, row.id, f.municipalityIds);
  await recordAudit(
    tx,
    actor,
    { action: 'create', entityType: 'social_service', entityId: row.id, after: { ...f, ...(opts.source ? { source: opts.source } : {}) } },
    clock,
  );
  return row;
}

/** Replace a locked service's fields, bump its version, audit before and after. */
export async function replaceService(
  tx: Db,
  actor: Actor,
  row: SocialServiceRow,
  before: ServiceFields,
  f: ServiceFields,
  clock: Clock,
  opts: { source?: 'import' } = {},
): Promise<SocialServiceRow> {
  const updated = await updateServiceRow(tx, row.id, { ...columns(f), version: row.version + 1, updatedAt: clock.now() });
  await setServiceMunicipalities(tx, row.id, f.municipalityIds);
  await recordAudit(
    tx,
    actor,
    {
      action: 'update',
      entityType: 'social_service',
      entityId: row.id,
      before,
      after: { ...f, ...(opts.source ? { source: opts.source } : {}) },
    },
    clock,
  );
  return updated;
}

export async function createService(db: Db, actor: Actor, input: ServiceInput, clock: Clock): Promise<ServiceView> {
  const id = await inTransaction(db, async (tx) => {
    const f = normaliseInput(input);
    const problems = await checkService(tx, f);
    if (problems.length > 0) throw invalid(problems);
    refuseOutOfScope(actor, f, `voorziening '${f.name}'`);
    return (await insertService(tx, actor, f, clock)).id;
  });
  return getService(db, actor, id);
}

async function lock(tx: Db, actor: Actor, id: string, version: number): Promise<{ row: SocialServiceRow; before: ServiceFields }> {
  const row = isUuid(id) ? await serviceRowById(tx, id, { forUpdate: true }) : undefined;
  if (!row) throw notFound('Voorziening', id);
  const before = fieldsOf(
    row,
    (await municipalitiesOfServices(tx, [row.id])).map((m) => m.id),
  );
  refuseOutOfScope(actor, before, `voorziening '${row.name}'`);
  if (row.version !== version)
    throw versionConflict(`Voorziening '${row.name}'`, version, row.version, await getService(tx, actor, row.id));
  return { row, before };
}

export async function updateService(
  db: Db,
  actor: Actor,
  opts: { id: string; version: number; fields: Partial<ServiceInput> },
  clock: Clock,
): Promise<ServiceView> {
  await inTransaction(db, async (tx) => {
    const { row, before } = await lock(tx, actor, opts.id, opts.version);
    const f = normaliseInput({ ...before, ...opts.fields });
    const problems = await checkService(tx, f);
    if (problems.length > 0) throw invalid(problems);
    refuseOutOfScope(actor, f, `voorziening '${f.name}' zo`);
    await replaceService(tx, actor, row, before, f, clock);
  });
  return getService(db, actor, opts.id);
}

export async function deleteService(db: Db, actor: Actor, opts: { id: string; version: number }, clock: Clock): Promise<void> {
  await inTransaction(db, async (tx) => {
    const { row, before } = await lock(tx, actor, opts.id, opts.version);
    await deleteServiceRow(tx, row.id);
    await recordAudit(tx, actor, { action: 'delete', entityType: 'social_service', entityId: row.id, before }, clock);
  });
}
