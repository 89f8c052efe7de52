/**
 * Which nodes the initiative form offers as checkboxes. A programme of 2,000 nodes cannot show 2,000
 * checkboxes: without a search the top level (the themes an initiative usually relates to) is shown,
 * with a search the nodes whose code or title contains it (at most CHOICE_LIMIT); the nodes already
 * chosen always stay in view, so a choice can be undone.
 */
export const CHOICE_LIMIT = 25;

export interface ChoosableNode {
  id: string;
  parentId?: string | null;
  code: string | null;
  title: string;
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl');

export function nodesToOffer<N extends ChoosableNode>(
  nodes: readonly N[],
  chosen: readonly string[],
  search: string,
): { shown: N[]; more: number } {
  const q = fold(search.trim());
  const matches = q ? nodes.filter((n) => fold([n.code, n.title].filter(Boolean).join(' ')).includes(q)) : nodes.filter((n) => !n.parentId);
  const picked = new Set(matches.slice(0, CHOICE_LIMIT).map((n) => n.id));
  for (const id of chosen) picked.add(id);
  // Tree order as given; a chosen node outside the matches keeps its place.
  const shown = nodes.filter((n) => picked.has(n.id));
  return { shown, more: Math.max(0, matches.length - CHOICE_LIMIT) };
}
