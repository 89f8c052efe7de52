import type { Db } from '../../../db/database';
import {
  bodiesByIds,
  bodiesReferringTo,
  loadGovernanceRows,
  type ActionItemRow,
  type BodyRow,
  type DecisionRow,
  type GovernanceRows,
  type MeetingRow,
} from '../../../db/queries/governance';
import { organisationsByIds, personsByIds } from '../../../db/queries/organisation';
import { getProgramme, listProgressNodes, type ProgressNodeRow } from '../../../db/queries/progress';
import {
  isActionDone,
  isActionStatus,
  isBodyKind,
  isMeetingStatus,
  type ActionStatus,
  type BodyKind,
  type MeetingStatus,
} from '../../../domain/governance';
import type { ActionItem, Body, BodyRef, Decision } from '../../../domain/governance/responses';
import type { IsoDate } from '../../../domain/progress';
import { depthFirst, depths } from '../../../domain/programme/tree';
import { notFound } from '../../../domain/shared/errors';

/** A programme's governance, loaded once per request: rows plus the names they refer to. */
export interface GovernanceContext {
  programme: { id: string; title: string };
  rows: GovernanceRows;
  /** Nodes in depth-first order. */
  nodes: ProgressNodeRow[];
  nodeById: Map<string, ProgressNodeRow>;
  persons: Map<string, { id: string; name: string }>;
  organisations: Map<string, { id: string; name: string }>;
  /** Bodies of other programmes this one's bodies refer to, or that refer into it. */
  foreign: Map<string, BodyRef>;
  foreignReferrers: (BodyRef & { refersToBodyId: string | null })[];
}

export const kindOf = (v: string): BodyKind => (isBodyKind(v) ? v : 'extern');
export const meetingStatusOf = (v: string): MeetingStatus => (isMeetingStatus(v) ? v : 'open');
export const actionStatusOf = (v: string): ActionStatus => (isActionStatus(v) ? v : 'open');

export async function loadGovernance(db: Db, programmeId: string): Promise<GovernanceContext> {
  const p = await getProgramme(db, programmeId);
  if (!p) throw notFound('Programma', programmeId);
  const [rows, nodeRows] = await Promise.all([loadGovernanceRows(db, programmeId), listProgressNodes(db, programmeId)]);
  const nodes = depthFirst(nodeRows.map((n) => ({ ...n, position: n.position })));
  const own = new Set(rows.bodies.map((b) => b.id));
  const personIds = new Set<string>();
  const orgIds = new Set<string>();
  for (const s of rows.seats) if (s.personId) personIds.add(s.personId);
  for (const so of rows.seatOrganisations) orgIds.add(so.organisationId);
  for (const a of rows.actions) {
    if (a.ownerPersonId) personIds.add(a.ownerPersonId);
    if (a.ownerOrganisationId) orgIds.add(a.ownerOrganisationId);
  }
  const foreignIds = rows.bodies.map((b) => b.refersToBodyId).filter((id): id is string => id !== null && !own.has(id));
  const [persons, organisations, foreignRows, referrers] = await Promise.all([
    personsByIds(db, [...personIds]),
    organisationsByIds(db, [...orgIds]),
    bodiesByIds(db, foreignIds),
    bodiesReferringTo(db, [...own]),
  ]);
  const ref = (r: { id: string; name: string; kind: string; programmeId: string; programmeTitle: string }): BodyRef => ({
    id: r.id,
    name: r.name,
    kind: kindOf(r.kind),
    programmeId: r.programmeId,
    programmeTitle: r.programmeId === programmeId ? null : r.programmeTitle,
  });
  return {
    programme: { id: p.id, title: p.title },
    rows,
    nodes,
    nodeById: new Map(nodes.map((n) => [n.id, n])),
    persons: new Map(persons.map((x) => [x.id, { id: x.id, name: x.name }])),
    organisations: new Map(organisations.map((x) => [x.id, { id: x.id, name: x.name }])),
    foreign: new Map(foreignRows.map((r) => [r.id, ref(r)])),
    foreignReferrers: referrers.filter((r) => r.programmeId !== programmeId).map((r) => ({ ...ref(r), refersToBodyId: r.refersToBodyId })),
  };
}

export function bodyRef(ctx: GovernanceContext, b: BodyRow): BodyRef {
  return { id: b.id, name: b.name, kind: kindOf(b.kind), programmeId: b.programmeId, programmeTitle: null };
}

function nodeRefs(ctx: GovernanceContext, ids: readonly string[]) {
  const set = new Set(ids);
  return ctx.nodes.filter((n) => set.has(n.id)).map((n) => ({ id: n.id, code: n.code, title: n.title }));
}

