import type { Segment } from './highlight';

/** The result groups, in the order the answer and the results page show them. */
export const SEARCH_KINDS = ['programme', 'node', 'update', 'milestone', 'budget', 'service', 'practice', 'initiative', 'list'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchMatch {
  /** The field the words were found in (e.g. 'expectedResult'); the web names it. */
  field: string;
  segments: Segment[];
}

export interface SearchItem {
  kind: SearchKind;
  /** What the result opens: the programme, node, update, milestone, budget line (or node, for a funding note). */
  entityId: string;
  /** Null for a kind that belongs to no programme. */
  programme: { id: string; slug: string; title: string } | null;
  nodeId: string | null;
  /** Ancestors and the node itself as a reader names them: "A3 › II Zorg" (domain/programme/tree-order). */
  path: string | null;
  title: string;
  /** A date (progress update) or another short fact that tells results apart. */
  detail: string | null;
  /** Read as a visitor: the result opens the public version, not the members' pages. */
  public: boolean;
  matches: SearchMatch[];
}

export interface SearchGroup {
  kind: SearchKind;
  /** Results of this kind in all (the items are the best `limit` of them). */
  total: number;
  items: SearchItem[];
}

export interface SearchResponse {
  query: string;
  /** 'ok'; 'empty': nothing searchable was typed (or only very common words such as "de"). */
  state: 'ok' | 'empty';
  groups: SearchGroup[];
  /** Terms beyond the limit that were not used. */
  droppedTerms: number;
  /** More matches than one answer reads (SEARCH_LIMITS.candidates): totals are lower bounds, "at least". */
  capped: boolean;
}
