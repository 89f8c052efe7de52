import { apiFetch } from '../../../lib/api';
import { progressBase } from './base';

export type CreatePeriodsInput =
  | { quarters: { year: number; dueDaysAfterEnd: number } }
  | { boardMeetings: { dates: string[]; firstStart: string; dueDaysBefore: number } };

export const createPeriods = (programme: string, body: CreatePeriodsInput) =>
  apiFetch<{ ids: string[] }>(`${progressBase(programme)}/periods`, { method: 'POST', body: JSON.stringify(body) });
