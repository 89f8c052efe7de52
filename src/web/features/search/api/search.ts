import type { SearchResponse } from '../../../../domain/search/responses';
import type { SearchKind } from '../../../../domain/search/vocabulary';
import { apiFetch, useApi } from '../../../lib/api';

export type { SearchResponse };

/** GET /api/search: grouped results of what the signed-in person (or visitor) may read. */
export function fetchSearch(q: string, kind: SearchKind | null): Promise<SearchResponse> {
  const params = new URLSearchParams({ q });
  if (kind) {
    params.set('kind', kind);
    params.set('limit', '50');
  }
  return apiFetch<SearchResponse>(`/search?${params.toString()}`);
}

export const useSearch = (q: string, kind: SearchKind | null) => useApi(`search:${kind ?? ''}:${q}`, () => fetchSearch(q, kind));
