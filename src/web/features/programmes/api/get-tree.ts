import { apiFetch, useApi } from '../../../lib/api';
import type { Programme, TreeNodeData } from './types';

/** The whole tree, flat (parentId + position, depth-first order). */
export const fetchTree = (programme: string) =>
  apiFetch<{ programme: Programme; nodes: TreeNodeData[] }>(`/programmes/${encodeURIComponent(programme)}/tree?shape=flat`);

export const useTree = (programme: string, revision = 0) => useApi(`tree:${programme}:${revision}`, () => fetchTree(programme));
