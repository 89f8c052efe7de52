import { apiFetch, useApi } from '../../../lib/api';
import { programmeBase, type CalendarView } from './types';

export const fetchCalendar = (programme: string, year: number) =>
  apiFetch<CalendarView>(`${programmeBase(programme)}/governance/calendar?year=${year}`);
export const useCalendar = (programme: string, year: number) =>
  useApi(`calendar:${programme}:${year}`, () => fetchCalendar(programme, year));
