import { z } from 'zod';
import { SEARCH_LIMITS } from '../../domain/search/query';
import { SEARCH_KINDS } from '../../domain/search/vocabulary';

export const SearchQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .min(1, 'Typ een zoekterm.')
    .max(SEARCH_LIMITS.queryLength, `Een zoekvraag is hoogstens ${SEARCH_LIMITS.queryLength} tekens.`),
  kind: z.enum(SEARCH_KINDS).optional(),
  limit: z.coerce.number().int().min(1).max(SEARCH_LIMITS.perKindMax).optional(),
});

export { SearchResponseSchema } from '../../domain/search/responses';
