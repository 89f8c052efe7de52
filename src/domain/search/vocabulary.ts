/** The result groups, in the order the answer and the results page show them. */
export const SEARCH_KINDS = ['programme', 'node', 'update', 'milestone', 'budget', 'service', 'practice', 'initiative', 'list'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
