import type { TerugblikUpdate } from '../progress/terugblik';
import type { ProgressStatus } from '../progress/status';
import type { CalendarRow } from './calendar';
import type { NominalFrequency } from './frequency';
import type { ActionStatus, BodyKind, MeetingStatus } from './vocabulary';

/**
 * What the governance API answers: plain read models, one definition for the services, the web UI
 * and the board report (which imports them as types and calls listDecisionsAndActions).
 */

export interface BodyRef {
  id: string;
  name: string;
  kind: BodyKind;
  programmeId: string;
  /** Set when the body belongs to another programme than the one asked about. */
  programmeTitle: string | null;
}

export interface Seat {
  id: string;
  role: string;
  /** Null: the seat is vacant. */
  person: { id: string; name: string } | null;
  vacant: boolean;
  /** On behalf of (one or more organisations). */
  organisations: { id: string; name: string }[];
  note: string | null;
}

export interface Body {
  id: string;
  programmeId: string;
  key: string;
  name: string;
  kind: BodyKind;
  purpose: string | null;
  mandate: string | null;
  frequencyText: string | null;
  durationText: string | null;
  nominal: NominalFrequency | null;
  /** Nesting: the body this one sits under. */
  parent: BodyRef | null;
  children: BodyRef[];
  /** Referral: where what exceeds its mandate goes (a body in Regietafel, or by name). */
  refersTo: BodyRef | null;
  refersToName: string | null;
  referredFrom: BodyRef[];
  /** The themes or nodes it steers, in tree order. */
  nodes: { id: string; code: string | null; title: string }[];
  seats: Seat[];
  /** Depth in the nesting (0 = top), for showing the list as a tree. */
  depth: number;
  isDemo: boolean;
  version: number;
}

export interface BodyListView {
  programmeId: string;
  programmeTitle: string;
  /** Depth first along the nesting. */
  bodies: Body[];
}

export interface MeetingSummary {
  id: string;
  bodyId: string;
  date: string;
  status: MeetingStatus;
  agendaItems: number;
  decisions: number;
  actions: number;
}

export interface BodyDetailView extends Body {
  programmeTitle: string;
  meetings: MeetingSummary[];
  /** The body's own reporting cycle (reporting periods with this body). */
  periods: { id: string; label: string; startDate: string; endDate: string; dueDate: string; lockedAt: string | null }[];
  openActions: ActionItem[];
}

export interface AgendaItem {
  id: string;
  position: number;
  title: string;
  notes: string | null;
  node: { id: string; code: string | null; title: string; status: ProgressStatus | null; percent: number | null } | null;
  /** For a node: results and points of attention reported since the body's previous meeting. */
  lookBack: {
    since: string | null;
    until: string;
    updates: (TerugblikUpdate & { nodeTitle: string; nodeCode: string | null; isDemo: boolean })[];
  } | null;
}

export interface Decision {
  id: string;
  meetingId: string;
  meetingDate: string;
  bodyId: string;
  bodyName: string;
  position: number;
  text: string;
  nodes: { id: string; code: string | null; title: string }[];
  adoptedDocuments: { title: string; reference: string | null }[];
  /** Optimistic concurrency for edits. */
  version: number;
}

export interface ActionItem {
  id: string;
  /** The meeting it was agreed in. */
  meetingId: string;
  meetingDate: string;
  bodyId: string;
  bodyName: string;
  position: number;
  text: string;
  ownerPerson: { id: string; name: string } | null;
  ownerOrganisation: { id: string; name: string } | null;
  deadline: string | null;
  status: ActionStatus;
  doneDate: string | null;
  /** Not done and the deadline has passed (today, or the meeting date for a meeting's view). */
  overdue: boolean;
  /** Optimistic concurrency for edits. */
  version: number;
}

export interface Meeting {
  id: string;
  programmeId: string;
  body: { id: string; name: string; kind: BodyKind };
  date: string;
  status: MeetingStatus;
  minutes: string | null;
  closedAt: string | null;
  closedBy: string | null;
  version: number;
  isDemo: boolean;
  previousMeeting: { id: string; date: string } | null;
  agenda: AgendaItem[];
  /** Actions from earlier meetings of the body that come back until done. */
  carriedActions: ActionItem[];
  decisions: Decision[];
  actions: ActionItem[];
}

export interface CalendarView {
  programmeId: string;
  year: number;
  rows: (CalendarRow & { bodyName: string; bodyKind: BodyKind })[];
}

export interface PersonBodiesView {
  personId: string;
  personName: string;
  seats: {
    seatId: string;
    role: string;
    body: BodyRef;
    programmeSlug: string;
    programmeTitle: string;
    organisations: { id: string; name: string }[];
  }[];
}

/** For the board report: decisions taken, and actions open, in a programme (one body, a period). */
export interface DecisionsAndActionsView {
  programmeId: string;
  bodyId: string | null;
  from: string | null;
  to: string | null;
  /** By meeting date, then position. */
  decisions: Decision[];
  /** Actions agreed up to `to` that were not done by then; oldest first. */
  openActions: ActionItem[];
}
