import { DomainError } from '../shared/errors';

/** The shape the tree rules need: identity, parent and order among siblings. */
export interface TreeItem {
  id: string;
  parentId: string | null;
  position: number;
}

export type Nested<T> = T & { children: Nested<T>[] };

/** Children per parent (null = roots), each list sorted by position. */
export function childrenByParent<T extends TreeItem>(items: readonly T[]): Map<string | null, T[]> {
  const map = new Map<string | null, T[]>();
  for (const it of items) {
    const list = map.get(it.parentId) ?? [];
    list.push(it);
    map.set(it.parentId, list);
  }
  for (const list of map.values()) list.sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  return map;
}

/** Depth-first, siblings in order: the order a reader of the document sees the nodes. */
export function depthFirst<T extends TreeItem>(items: readonly T[]): T[] {
  const kids = childrenByParent(items);
  const out: T[] = [];
  const visit = (parent: string | null) => {
    for (const c of kids.get(parent) ?? []) {
      out.push(c);
      visit(c.id);
    }
  };
  visit(null);
  return out;
}

export function nest<T extends TreeItem>(items: readonly T[]): Nested<T>[] {
  const kids = childrenByParent(items);
  const build = (parent: string | null): Nested<T>[] => (kids.get(parent) ?? []).map((c) => ({ ...c, children: build(c.id) }));
  return build(null);
}

/** Ids of the node and everything below it. */
export function subtreeIds(items: readonly TreeItem[], rootId: string): Set<string> {
  const kids = childrenByParent(items);
  const out = new Set<string>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (out.has(id)) continue;
    out.add(id);
    for (const c of kids.get(id) ?? []) stack.push(c.id);
  }
  return out;
}

/** Depth of each node, 0 for roots. */
export function depths(items: readonly TreeItem[]): Map<string, number> {
  const byId = new Map(items.map((i) => [i.id, i]));
  const out = new Map<string, number>();
  const depthOf = (id: string, seen: Set<string>): number => {
    const known = out.get(id);
    if (known !== undefined) return known;
    const it = byId.get(id);
    if (!it || it.parentId === null || seen.has(id)) return 0;
    seen.add(id);
    const d = depthOf(it.parentId, seen) + 1;
    out.set(id, d);
    return d;
  };
  for (const it of items) out.set(it.id, depthOf(it.id, new Set()));
  return out;
}

/** Refuse a move that would put a node under itself or under one of its descendants. */
export function assertCanReparent(items: readonly TreeItem[], nodeId: string, newParentId: string | null): void {
  if (newParentId === null) return;
  if (!items.some((i) => i.id === newParentId)) {
    throw new DomainError('VALIDATION_FAILED', 'Het nieuwe bovenliggende element hoort niet bij dit programma.', [
      { field: 'parentId', reason: 'onbekend element in dit programma' },
    ]);
  }
  if (subtreeIds(items, nodeId).has(newParentId)) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'Een element kan niet onder zichzelf of onder een van zijn eigen onderliggende elementen worden geplaatst.',
      [{ field: 'parentId', reason: 'dit zou een kring in de boom maken' }],
    );
  }
}

/**
 * Positions after moving `nodeId` to (`newParentId`, `position`): both the old and the new
 * sibling lists are renumbered 0..n-1 without gaps. Position is clamped to the list length.
 * Returns the items whose parent or position changed.
 */
export function planMove<T extends TreeItem>(
  items: readonly T[],
  nodeId: string,
  newParentId: string | null,
  position: number,
): TreeItem[] {
  assertCanReparent(items, nodeId, newParentId);
  const moving = items.find((i) => i.id === nodeId);
  if (!moving) throw new DomainError('NOT_FOUND', `Element '${nodeId}' bestaat niet.`, { id: nodeId });
  const kids = childrenByParent(items);
  const oldSiblings = (kids.get(moving.parentId) ?? []).filter((i) => i.id !== nodeId);
  const newSiblings = moving.parentId === newParentId ? oldSiblings : (kids.get(newParentId) ?? []).slice();
  const at = Math.max(0, Math.min(Math.trunc(position), newSiblings.length));
  newSiblings.splice(at, 0, moving);
  const next = new Map<string, TreeItem>();
  const assign = (list: TreeItem[], parentId: string | null) =>
    list.forEach((it, i) => next.set(it.id, { id: it.id, parentId, position: i }));
  if (moving.parentId !== newParentId) assign(oldSiblings, moving.parentId);
  assign(newSiblings, newParentId);
  return [...next.values()].filter((n) => {
    const before = items.find((i) => i.id === n.id);
    return !before || before.parentId !== n.parentId || before.position !== n.position;
  });
}

export type NumberStyle = 'getal' | 'romeins' | 'letter';

export function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** 1 → "A", 26 → "Z", 27 → "AA". */
export function letters(n: number): string {
  let rest = n;
  let out = '';
  while (rest > 0) {
    const r = (rest - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    rest = Math.floor((rest - 1) / 26);
  }
  return out;
}

function numeral(n: number, style: NumberStyle): string {
  if (style === 'romeins') return roman(n);
  if (style === 'letter') return letters(n);
  return String(n);
}

/**
 * New codes for the subtree under `parentId` (null = the whole tree), in document order:
 * "1", "1.1", "1.1.2", … with one numbering style per depth (the last style repeats).
 * Codes of nodes above `parentId` are kept as prefix: renumbering under "2.3" gives "2.3.1".
 */
export function renumber(
  items: readonly (TreeItem & { code: string | null })[],
  parentId: string | null,
  styles: readonly NumberStyle[] = ['getal'],
): Map<string, string> {
  const kids = childrenByParent(items);
  const d = depths(items);
  const out = new Map<string, string>();
  const prefixOf = (id: string | null) => (id === null ? '' : (items.find((i) => i.id === id)?.code ?? ''));
  const visit = (parent: string | null, prefix: string) => {
    (kids.get(parent) ?? []).forEach((c, i) => {
      const depth = d.get(c.id) ?? 0;
      const style = styles[Math.min(depth, styles.length - 1)] ?? 'getal';
      const code = prefix === '' ? numeral(i + 1, style) : `${prefix}.${numeral(i + 1, style)}`;
      out.set(c.id, code);
      visit(c.id, code);
    });
  };
  visit(parentId, prefixOf(parentId));
  return out;
}
