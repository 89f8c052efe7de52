import { apiFetch, useApi } from '../../../lib/api';
import { progressBase } from './base';
import type { MyUpdates } from './types';

export const fetchMyUpdates = (programme: string) => apiFetch<MyUpdates>(`${progressBase(programme)}/my-updates`);
export const useMyUpdates = (programme: string) => useApi(`my-updates:${programme}`, () => fetchMyUpdates(programme));
