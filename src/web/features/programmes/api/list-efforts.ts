import { apiFetch, useApi } from '../../../lib/api';
import type { Effort } from './types';

export const fetchEfforts = (programme: string) => apiFetch<{ items: Effort[] }>(`/programmes/${encodeURIComponent(programme)}/efforts`);

export const useEfforts = (programme: string, revision = 0) => useApi(`efforts:${programme}:${revision}`, () => fetchEfforts(programme));
