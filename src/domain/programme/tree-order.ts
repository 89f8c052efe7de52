import { depthFirst, type TreeItem } from './tree';

/**
 * The one order every list of nodes follows: the tree, depth first, siblings by position (the order
 * a reader of the programme document meets them). Lists outside the tree (planning, look-back,
 * dashboard, "mijn updates", exports) sort by `treeRank` and break ties with it, never by id.
 */

/** Depth-first order; nodes whose parent is missing (a filtered list) follow at the end, in position order. */
export function treeOrder<T extends TreeItem>(items: readonly T[]): T[] {
  const ordered = depthFirst(items);
  if (ordered.length === items.length) return ordered;
  const seen = new Set(ordered.map((i) => i.id));
  const rest = items.filter((i) => !seen.has(i.id));
  // An orphan's subtree keeps its own depth-first order.
  const orphanRoots = rest.filter((i) => i.parentId === null || !rest.some((r) => r.id === i.parentId));
  const asRoots = depthFirst(rest.map((i) => (orphanRoots.includes(i) ? { ...i, parentId: null } : i)));
  const byId = new Map(rest.map((i) => [i.id, i]));
  return [...ordered, ...asRoots.flatMap((i) => byId.get(i.id) ?? [])];
}

/** Rank of each node id in tree order (0 = first). */
export function treeRank(items: readonly TreeItem[]): Map<string, number> {
  return new Map(treeOrder(items).map((i, index) => [i.id, index]));
}

/** A comparator on node ids by tree order; unknown ids last. */
export function byTreeOrder(rank: ReadonlyMap<string, number>): (a: string, b: string) => number {
  return (a, b) => (rank.get(a) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b) ?? Number.MAX_SAFE_INTEGER);
}

export interface PathItem {
  id: string;
  parentId: string | null;
  code: string | null;
  title: string;
}

/** How a node is named in a path: its code when it has one, else its title. */
export function pathStep(n: Pick<PathItem, 'code' | 'title'>): string {
  return n.code?.trim() ? n.code.trim() : n.title;
}

/**
 * The ancestors of a node as a reader names them, top first: ["Secundaire preventie", "2"], so
 * "1" under P and "1" under S can be told apart outside the tree. Empty for a top-level node.
 */
export function ancestorPath(items: ReadonlyMap<string, PathItem>, id: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>([id]);
  for (let cur = items.get(id)?.parentId ?? null; cur !== null && !seen.has(cur);) {
    seen.add(cur);
    const p = items.get(cur);
    if (!p) break;
    out.unshift(pathStep(p));
    cur = p.parentId;
  }
  return out;
}

export const PATH_SEPARATOR = ' › ';

/** "Secundaire preventie › 2 Provinciedekkende pilot": the path, then the node's code and title. */
export function pathLabel(items: ReadonlyMap<string, PathItem>, id: string): string {
  const n = items.get(id);
  if (!n) return '';
  const own = n.code?.trim() ? `${n.code.trim()} ${n.title}` : n.title;
  return [...ancestorPath(items, id), own].join(PATH_SEPARATOR);
}
