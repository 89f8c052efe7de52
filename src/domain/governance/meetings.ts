import { addDays, type IsoDate } from '../progress/dates';
import { DomainError } from '../shared/errors';
import { isActionDone, type ActionStatus, type MeetingStatus } from './vocabulary';

/** A closed meeting is read-only: its agenda, minutes, decisions and actions stay as they were. */
export function assertMeetingOpen(meeting: { status: MeetingStatus; date: IsoDate }, what: string): void {
  if (meeting.status === 'gesloten') {
    const d = `${meeting.date.slice(8, 10)}-${meeting.date.slice(5, 7)}-${meeting.date.slice(0, 4)}`;
    throw new DomainError('CONFLICT', `De vergadering van ${d} is gesloten: ${what} kan niet meer worden gewijzigd.`, [
      { field: 'status', reason: 'De vergadering is gesloten en alleen nog te lezen.' },
    ]);
  }
}

export interface CarryMeeting {
  id: string;
  bodyId: string;
  date: IsoDate;
}

export interface CarryAction {
  id: string;
  meetingId: string;
  status: ActionStatus;
  /** The date of the meeting in which it was marked done (null while open). */
  doneDate: IsoDate | null;
}

/**
 * The actions that come back on `target`'s agenda: those agreed in an earlier meeting of the same
 * body (by date) that were not yet done before this meeting. An action marked done in a meeting
 * still shows there (that is where it was closed off) and no longer at later ones.
 */
export function carriedActions<A extends CarryAction>(actions: readonly A[], meetings: readonly CarryMeeting[], target: CarryMeeting): A[] {
  const byId = new Map(meetings.map((m) => [m.id, m]));
  return actions.filter((a) => {
    const origin = byId.get(a.meetingId);
    if (!origin || origin.bodyId !== target.bodyId || origin.id === target.id) return false;
    if (!(origin.date < target.date || (origin.date === target.date && origin.id < target.id))) return false;
    if (!isActionDone(a.status)) return true;
    return a.doneDate !== null && a.doneDate >= target.date;
  });
}

/** The body's meeting before `target` (by date), whose date starts the look-back of its agenda items. */
export function previousMeeting<M extends CarryMeeting>(meetings: readonly M[], target: CarryMeeting): M | null {
  const earlier = meetings
    .filter(
      (m) => m.bodyId === target.bodyId && m.id !== target.id && (m.date < target.date || (m.date === target.date && m.id < target.id)),
    )
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return earlier[0] ?? null;
}

/**
 * Whether an action's status may be set from `meeting`: the meeting must be open and the action
 * on its agenda (agreed there, or carried into it).
 */
export function assertActionEditableIn<A extends CarryAction>(
  action: A,
  meeting: CarryMeeting & { status: MeetingStatus },
  actions: readonly A[],
  meetings: readonly CarryMeeting[],
): void {
  assertMeetingOpen(meeting, 'een actiepunt');
  const here = action.meetingId === meeting.id || carriedActions(actions, meetings, meeting).some((a) => a.id === action.id);
  if (!here) {
    throw new DomainError('CONFLICT', 'Dit actiepunt staat niet op de agenda van deze vergadering en kan daar niet worden bijgewerkt.', [
      { field: 'actionId', reason: 'Niet op de agenda van deze vergadering.' },
    ]);
  }
}

/** Open actions as of `asOf`: not done, or done only after that date. */
export function openActionsAsOf<A extends CarryAction & { originDate: IsoDate }>(actions: readonly A[], asOf: IsoDate): A[] {
  return actions.filter((a) => a.originDate <= asOf && (!isActionDone(a.status) || (a.doneDate !== null && a.doneDate > asOf)));
}

/**
 * A body's reporting cycle from its meetings: the meeting dates that have no period yet (after the
 * last period's end), each becoming a period up to that meeting; the first starts the day after the
 * last period, or after the meeting before it, or `fallbackDays` before the first meeting.
 */
export function cycleFromMeetings(
  meetingDates: readonly IsoDate[],
  periods: readonly { endDate: IsoDate }[],
  fallbackDays = 60,
): { dates: IsoDate[]; firstStart: IsoDate } | null {
  const sorted = [...new Set(meetingDates)].sort();
  const lastEnd =
    periods
      .map((p) => p.endDate)
      .sort()
      .pop() ?? null;
  const dates = sorted.filter((d) => lastEnd === null || d > lastEnd);
  const first = dates[0];
  if (first === undefined) return null;
  const before = sorted.filter((d) => d < first).pop();
  const start = lastEnd ?? before ?? null;
  return { dates, firstStart: start !== null ? addDays(start, 1) : addDays(first, -fallbackDays) };
}
