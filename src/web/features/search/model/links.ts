import type { SearchItem } from '../../../../domain/search/responses';

/**
 * Where a result leads: members to the programme's own pages, a visitor (or a signed-in person who
 * is not a member) to the public version, at the node when there is one.
 */
export function resultHref(item: SearchItem): string {
  const p = item.programme;
  // A kind without a programme has its own page (docs/search.md, "Adding a kind").
  if (item.kind === 'service') return `/sociale-kaart/${item.entityId}`;
  if (item.kind === 'practice') return `/goede-praktijken/${item.entityId}`;
  if (!p) return '/zoeken';
  if (item.public) {
    const base = `/publiek/${encodeURIComponent(p.slug)}`;
    return item.nodeId ? `${base}#node-${item.nodeId}` : base;
  }
  const base = `/programmas/${p.id}`;
  switch (item.kind) {
    case 'programme':
      return base;
    case 'node':
      return item.nodeId ? `${base}/elementen/${item.nodeId}` : base;
    case 'update':
    case 'milestone':
      return item.nodeId ? `${base}/voortgang/elementen/${item.nodeId}` : `${base}/voortgang`;
    case 'budget':
      return `${base}/financien`;
    case 'initiative':
    case 'list':
      return item.nodeId ? `${base}/elementen/${item.nodeId}` : base;
  }
}

/** The results page's address for a query (and optionally one kind). */
export function searchHref(q: string, kind?: string): string {
  const params = new URLSearchParams({ q });
  if (kind) params.set('soort', kind);
  return `/zoeken?${params.toString()}`;
}
