import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { municipalitiesOf, trekkersOf, type NodeRow } from '../../../db/queries/node';
import { organisationsByIds, personsByIds } from '../../../db/queries/organisation';
import { node, nodeMunicipality, nodeTrekker } from '../../../db/schema';
import { NODE_SCOPES, type NodeScope } from '../../../domain/programme/vocabulary';
import { parseDeadline, validateDeadline, type Deadline } from '../../../domain/shared/deadline';
import { DomainError, type ErrorDetail } from '../../../domain/shared/errors';

export type TrekkerInput = { personId: string } | { organisationId: string };

/** The editable fields of a node. Absent = unchanged (update) or empty (create). */
export interface NodeFieldsInput {
  code?: string | null;
  title?: string;
  description?: string | null;
  /** Index into the programme's levelLabels, 0 = top. */
  level?: number;
  scope?: NodeScope | null;
  ownerOrganisationId?: string | null;
  trekkers?: TrekkerInput[];
  /** Gemeenten that take part in the node (any scope; may include a neighbour outside the region). */
  municipalityIds?: string[];
  /** Gemeenten of the region that explicitly do not take part. */
  excludedMunicipalityIds?: string[];
  /** Other names the programme uses for the node; the tree filter finds them. */
  aliases?: string[];
  /** Structured, or the document's own words ("Q3 en Q4 2022"); null = no deadline. */
  deadline?: DeadlineInput;
  doelstelling?: string | null;
  expectedResult?: string | null;
  sections?: { title: string; body: string }[];
}

function invalid(details: ErrorDetail[]): DomainError {
  return new DomainError('VALIDATION_FAILED', `Ongeldige invoer: ${details.map((d) => `${d.field}: ${d.reason}`).join('; ')}`, details);
}

/** A deadline as a request or document gives it: own words, or structured with optional parts. */
export type DeadlineInput =
  string | { grain: Deadline['grain']; wording?: string | null; start?: string | null; end?: string | null } | null;

export function toDeadline(given: DeadlineInput): Deadline {
  if (given === null) return { grain: 'geen', wording: null, start: null, end: null };
  const input =
    typeof given === 'string'
      ? given
      : { grain: given.grain, wording: given.wording ?? null, start: given.start ?? null, end: given.end ?? null };
  if (typeof input === 'string') {
    const r = parseDeadline(input);
    if (!r.ok) throw invalid([{ field: 'deadline', reason: r.reason }]);
    return r.deadline;
  }
  const reason = validateDeadline(input);
  if (reason) throw invalid([{ field: 'deadline', reason }]);
  return input;
}

