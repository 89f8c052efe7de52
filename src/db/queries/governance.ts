import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../database';
import {
  actionItem,
  agendaItem,
  body,
  bodyNode,
  bodySeat,
  bodySeatOrganisation,
  decision,
  decisionNode,
  meeting,
  node,
  programme,
} from '../schema';

export type BodyRow = typeof body.$inferSelect;
export type SeatRow = typeof bodySeat.$inferSelect;
export type MeetingRow = typeof meeting.$inferSelect;
export type AgendaItemRow = typeof agendaItem.$inferSelect;
export type DecisionRow = typeof decision.$inferSelect;
export type ActionItemRow = typeof actionItem.$inferSelect;

/** Every governance row of a programme: bodies are few, so one load per request is cheap. */
export interface GovernanceRows {
  bodies: BodyRow[];
  bodyNodes: { bodyId: string; nodeId: string }[];
  seats: SeatRow[];
  seatOrganisations: { seatId: string; organisationId: string; position: number }[];
  meetings: MeetingRow[];
  agendaItems: AgendaItemRow[];
  decisions: DecisionRow[];
  decisionNodes: { decisionId: string; nodeId: string }[];
  actions: ActionItemRow[];
}

export async function loadGovernanceRows(db: Db, programmeId: string): Promise<GovernanceRows> {
  const bodies = await db.select().from(body).where(eq(body.programmeId, programmeId)).orderBy(asc(body.position), asc(body.name));
  const bodyIds = bodies.map((b) => b.id);
  const meetings = await db.select().from(meeting).where(eq(meeting.programmeId, programmeId)).orderBy(asc(meeting.date), asc(meeting.id));
  const meetingIds = meetings.map((m) => m.id);
  const [bodyNodes, seats, agendaItems, decisions, actions] = await Promise.all([
    bodyIds.length ? db.select().from(bodyNode).where(inArray(bodyNode.bodyId, bodyIds)) : [],
    bodyIds.length ? db.select().from(bodySeat).where(inArray(bodySeat.bodyId, bodyIds)).orderBy(asc(bodySeat.position)) : [],
    meetingIds.length
      ? db.select().from(agendaItem).where(inArray(agendaItem.meetingId, meetingIds)).orderBy(asc(agendaItem.position))
      : [],
    meetingIds.length ? db.select().from(decision).where(inArray(decision.meetingId, meetingIds)).orderBy(asc(decision.position)) : [],
    db.select().from(actionItem).where(eq(actionItem.programmeId, programmeId)).orderBy(asc(actionItem.position)),
  ]);
  const seatIds = seats.map((s) => s.id);
  const decisionIds = decisions.map((d) => d.id);
  const [seatOrganisations, decisionNodes] = await Promise.all([
    seatIds.length
      ? db
          .select()
          .from(bodySeatOrganisation)
          .where(inArray(bodySeatOrganisation.seatId, seatIds))
          .orderBy(asc(bodySeatOrganisation.position))
      : [],
    decisionIds.length ? db.select().from(decisionNode).where(inArray(decisionNode.decisionId, decisionIds)) : [],
  ]);
  return { bodies, bodyNodes, seats, seatOrganisations, meetings, agendaItems, decisions, decisionNodes, actions };
}

/** Bodies by id across programmes (for referrals to another programme's body), with the programme title. */
export function bodiesByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: body.id, name: body.name, kind: body.kind, programmeId: body.programmeId, programmeTitle: programme.title })
    .from(body)
    .innerJoin(programme, eq(programme.id, body.programmeId))
    .where(inArray(body.id, ids));
}

/** Bodies elsewhere that refer to one of `ids` (a referral into this programme from another). */
export function bodiesReferringTo(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: body.id,
      name: body.name,
      kind: body.kind,
      programmeId: body.programmeId,
      programmeTitle: programme.title,
      refersToBodyId: body.refersToBodyId,
    })
    .from(body)
    .innerJoin(programme, eq(programme.id, body.programmeId))
    .where(inArray(body.refersToBodyId, ids));
}

