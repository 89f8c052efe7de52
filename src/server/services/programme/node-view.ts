import type { Db } from '../../../db/database';
import {
  effortGoalsOf,
  gapAnalysesOf,
  municipalitiesOf,
  organisationRefs,
  personRefs,
  trekkersOf,
  type EffortRow,
  type GapAnalysisRow,
  type NamedRef,
  type NodeRow,
} from '../../../db/queries/node';
import type { ProgrammeRow } from '../../../db/queries/programme';
import type { Clock } from '../../../domain/shared/clock';
import { NODE_SCOPES, type NodeScope } from '../../../domain/programme/vocabulary';
import type { EffortView, GapAnalysisView, NodeView, OrgRef, TrekkerView } from '../../../domain/programme/responses';

// The shapes are the API's response schemas (domain/programme/responses.ts), so they cannot drift.
export type { EffortView, GapAnalysisView, NodeView, OrgRef, TrekkerView };

import { deadlineState, dutchDate, formatDeadline, type Deadline, type DeadlineGrain } from '../../../domain/shared/deadline';

/** The stored scope; anything else (never written through the API) reads as none rather than failing the answer. */
const nodeScopeOf = (scope: string | null): NodeScope | null => NODE_SCOPES.find((s) => s === scope) ?? null;

export const levelLabel = (p: ProgrammeRow, level: number) => p.levelLabels[level] ?? `Niveau ${level + 1}`;

export function deadlineOf(n: NodeRow): Deadline {
  return { grain: n.deadlineGrain as DeadlineGrain, wording: n.deadlineWording, start: n.deadlineStart, end: n.deadlineEnd };
}

const orgRef = (r: NamedRef): OrgRef => ({ id: r.id, key: r.key, name: r.name, kind: r.kind ?? 'overig', cbsCode: r.cbsCode });

/** Items per key, in their order: one pass instead of a filter per key. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = out.get(key);
    if (list) list.push(item);
    else out.set(key, [item]);
  }
  return out;
}

/** Node rows → views, loading owners, trekkers and municipalities in a few queries. */
export async function nodeViews(db: Db, p: ProgrammeRow, rows: NodeRow[], clock: Clock): Promise<NodeView[]> {
  const ids = rows.map((r) => r.id);
  // Sequential on purpose: inside a transaction there is one connection.
  const trekkers = await trekkersOf(db, ids);
  const municipalities = await municipalitiesOf(db, ids);
  const orgIds = new Set<string>();
  for (const r of rows) if (r.ownerOrganisationId) orgIds.add(r.ownerOrganisationId);
  for (const t of trekkers) if (t.organisationId) orgIds.add(t.organisationId);
  for (const m of municipalities) orgIds.add(m.organisationId);
  const orgs = await organisationRefs(db, [...orgIds]);
  const persons = await personRefs(
    db,
    trekkers.flatMap((t) => (t.personId ? [t.personId] : [])),
  );
  const orgById = new Map(orgs.map((o) => [o.id, orgRef(o)]));
  const personName = new Map(persons.map((x) => [x.id, x.name]));
  const today = dutchDate(clock.now());
  // Grouped per node once: a filter per node over all rows was quadratic (a 2,000-node tree spent
  // most of its time here).
  const trekkersByNode = groupBy(trekkers, (t) => t.nodeId);
  const municipalitiesByNode = groupBy(municipalities, (m) => m.nodeId);
  return rows.map((r) => {
    const places = municipalitiesByNode.get(r.id) ?? [];
    const deadline = deadlineOf(r);
    const owner = r.ownerOrganisationId ? orgById.get(r.ownerOrganisationId) : undefined;
    return {
      id: r.id,
      programmeId: r.programmeId,
      parentId: r.parentId,
      position: r.position,
      key: r.key,
      code: r.code,
      title: r.title,
      description: r.description,
      level: r.level,
      levelLabel: levelLabel(p, r.level),
      scope: nodeScopeOf(r.scope),
      ownerOrganisation: owner ?? null,
      trekkers: (trekkersByNode.get(r.id) ?? []).map((t) => ({
        personId: t.personId,
        organisationId: t.organisationId,
        name: (t.personId ? personName.get(t.personId) : t.organisationId ? orgById.get(t.organisationId)?.name : undefined) ?? '?',
      })),
      municipalities: places.filter((m) => !m.excluded).flatMap((m) => orgById.get(m.organisationId) ?? []),
      excludedMunicipalities: places.filter((m) => m.excluded).flatMap((m) => orgById.get(m.organisationId) ?? []),
      aliases: r.aliases,
      deadline,
      deadlineLabel: formatDeadline(deadline),
      deadlineState: deadlineState(deadline, today),
      doelstelling: r.doelstelling,
      expectedResult: r.expectedResult,
      sections: r.sections,
      version: r.version,
      updatedAt: r.updatedAt.toISOString(),
    };
  });
}

export async function effortViews(db: Db, rows: EffortRow[]): Promise<EffortView[]> {
  const goals = await effortGoalsOf(
    db,
    rows.map((r) => r.id),
  );
  const orgs = await organisationRefs(
    db,
    rows.flatMap((r) => (r.partnerOrganisationId ? [r.partnerOrganisationId] : [])),
  );
  const orgById = new Map(orgs.map((o) => [o.id, orgRef(o)]));
  const goalsByEffort = groupBy(goals, (g) => g.effortId);
  return rows.map((r) => {
    const org = r.partnerOrganisationId ? orgById.get(r.partnerOrganisationId) : undefined;
    const partner: EffortView['partner'] = org
      ? { type: 'organisation', organisation: org }
      : { type: 'group', group: r.partnerGroup ?? '?' };
    return {
      id: r.id,
      key: r.key,
      partnerKey: org ? `org:${org.id}` : `group:${r.partnerGroup ?? ''}`,
      partner,
      text: r.text,
      geen: r.isNone,
      goalIds: (goalsByEffort.get(r.id) ?? []).map((g) => g.nodeId),
      position: r.position,
      version: r.version,
    };
  });
}

export function gapAnalysisView(g: GapAnalysisRow | undefined): GapAnalysisView | null {
  if (!g) return null;
  return {
    currentPractices: g.currentPractices,
    hiaat: g.hiaat,
    voorstel: g.voorstel,
    budget: g.budgetKind ? { kind: g.budgetKind, cents: g.budgetCents, fund: g.budgetFund, note: g.budgetNote } : null,
  };
}

export async function gapAnalysisOf(db: Db, nodeId: string): Promise<GapAnalysisView | null> {
  const [g] = await gapAnalysesOf(db, [nodeId]);
  return gapAnalysisView(g);
}