/** Column values for the fields given, after checking references. */
export async function nodeColumns(db: Db, f: NodeFieldsInput): Promise<Partial<typeof node.$inferInsert>> {
  const problems: ErrorDetail[] = [];
  if (f.title !== undefined && f.title.trim() === '') problems.push({ field: 'title', reason: 'titel is verplicht' });
  (f.sections ?? []).forEach((sec, i) => {
    if (sec.title.trim() === '') problems.push({ field: `sections[${i}].title`, reason: 'de kop van een paragraaf mag niet leeg zijn' });
  });
  if (f.level !== undefined && (!Number.isInteger(f.level) || f.level < 0))
    problems.push({ field: 'level', reason: 'niveau is 0 of hoger' });
  if (f.scope !== undefined && f.scope !== null && !NODE_SCOPES.includes(f.scope))
    problems.push({ field: 'scope', reason: 'onbekende scope' });
  const orgIds = [
    ...(f.ownerOrganisationId ? [f.ownerOrganisationId] : []),
    ...(f.municipalityIds ?? []),
    ...(f.excludedMunicipalityIds ?? []),
    ...(f.trekkers ?? []).flatMap((t) => ('organisationId' in t ? [t.organisationId] : [])),
  ];
  const orgs = new Map((await organisationsByIds(db, [...new Set(orgIds)])).map((o) => [o.id, o]));
  if (f.ownerOrganisationId && !orgs.has(f.ownerOrganisationId))
    problems.push({ field: 'ownerOrganisationId', reason: 'onbekende organisatie' });
  for (const field of ['municipalityIds', 'excludedMunicipalityIds'] as const) {
    for (const id of f[field] ?? []) {
      const o = orgs.get(id);
      if (!o) problems.push({ field, reason: `onbekende organisatie '${id}'` });
      else if (o.kind !== 'gemeente') problems.push({ field, reason: `${o.name} is geen gemeente` });
    }
  }
  const both = (f.municipalityIds ?? []).filter((id) => (f.excludedMunicipalityIds ?? []).includes(id));
  for (const id of both)
    problems.push({
      field: 'excludedMunicipalityIds',
      reason: `${orgs.get(id)?.name ?? id} kan niet tegelijk deelnemen en uitgezonderd zijn`,
    });
  (f.aliases ?? []).forEach((a, i) => {
    if (a.trim() === '') problems.push({ field: `aliases[${i}]`, reason: 'een andere naam mag niet leeg zijn' });
  });
  const personIds = (f.trekkers ?? []).flatMap((t) => ('personId' in t ? [t.personId] : []));
  const persons = new Set((await personsByIds(db, personIds)).map((p) => p.id));
  for (const t of f.trekkers ?? []) {
    if ('personId' in t && !persons.has(t.personId)) problems.push({ field: 'trekkers', reason: `onbekende persoon '${t.personId}'` });
    if ('organisationId' in t && !orgs.has(t.organisationId))
      problems.push({ field: 'trekkers', reason: `onbekende organisatie '${t.organisationId}'` });
  }
  if (problems.length > 0) throw invalid(problems);
  const cols: Partial<typeof node.$inferInsert> = {};
  if (f.code !== undefined) cols.code = f.code === null || f.code.trim() === '' ? null : f.code.trim();
  if (f.title !== undefined) cols.title = f.title.trim();
  if (f.description !== undefined) cols.description = f.description;
  if (f.level !== undefined) cols.level = f.level;
  if (f.scope !== undefined) cols.scope = f.scope;
  if (f.ownerOrganisationId !== undefined) cols.ownerOrganisationId = f.ownerOrganisationId;
  if (f.deadline !== undefined) {
    const d = toDeadline(f.deadline);
    Object.assign(cols, { deadlineGrain: d.grain, deadlineWording: d.wording, deadlineStart: d.start, deadlineEnd: d.end });
  }
  if (f.doelstelling !== undefined) cols.doelstelling = f.doelstelling;
  if (f.expectedResult !== undefined) cols.expectedResult = f.expectedResult;
  if (f.sections !== undefined) cols.sections = f.sections;
  if (f.aliases !== undefined) cols.aliases = [...new Set(f.aliases.map((a) => a.trim()))];
  return cols;
}

/** Replace trekkers and municipalities when given. */
export async function writeNodeLists(tx: Db, nodeId: string, f: NodeFieldsInput): Promise<void> {
  if (f.trekkers !== undefined) {
    await tx.delete(nodeTrekker).where(eq(nodeTrekker.nodeId, nodeId));
    if (f.trekkers.length > 0) {
      await tx.insert(nodeTrekker).values(
        f.trekkers.map((t, i) => ({
          nodeId,
          position: i,
          personId: 'personId' in t ? t.personId : null,
          organisationId: 'organisationId' in t ? t.organisationId : null,
        })),
      );
    }
  }
  if (f.municipalityIds !== undefined) {
    await tx.delete(nodeMunicipality).where(and(eq(nodeMunicipality.nodeId, nodeId), eq(nodeMunicipality.excluded, false)));
    const unique = [...new Set(f.municipalityIds)];
    if (unique.length > 0)
      await tx.insert(nodeMunicipality).values(unique.map((organisationId, i) => ({ nodeId, organisationId, position: i })));
  }
  if (f.excludedMunicipalityIds !== undefined) {
    await tx.delete(nodeMunicipality).where(and(eq(nodeMunicipality.nodeId, nodeId), eq(nodeMunicipality.excluded, true)));
    const unique = [...new Set(f.excludedMunicipalityIds)];
    if (unique.length > 0)
      await tx
        .insert(nodeMunicipality)
        .values(unique.map((organisationId, i) => ({ nodeId, organisationId, position: i, excluded: true })));
  }
}

/** What the audit log keeps of a node: its row plus trekkers and municipalities. */
export async function nodeSnapshot(db: Db, row: NodeRow): Promise<Record<string, unknown>> {
  const trekkers = await trekkersOf(db, [row.id]);
  const municipalities = await municipalitiesOf(db, [row.id]);
  return {
    ...row,
    trekkers: trekkers.map((t) => ({ personId: t.personId, organisationId: t.organisationId })),
    municipalityIds: municipalities.filter((m) => !m.excluded).map((m) => m.organisationId),
    excludedMunicipalityIds: municipalities.filter((m) => m.excluded).map((m) => m.organisationId),
  };
}

/**
 * Participating municipalities may belong to a node of any scope (issue 18: a regional project runs
 * in six of seven municipalities plus a neighbour). Kept as the one place a future rule would go.
 */
export async function assertMunicipalitiesFitScope(_tx: Db, _row: NodeRow): Promise<void> {
  return Promise.resolve();
}
