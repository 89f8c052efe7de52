import type { IsoDate } from './dates';
import type { ProgressStatus } from './status';

export interface TerugblikNode {
  id: string;
  parentId: string | null;
}

export interface TerugblikUpdate {
  id: string;
  nodeId: string;
  date: IsoDate;
  status: ProgressStatus;
  percent: number | null;
  results: string | null;
  attentionPoints: string | null;
  authorLabel: string;
}

export interface TerugblikTheme {
  /** The top-level node (theme, pijler, hoofddoel…) the updates fall under. */
  themeId: string;
  updates: TerugblikUpdate[];
}

/**
 * Look back before a board meeting: per theme, the updates dated after `since` (exclusive; the end
 * of the previous period, or null for everything) up to `until` (inclusive) that report results
 * or points of attention. Themes follow the order of `themeOrder`; updates oldest first, and
 * updates of the same date in tree order (`rank`, node id → position depth first), never by id.
 */
export function terugblik(
  nodes: readonly TerugblikNode[],
  updates: readonly TerugblikUpdate[],
  since: IsoDate | null,
  until: IsoDate,
  themeOrder: readonly string[],
  rank: ReadonlyMap<string, number> = new Map(),
): TerugblikTheme[] {
  const rankOf = (nodeId: string) => rank.get(nodeId) ?? Number.MAX_SAFE_INTEGER;
  const parent = new Map(nodes.map((n) => [n.id, n.parentId]));
  const themeOf = (id: string): string => {
    let cur = id;
    const seen = new Set<string>();
    for (;;) {
      const p = parent.get(cur);
      if (p === null || p === undefined || seen.has(p)) return cur;
      seen.add(cur);
      cur = p;
    }
  };
  const byTheme = new Map<string, TerugblikUpdate[]>();
  for (const u of updates) {
    if ((since !== null && u.date <= since) || u.date > until) continue;
    if (!u.results?.trim() && !u.attentionPoints?.trim()) continue;
    const theme = themeOf(u.nodeId);
    const list = byTheme.get(theme);
    if (list) list.push(u);
    else byTheme.set(theme, [u]);
  }
  return themeOrder
    .filter((id) => byTheme.has(id))
    .map((themeId) => ({
      themeId,
      updates: (byTheme.get(themeId) ?? []).sort((a, b) =>
        a.date < b.date ? -1 : a.date > b.date ? 1 : rankOf(a.nodeId) - rankOf(b.nodeId),
      ),
    }));
}
