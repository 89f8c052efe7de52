import { apiFetch } from '../../../lib/api';
import { progressBase } from './base';

export const lockPeriod = (programme: string, periodId: string) =>
  apiFetch<{ nodes: number }>(`${progressBase(programme)}/periods/${encodeURIComponent(periodId)}/lock`, { method: 'POST' });
