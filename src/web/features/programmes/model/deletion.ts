import { subtreeIds } from '../../../../domain/programme/tree';
import type { Effort, TreeNodeData } from '../api/types';
import { inTreeOrder } from './move';

export interface DeletionImpact {
  /** Everything under the node, in tree order: deleted with it. */
  descendants: TreeNodeData[];
  /** Efforts that serve only deleted nodes: the server deletes them too. */
  effortsRemoved: Effort[];
  /** Efforts that also serve other goals: they stay, without the deleted goals. */
  effortsKept: Effort[];
}

/** What deleting a node takes with it, by the same rule as services/programme/delete-node. */
export function deletionImpact(nodes: readonly TreeNodeData[], efforts: readonly Effort[], nodeId: string): DeletionImpact {
  const doomed = subtreeIds(nodes, nodeId);
  const touching = efforts.filter((e) => e.goalIds.some((g) => doomed.has(g)));
  return {
    descendants: inTreeOrder(nodes)
      .map((p) => p.node)
      .filter((n) => n.id !== nodeId && doomed.has(n.id)),
    effortsRemoved: touching.filter((e) => e.goalIds.every((g) => doomed.has(g))),
    effortsKept: touching.filter((e) => e.goalIds.some((g) => !doomed.has(g))),
  };
}
