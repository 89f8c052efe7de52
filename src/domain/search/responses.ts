/**
 * Response shape of the search API: ONE source for the route's validation and OpenAPI, the search service's
 * return type and the results page (z.infer below; the web imports the types only). See docs/ARCHITECTURE.md,
 * "Response shapes: one source".
 */
import { z } from 'zod';
import { SEARCH_KINDS } from './vocabulary';

/** A piece of highlighted text: plain or a match (highlight.ts; the web renders it as text, never HTML). */
export const SegmentSchema = z.object({ text: z.string(), match: z.boolean() });

export const SearchMatchSchema = z.object({
  /** The field the words were found in (e.g. 'expectedResult'); the web names it. */
  field: z.string(),
  segments: z.array(SegmentSchema),
});

export const SearchItemSchema = z.object({
  kind: z.enum(SEARCH_KINDS),
  /** What the result opens: the programme, node, update, milestone, budget line (or node, for a funding note). */
  entityId: z.string(),
  /** Null for a kind that belongs to no programme. */
  programme: z.object({ id: z.string(), slug: z.string(), title: z.string() }).nullable(),
  nodeId: z.string().nullable(),
  /** Ancestors and the node itself as a reader names them: "A3 › II Zorg" (domain/programme/tree-order). */
  path: z.string().nullable(),
  title: z.string(),
  /** A date (progress update) or another short fact that tells results apart. */
  detail: z.string().nullable(),
  /** Read as a visitor: the result opens the public version, not the members' pages. */
  public: z.boolean(),
  matches: z.array(SearchMatchSchema),
});

export const SearchGroupSchema = z.object({
  kind: z.enum(SEARCH_KINDS),
  /** Results of this kind in all (the items are the best `limit` of them). */
  total: z.number().int(),
  items: z.array(SearchItemSchema),
});

export const SearchResponseSchema = z.object({
  query: z.string(),
  /** 'ok'; 'empty': nothing searchable was typed (or only very common words such as "de"). */
  state: z.enum(['ok', 'empty']),
  groups: z.array(SearchGroupSchema),
  /** Terms beyond the limit that were not used. */
  droppedTerms: z.number().int(),
  /** More matches than one answer reads (SEARCH_LIMITS.candidates): totals are lower bounds, "at least". */
  capped: z.boolean(),
});

export type Segment = z.infer<typeof SegmentSchema>;
export type SearchMatch = z.infer<typeof SearchMatchSchema>;
export type SearchItem = z.infer<typeof SearchItemSchema>;
export type SearchGroup = z.infer<typeof SearchGroupSchema>;
export type SearchResponse = z.infer<typeof SearchResponseSchema>;
