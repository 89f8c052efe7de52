import { childrenByParent, subtreeIds } from '../../../../domain/programme/tree';
import type { TreeNodeData } from '../api/types';

export interface PlacedNode {
  node: TreeNodeData;
  depth: number;
}

/** All nodes depth first with their depth; siblings in the same order the server uses (position, then id). */
export function inTreeOrder(nodes: readonly TreeNodeData[]): PlacedNode[] {
  const kids = childrenByParent(nodes);
  const out: PlacedNode[] = [];
  const seen = new Set<string>();
  const visit = (parentId: string | null, depth: number) => {
    for (const n of kids.get(parentId) ?? []) {
      if (seen.has(n.id)) continue;
      seen.add(n.id);
      out.push({ node: n, depth });
      visit(n.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/**
 * The parents a node may move under: every node except the node itself and its descendants
 * (the server refuses those: they would make a cycle).
 */
export function moveTargets(nodes: readonly TreeNodeData[], nodeId: string): PlacedNode[] {
  const excluded = subtreeIds(nodes, nodeId);
  return inTreeOrder(nodes).filter((p) => !excluded.has(p.node.id));
}

/** Targets whose code or title contains the text (case-insensitive); all of them for an empty text. */
export function filterTargets(targets: readonly PlacedNode[], text: string): PlacedNode[] {
  const q = text.trim().toLocaleLowerCase('nl');
  if (!q) return [...targets];
  return targets.filter((t) => `${t.node.code ?? ''} ${t.node.title}`.toLocaleLowerCase('nl').includes(q));
}

/** The children of `parentId` other than the moving node, in order: a move's position indexes this list. */
export function siblingsUnder(nodes: readonly TreeNodeData[], parentId: string | null, nodeId: string): TreeNodeData[] {
  return (childrenByParent(nodes).get(parentId) ?? []).filter((n) => n.id !== nodeId);
}

export interface Place {
  parentId: string | null;
  /** 0-based among the siblings. */
  index: number;
  /** Number of siblings including the node. */
  count: number;
}

export function placeOf(nodes: readonly TreeNodeData[], nodeId: string): Place | null {
  const node = nodes.find((n) => n.id === nodeId);
  if (!node) return null;
  const siblings = childrenByParent(nodes).get(node.parentId) ?? [];
  return { parentId: node.parentId, index: siblings.findIndex((n) => n.id === nodeId), count: siblings.length };
}

/** The move that swaps a node with its previous (-1) or next (+1) sibling; null at the edge. */
export function reorderStep(
  nodes: readonly TreeNodeData[],
  nodeId: string,
  step: -1 | 1,
): { parentId: string | null; position: number } | null {
  const place = placeOf(nodes, nodeId);
  if (!place) return null;
  const position = place.index + step;
  if (position < 0 || position >= place.count) return null;
  return { parentId: place.parentId, position };
}

/** True when (parentId, position) is where the node already is. */
export function isSamePlace(nodes: readonly TreeNodeData[], nodeId: string, parentId: string | null, position: number): boolean {
  const place = placeOf(nodes, nodeId);
  return place !== null && place.parentId === parentId && place.index === position;
}
