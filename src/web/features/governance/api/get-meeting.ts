import { apiFetch, useApi } from '../../../lib/api';
import { programmeBase, type Meeting } from './types';

export const fetchMeeting = (programme: string, meetingId: string) =>
  apiFetch<Meeting>(`${programmeBase(programme)}/meetings/${encodeURIComponent(meetingId)}`);
export const useMeeting = (programme: string, meetingId: string, revision = 0) =>
  useApi(`meeting:${programme}:${meetingId}:${revision}`, () => fetchMeeting(programme, meetingId));
