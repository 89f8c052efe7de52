import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { organisationsByIds, regionById } from '../../../db/queries/organisation';
import { programmeBySlug } from '../../../db/queries/programme';
import { programme, programmePartner } from '../../../db/schema';
import { PROGRAMME_STATUSES, type ProgrammeStatus } from '../../../domain/programme/vocabulary';
import { isIsoDate } from '../../../domain/shared/deadline';
import { DomainError, type ErrorDetail } from '../../../domain/shared/errors';
import { isUuid } from './resolve';

/** The editable fields of a programme. Absent = unchanged (update) or empty (create). */
export interface ProgrammeFieldsInput {
  /** URL-safe name, unique; e.g. 'meedoen-en-wonen-nml'. */
  slug?: string;
  title?: string;
  shortName?: string | null;
  description?: string | null;
  /** The programme's own names for its tree levels, top first. */
  levelLabels?: string[];
  periodStart?: string | null;
  periodEnd?: string | null;
  status?: ProgrammeStatus;
  regionId?: string | null;
  ownerOrganisationId?: string | null;
  /** Partner organisations, in display order. */
  partnerIds?: string[];
  /** The document's own version ("2.1"), adoption (date and body), what it replaces, vision and goal. */
  documentVersion?: string | null;
  adoptedOn?: string | null;
  adoptedBy?: string | null;
  replaces?: string | null;
  vision?: string | null;
  goal?: string | null;
}

const TEXT_FIELDS = ['documentVersion', 'adoptedBy', 'replaces', 'vision', 'goal'] as const;

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export async function programmeColumns(
  db: Db,
  f: ProgrammeFieldsInput,
  selfId: string | null,
): Promise<Partial<typeof programme.$inferInsert>> {
  const problems: ErrorDetail[] = [];
  if (f.slug !== undefined) {
    if (!SLUG.test(f.slug)) problems.push({ field: 'slug', reason: 'alleen kleine letters, cijfers en streepjes' });
    else {
      const other = await programmeBySlug(db, f.slug);
      if (other && other.id !== selfId) problems.push({ field: 'slug', reason: `'${f.slug}' is al in gebruik` });
    }
  }
  if (f.title !== undefined && f.title.trim() === '') problems.push({ field: 'title', reason: 'titel is verplicht' });
  if (f.levelLabels !== undefined) {
    if (f.levelLabels.length === 0) problems.push({ field: 'levelLabels', reason: 'minstens één niveau' });
    f.levelLabels.forEach((l, i) => {
      if (l.trim() === '') problems.push({ field: `levelLabels[${i}]`, reason: 'naam van het niveau ontbreekt' });
    });
  }
  for (const k of ['periodStart', 'periodEnd', 'adoptedOn'] as const) {
    const v = f[k];
    if (v !== undefined && v !== null && !isIsoDate(v)) problems.push({ field: k, reason: 'datum in de vorm jjjj-mm-dd' });
  }
  if (f.periodStart && f.periodEnd && f.periodStart > f.periodEnd)
    problems.push({ field: 'periodEnd', reason: 'einde ligt voor het begin' });
  if (f.status !== undefined && !PROGRAMME_STATUSES.includes(f.status)) problems.push({ field: 'status', reason: 'onbekende status' });
  if (f.regionId && !(isUuid(f.regionId) && (await regionById(db, f.regionId))))
    problems.push({ field: 'regionId', reason: 'onbekende regio' });
  const orgIds = [...(f.ownerOrganisationId ? [f.ownerOrganisationId] : []), ...(f.partnerIds ?? [])];
  const known = new Set((await organisationsByIds(db, orgIds.filter(isUuid))).map((o) => o.id));
  if (f.ownerOrganisationId && !known.has(f.ownerOrganisationId))
    problems.push({ field: 'ownerOrganisationId', reason: 'onbekende organisatie' });
  for (const id of f.partnerIds ?? []) if (!known.has(id)) problems.push({ field: 'partnerIds', reason: `onbekende organisatie '${id}'` });
  if (problems.length > 0) {
    throw new DomainError('VALIDATION_FAILED', `Ongeldige invoer: ${problems.map((d) => `${d.field}: ${d.reason}`).join('; ')}`, problems);
  }
  const cols: Partial<typeof programme.$inferInsert> = {};
  if (f.slug !== undefined) cols.slug = f.slug;
  if (f.title !== undefined) cols.title = f.title.trim();
  if (f.shortName !== undefined) cols.shortName = f.shortName;
  if (f.description !== undefined) cols.description = f.description;
  if (f.levelLabels !== undefined) cols.levelLabels = f.levelLabels.map((l) => l.trim());
  if (f.periodStart !== undefined) cols.periodStart = f.periodStart;
  if (f.periodEnd !== undefined) cols.periodEnd = f.periodEnd;
  if (f.status !== undefined) cols.status = f.status;
  if (f.regionId !== undefined) cols.regionId = f.regionId;
  if (f.ownerOrganisationId !== undefined) cols.ownerOrganisationId = f.ownerOrganisationId;
  if (f.adoptedOn !== undefined) cols.adoptedOn = f.adoptedOn;
  for (const k of TEXT_FIELDS) {
    const v = f[k];
    if (v !== undefined) cols[k] = v === null || v.trim() === '' ? null : v.trim();
  }
  return cols;
}

export async function writePartners(tx: Db, programmeId: string, partnerIds: string[] | undefined): Promise<void> {
  if (partnerIds === undefined) return;
  await tx.delete(programmePartner).where(eq(programmePartner.programmeId, programmeId));
  const unique = [...new Set(partnerIds)];
  if (unique.length > 0)
    await tx.insert(programmePartner).values(unique.map((organisationId, i) => ({ programmeId, organisationId, position: i })));
}
