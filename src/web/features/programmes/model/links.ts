import type { LinkKind } from '../../../../domain/programme/vocabulary';
import type { NodeLink } from '../api/get-node';
import type { TreeNodeData } from '../api/types';
import { inTreeOrder, type PlacedNode } from './move';

/**
 * Nodes this node can link to with `kind`: not itself, and not a node it already links to with
 * the same kind (the server refuses both). `nodes` may be another programme's tree.
 */
export function linkTargets(nodes: readonly TreeNodeData[], selfId: string, links: readonly NodeLink[], kind: LinkKind): PlacedNode[] {
  const taken = new Set(links.filter((l) => l.direction === 'uit' && l.kind === kind).map((l) => l.node.id));
  return inTreeOrder(nodes).filter((p) => p.node.id !== selfId && !taken.has(p.node.id));
}

/** An option label that shows the tree's shape in a select: indented by depth, with level and code. */
export function indentedLabel(p: PlacedNode, levelLabel: string): string {
  const indent = '\u00a0\u00a0\u00a0'.repeat(p.depth);
  return `${indent}${[levelLabel, p.node.code, p.node.title].filter(Boolean).join(' ')}`;
}
