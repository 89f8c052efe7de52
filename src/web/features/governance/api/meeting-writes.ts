import { apiFetch } from '../../../lib/api';
import { programmeBase, type ActionStatus } from './types';

const meetingUrl = (programme: string, meetingId: string) => `${programmeBase(programme)}/meetings/${encodeURIComponent(meetingId)}`;
const post = <T>(url: string, body?: object) => apiFetch<T>(url, { method: 'POST', ...(body ? { body: JSON.stringify(body) } : {}) });

export const planMeeting = (programme: string, bodyId: string, date: string) =>
  post<{ id: string }>(`${programmeBase(programme)}/bodies/${encodeURIComponent(bodyId)}/meetings`, { date });
export const addAgendaItem = (programme: string, meetingId: string, item: { title: string; nodeId: string | null; notes: string | null }) =>
  post<{ id: string }>(`${meetingUrl(programme, meetingId)}/agenda-items`, item);
export const removeAgendaItem = (programme: string, meetingId: string, itemId: string) =>
  apiFetch<null>(`${meetingUrl(programme, meetingId)}/agenda-items/${encodeURIComponent(itemId)}`, { method: 'DELETE' });
export const addDecision = (
  programme: string,
  meetingId: string,
  d: { text: string; nodeIds: string[]; adoptedDocuments: { title: string; reference: string | null }[] },
) => post<{ id: string }>(`${meetingUrl(programme, meetingId)}/decisions`, d);
export const addAction = (
  programme: string,
  meetingId: string,
  a: { text: string; ownerPersonId: string | null; ownerOrganisationId: string | null; deadline: string | null },
) => post<{ id: string }>(`${meetingUrl(programme, meetingId)}/actions`, a);
export const setActionStatus = (programme: string, meetingId: string, actionId: string, status: ActionStatus) =>
  apiFetch<null>(`${meetingUrl(programme, meetingId)}/actions/${encodeURIComponent(actionId)}/status`, {
    method: 'PUT',
    body: JSON.stringify({ status }),
  });
export const saveMinutes = (programme: string, meetingId: string, version: number, minutes: string) =>
  apiFetch<{ version: number }>(meetingUrl(programme, meetingId), { method: 'PUT', body: JSON.stringify({ version, minutes }) });
export const closeMeeting = (programme: string, meetingId: string) => post<null>(`${meetingUrl(programme, meetingId)}/close`);
export const makeCyclePeriods = (programme: string, bodyId: string, dates: string[], firstStart: string, labelPrefix: string) =>
  post<{ ids: string[] }>(`${programmeBase(programme)}/progress/periods`, { boardMeetings: { dates, firstStart, bodyId, labelPrefix } });
export const updateDecision = (
  programme: string,
  meetingId: string,
  decisionId: string,
  d: { version: number; text: string; nodeIds: string[]; adoptedDocuments: { title: string; reference: string | null }[] },
) =>
  apiFetch<{ version: number }>(`${meetingUrl(programme, meetingId)}/decisions/${encodeURIComponent(decisionId)}`, {
    method: 'PUT',
    body: JSON.stringify(d),
  });
export const deleteDecision = (programme: string, meetingId: string, decisionId: string, version: number) =>
  apiFetch<null>(`${meetingUrl(programme, meetingId)}/decisions/${encodeURIComponent(decisionId)}?version=${version}`, {
    method: 'DELETE',
  });
export const updateAction = (
  programme: string,
  meetingId: string,
  actionId: string,
  a: { version: number; text: string; ownerPersonId: string | null; ownerOrganisationId: string | null; deadline: string | null },
) =>
  apiFetch<{ version: number }>(`${meetingUrl(programme, meetingId)}/actions/${encodeURIComponent(actionId)}`, {
    method: 'PUT',
    body: JSON.stringify(a),
  });
export const deleteAction = (programme: string, meetingId: string, actionId: string, version: number) =>
  apiFetch<null>(`${meetingUrl(programme, meetingId)}/actions/${encodeURIComponent(actionId)}?version=${version}`, {
    method: 'DELETE',
  });
/** The board report for this meeting (the body's steered nodes, look-back since its previous meeting). */
export const meetingReportUrl = (programme: string, meetingId: string, format: 'docx' | 'pdf' | 'xlsx' | 'html', lang: 'nl' | 'en') =>
  `/api${programmeBase(programme)}/report?${new URLSearchParams({ format, lang, meeting: meetingId }).toString()}`;
