import { apiFetch, useApi } from '../../../lib/api';
import { progressBase } from './base';
import type { NodeHistory } from './types';

export const fetchNodeHistory = (programme: string, nodeId: string) =>
  apiFetch<NodeHistory>(`${progressBase(programme)}/nodes/${encodeURIComponent(nodeId)}`);
export const useNodeHistory = (programme: string, nodeId: string, revision = 0) =>
  useApi(`node-history:${programme}:${nodeId}:${revision}`, () => fetchNodeHistory(programme, nodeId));