export async function programmeIdOfBody(db: Db, bodyId: string): Promise<string | null> {
  const [row] = await db.select({ programmeId: body.programmeId }).from(body).where(eq(body.id, bodyId));
  return row?.programmeId ?? null;
}

export async function bodyById(db: Db, bodyId: string, opts: { forUpdate?: boolean } = {}): Promise<BodyRow | null> {
  const q = db.select().from(body).where(eq(body.id, bodyId));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

export async function meetingById(db: Db, meetingId: string, opts: { forUpdate?: boolean } = {}): Promise<MeetingRow | null> {
  const q = db.select().from(meeting).where(eq(meeting.id, meetingId));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

export async function decisionById(db: Db, decisionId: string, opts: { forUpdate?: boolean } = {}): Promise<DecisionRow | null> {
  const q = db.select().from(decision).where(eq(decision.id, decisionId));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

export async function nodeIdsOfDecision(db: Db, decisionId: string): Promise<string[]> {
  return (await db.select().from(decisionNode).where(eq(decisionNode.decisionId, decisionId))).map((n) => n.nodeId);
}

export function meetingsOfBody(db: Db, bodyId: string): Promise<MeetingRow[]> {
  return db.select().from(meeting).where(eq(meeting.bodyId, bodyId)).orderBy(asc(meeting.date), asc(meeting.id));
}

export function actionsOfBody(db: Db, bodyId: string): Promise<ActionItemRow[]> {
  return db.select().from(actionItem).where(eq(actionItem.bodyId, bodyId));
}

/** Seats of a person in any programme, with body and programme. */
export function seatsOfPerson(db: Db, personId: string) {
  return db
    .select({
      seatId: bodySeat.id,
      role: bodySeat.role,
      bodyId: body.id,
      bodyName: body.name,
      bodyKind: body.kind,
      programmeId: programme.id,
      programmeSlug: programme.slug,
      programmeTitle: programme.title,
    })
    .from(bodySeat)
    .innerJoin(body, eq(body.id, bodySeat.bodyId))
    .innerJoin(programme, eq(programme.id, body.programmeId))
    .where(eq(bodySeat.personId, personId))
    .orderBy(asc(programme.title), asc(body.position), asc(body.name));
}

export function seatOrganisationsOf(db: Db, seatIds: string[]) {
  if (seatIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(bodySeatOrganisation)
    .where(inArray(bodySeatOrganisation.seatId, seatIds))
    .orderBy(asc(bodySeatOrganisation.position));
}

export async function nextPosition(db: Db, table: 'agenda' | 'decision' | 'action', meetingId: string): Promise<number> {
  const t = table === 'agenda' ? agendaItem : table === 'decision' ? decision : actionItem;
  const rows = await db.select({ position: t.position }).from(t).where(eq(t.meetingId, meetingId));
  return rows.reduce((m, r) => Math.max(m, r.position + 1), 0);
}

export async function agendaItemById(db: Db, meetingId: string, itemId: string): Promise<AgendaItemRow | null> {
  const [row] = await db
    .select()
    .from(agendaItem)
    .where(and(eq(agendaItem.id, itemId), eq(agendaItem.meetingId, meetingId)));
  return row ?? null;
}

export async function actionById(db: Db, actionId: string, opts: { forUpdate?: boolean } = {}): Promise<ActionItemRow | null> {
  const q = db.select().from(actionItem).where(eq(actionItem.id, actionId));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

/** Node ids of a programme by their readable key (demo loading links agenda items by key). */
export async function nodeIdsByKey(db: Db, programmeId: string): Promise<Map<string, string>> {
  const rows = await db.select({ id: node.id, key: node.key }).from(node).where(eq(node.programmeId, programmeId));
  return new Map(rows.map((r) => [r.key, r.id]));
}

export async function programmeHasBodies(db: Db, programmeId: string): Promise<boolean> {
  const rows = await db.select({ id: body.id }).from(body).where(eq(body.programmeId, programmeId)).limit(1);
  return rows.length > 0;
}
