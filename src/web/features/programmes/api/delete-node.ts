import { apiFetch } from '../../../lib/api';
import { nodePath } from './get-node';

/** Deletes the node with everything under it (and efforts that served only those nodes); stale `version` → 409. */
export const deleteNode = (programme: string, node: string, version: number) =>
  apiFetch<null>(`${nodePath(programme, node)}?version=${version}`, { method: 'DELETE' });
