import { z } from 'zod';
import { SEARCH_LIMITS } from '../../domain/search/query';
import { SEARCH_KINDS } from '../../domain/search/views';

export const SearchQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .min(1, 'Typ een zoekterm.')
    .max(SEARCH_LIMITS.queryLength, `Een zoekvraag is hoogstens ${SEARCH_LIMITS.queryLength} tekens.`),
  kind: z.enum(SEARCH_KINDS).optional(),
  limit: z.coerce.number().int().min(1).max(SEARCH_LIMITS.perKindMax).optional(),
});

const SegmentSchema = z.object({ text: z.string(), match: z.boolean() });

const SearchItemSchema = z.object({
  kind: z.enum(SEARCH_KINDS),
  entityId: z.string(),
  programme: z.object({ id: z.string(), slug: z.string(), title: z.string() }).nullable(),
  nodeId: z.string().nullable(),
  path: z.string().nullable(),
  title: z.string(),
  detail: z.string().nullable(),
  public: z.boolean(),
  matches: z.array(z.object({ field: z.string(), segments: z.array(SegmentSchema) })),
});

export const SearchResponseSchema = z.object({
  query: z.string(),
  state: z.enum(['ok', 'empty']),
  groups: z.array(z.object({ kind: z.enum(SEARCH_KINDS), total: z.number().int(), items: z.array(SearchItemSchema) })),
  droppedTerms: z.number().int(),
  capped: z.boolean(),
});
