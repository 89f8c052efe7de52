/** Shapes of the governance API, as the UI uses them: the read models the server builds. */
export type {
  ActionItem,
  AgendaItem,
  Body,
  BodyDetailView,
  BodyListView,
  BodyRef,
  CalendarView,
  Decision,
  Meeting,
  PersonBodiesView,
  Seat,
} from '../../../../domain/governance/responses';
export type { ActionStatus, BodyKind } from '../../../../domain/governance/vocabulary';
export { ACTION_STATUSES, BODY_KINDS } from '../../../../domain/governance/vocabulary';

/** The governance API of one programme (by slug or id). */
export const programmeBase = (programme: string) => `/programmes/${encodeURIComponent(programme)}`;
/** Web addresses of the governance pages. */
export const bodiesPath = (programme: string) => `/programmas/${encodeURIComponent(programme)}/overleg`;
export const bodyPath = (programme: string, bodyId: string) => `${bodiesPath(programme)}/${encodeURIComponent(bodyId)}`;
export const calendarPath = (programme: string, year?: number) => `${bodiesPath(programme)}/kalender${year ? `?jaar=${year}` : ''}`;
export const meetingPath = (programme: string, meetingId: string) =>
  `/programmas/${encodeURIComponent(programme)}/vergaderingen/${encodeURIComponent(meetingId)}`;
export const personPath = (personId: string) => `/personen/${encodeURIComponent(personId)}`;