/** The bodies of the programme, depth first along the nesting, with seats and relations. */
export function bodyViews(ctx: GovernanceContext): Body[] {
  const { rows } = ctx;
  const byId = new Map(rows.bodies.map((b) => [b.id, b]));
  const items = rows.bodies.map((b) => ({
    id: b.id,
    parentId: b.parentId && byId.has(b.parentId) ? b.parentId : null,
    position: b.position,
  }));
  const depth = depths(items);
  const refOf = (id: string | null): BodyRef | null => {
    if (!id) return null;
    const own = byId.get(id);
    return own ? bodyRef(ctx, own) : (ctx.foreign.get(id) ?? null);
  };
  return depthFirst(items).flatMap(({ id }) => {
    const b = byId.get(id);
    if (!b) return [];
    const seats = rows.seats
      .filter((s) => s.bodyId === b.id)
      .map((s) => {
        const person = s.personId ? (ctx.persons.get(s.personId) ?? null) : null;
        return {
          id: s.id,
          role: s.role,
          person,
          vacant: person === null,
          organisations: rows.seatOrganisations
            .filter((so) => so.seatId === s.id)
            .flatMap((so) => ctx.organisations.get(so.organisationId) ?? []),
          note: s.note,
        };
      });
    return [
      {
        id: b.id,
        programmeId: b.programmeId,
        key: b.key,
        name: b.name,
        kind: kindOf(b.kind),
        purpose: b.purpose,
        mandate: b.mandate,
        frequencyText: b.frequencyText,
        durationText: b.durationText,
        nominal:
          b.nominalMinPerYear !== null && b.nominalMaxPerYear !== null
            ? { minPerYear: b.nominalMinPerYear, maxPerYear: b.nominalMaxPerYear }
            : null,
        parent: refOf(b.parentId),
        children: rows.bodies.filter((c) => c.parentId === b.id).map((c) => bodyRef(ctx, c)),
        refersTo: refOf(b.refersToBodyId),
        refersToName: b.refersToName,
        referredFrom: [
          ...rows.bodies.filter((c) => c.refersToBodyId === b.id).map((c) => bodyRef(ctx, c)),
          ...ctx.foreignReferrers.filter((r) => r.refersToBodyId === b.id).map(({ refersToBodyId: _r, ...r }) => r),
        ],
        nodes: nodeRefs(
          ctx,
          rows.bodyNodes.filter((bn) => bn.bodyId === b.id).map((bn) => bn.nodeId),
        ),
        seats,
        depth: depth.get(b.id) ?? 0,
        isDemo: b.isDemo,
        version: b.version,
      },
    ];
  });
}

export function decisionView(ctx: GovernanceContext, d: DecisionRow, m: MeetingRow): Decision {
  const b = ctx.rows.bodies.find((x) => x.id === m.bodyId);
  return {
    id: d.id,
    meetingId: m.id,
    meetingDate: m.date,
    bodyId: m.bodyId,
    bodyName: b?.name ?? '',
    position: d.position,
    text: d.text,
    nodes: nodeRefs(
      ctx,
      ctx.rows.decisionNodes.filter((dn) => dn.decisionId === d.id).map((dn) => dn.nodeId),
    ),
    adoptedDocuments: d.adoptedDocuments,
    version: d.version,
  };
}

/** An action as shown; overdue is judged on `asOf` (today, or the meeting's date). */
export function actionView(ctx: GovernanceContext, a: ActionItemRow, asOf: IsoDate): ActionItem {
  const origin = ctx.rows.meetings.find((m) => m.id === a.meetingId);
  const b = ctx.rows.bodies.find((x) => x.id === a.bodyId);
  const status = actionStatusOf(a.status);
  return {
    id: a.id,
    meetingId: a.meetingId,
    meetingDate: origin?.date ?? '',
    bodyId: a.bodyId,
    bodyName: b?.name ?? '',
    position: a.position,
    text: a.text,
    ownerPerson: a.ownerPersonId ? (ctx.persons.get(a.ownerPersonId) ?? null) : null,
    ownerOrganisation: a.ownerOrganisationId ? (ctx.organisations.get(a.ownerOrganisationId) ?? null) : null,
    deadline: a.deadline,
    status,
    doneDate: a.doneDate,
    overdue: !isActionDone(status) && a.deadline !== null && a.deadline < asOf,
    version: a.version,
  };
}

/** The body of a programme, or NOT_FOUND (also when it belongs to another programme). */
export function bodyIn(ctx: GovernanceContext, bodyId: string): BodyRow {
  const b = ctx.rows.bodies.find((x) => x.id === bodyId);
  if (!b) throw notFound('Overleg', bodyId);
  return b;
}

export function meetingIn(ctx: GovernanceContext, meetingId: string): MeetingRow {
  const m = ctx.rows.meetings.find((x) => x.id === meetingId);
  if (!m) throw notFound('Vergadering', meetingId);
  return m;
}
