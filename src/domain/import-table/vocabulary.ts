/** The tables a new programme can be imported from: the CLI, the route's query and the web's choice share these. */
export const TABLE_KINDS = ['gap-table', 'programme-sheet'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];
