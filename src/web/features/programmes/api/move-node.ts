import { apiFetch } from '../../../lib/api';
import { nodePath, type NodeDetail } from './get-node';

/**
 * Move a node under `parentId` (null = top level) at `position` among its new siblings (0 = first),
 * or reorder it with the same parent. The subtree goes along; a stale `version` gets HTTP 409.
 */
export const moveNode = (programme: string, node: string, version: number, parentId: string | null, position: number) =>
  apiFetch<NodeDetail>(`${nodePath(programme, node)}/move`, { method: 'POST', body: JSON.stringify({ version, parentId, position }) });
