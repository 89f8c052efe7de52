import type { IsoDate } from '../progress/dates';
import type { TerugblikUpdate } from '../progress/terugblik';

/**
 * What an agenda item about a node pulls in: the updates on the node and everything under it,
 * dated after `since` (the body's previous meeting; null = no earlier meeting) up to `until` (the
 * meeting), that report results or points of attention. Oldest first.
 */
export function agendaLookBack(
  nodes: readonly { id: string; parentId: string | null }[],
  updates: readonly TerugblikUpdate[],
  nodeId: string,
  since: IsoDate | null,
  until: IsoDate,
): TerugblikUpdate[] {
  const children = new Map<string, string[]>();
  for (const n of nodes) if (n.parentId) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n.id]);
  const subtree = new Set<string>();
  const stack = [nodeId];
  while (stack.length > 0) {
    const id = stack.pop();
    if (id === undefined || subtree.has(id)) continue;
    subtree.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return updates
    .filter(
      (u) =>
        subtree.has(u.nodeId) &&
        (since === null || u.date > since) &&
        u.date <= until &&
        (!!u.results?.trim() || !!u.attentionPoints?.trim()),
    )
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id.localeCompare(b.id)));
}
