import { apiFetch, useApi } from '../../../lib/api';
import { progressBase } from './base';
import type { Timeline } from './types';

export const fetchTimeline = (programme: string) => apiFetch<Timeline>(`${progressBase(programme)}/timeline`);
export const useTimeline = (programme: string) => useApi(`timeline:${programme}`, () => fetchTimeline(programme));
