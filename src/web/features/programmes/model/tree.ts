import type { Effort, Scope, TreeNodeData } from '../api/types';

export interface TreeNode {
  node: TreeNodeData;
  depth: number;
  children: TreeNode[];
}

/** Builds the goal tree from the flat node list; siblings by position. Orphans (unknown parent) become roots. */
export function buildTree(nodes: TreeNodeData[]): TreeNode[] {
  const ids = new Set(nodes.map((n) => n.id));
  const byParent = new Map<string | null, TreeNodeData[]>();
  for (const n of nodes) {
    const key = n.parentId !== null && ids.has(n.parentId) ? n.parentId : null;
    const list = byParent.get(key) ?? [];
    list.push(n);
    byParent.set(key, list);
  }
  const visit = (parentId: string | null, depth: number, seen: Set<string>): TreeNode[] =>
    (byParent.get(parentId) ?? [])
      .slice()
      .sort((a, b) => a.position - b.position)
      .filter((n) => !seen.has(n.id))
      .map((n) => {
        seen.add(n.id);
        return { node: n, depth, children: visit(n.id, depth + 1, seen) };
      });
  return visit(null, 0, new Set());
}

/** The programme's own name for a depth; deeper than the labels go, the last label repeats. */
export function levelLabel(levelLabels: string[], depth: number): string {
  return levelLabels[Math.min(depth, levelLabels.length - 1)] ?? '';
}

export interface TreeFilter {
  ownerId: string;
  /** A partner key (`org:<uuid>` or `group:<name>`). */
  partnerId: string;
  scope: Scope | '';
  text: string;
  /** An organisation: the nodes where it commits, also through a group it belongs to (from the server). */
  organisationId: string;
}

export const NO_FILTER: TreeFilter = { ownerId: '', partnerId: '', scope: '', text: '', organisationId: '' };

export function isFiltering(f: TreeFilter): boolean {
  return f.ownerId !== '' || f.partnerId !== '' || f.scope !== '' || f.text.trim() !== '' || f.organisationId !== '';
}

function matches(n: TreeNodeData, f: TreeFilter, partnerNodes: Set<string>, committed: ReadonlySet<string> | null): boolean {
  if (f.ownerId && n.ownerOrganisation?.id !== f.ownerId) return false;
  if (f.organisationId && !committed?.has(n.id)) return false;
  if (f.scope && n.scope !== f.scope) return false;
  if (f.partnerId && !partnerNodes.has(n.id)) return false;
  const q = f.text.trim().toLocaleLowerCase('nl');
  if (q) {
    // Alternative names count as the node's own: the programme may call it by another name.
    const hay = [n.code, n.title, n.description, ...(n.aliases ?? [])].filter(Boolean).join(' ').toLocaleLowerCase('nl');
    if (!hay.includes(q)) return false;
  }
  return true;
}

/**
 * Keeps the nodes that match and their ancestors (so a match is shown in its place in the tree).
 * A partner matches a node where it has an effort other than "geen". `committed`: the nodes where the
 * chosen organisation commits (own effort, a group's effort, owner, trekker, participating gemeente).
 */
export function filterTree(tree: TreeNode[], f: TreeFilter, efforts: Effort[], committed: ReadonlySet<string> | null = null): TreeNode[] {
  if (!isFiltering(f)) return tree;
  const partnerNodes = new Set(efforts.filter((e) => e.partnerKey === f.partnerId && !e.geen).flatMap((e) => e.goalIds));
  const prune = (list: TreeNode[]): TreeNode[] =>
    list.flatMap((t) => {
      const children = prune(t.children);
      return matches(t.node, f, partnerNodes, committed) || children.length > 0 ? [{ ...t, children }] : [];
    });
  return prune(tree);
}

/** Ids of all nodes in the tree, depth first: the order the overview shows them in. */
export function flatten(tree: TreeNode[]): TreeNode[] {
  return tree.flatMap((t) => [t, ...flatten(t.children)]);
}

/** How a node is named in running text and lists: "1.2 Titel", or the title alone without a code. */
export function nodeName(n: { code: string | null; title: string }): string {
  return n.code ? `${n.code} ${n.title}` : n.title;
}
