import type { LinkKind } from '../../../../domain/programme/vocabulary';
import { apiFetch } from '../../../lib/api';
import { nodePath } from './get-node';

/** A link from this node to any node, also in another programme; the same target and kind twice → 409. */
export const createLink = (programme: string, node: string, input: { toNodeId: string; kind: LinkKind; note: string | null }) =>
  apiFetch<{ id: string }>(`${nodePath(programme, node)}/links`, { method: 'POST', body: JSON.stringify(input) });
