/** The cells of a published table and what a reader learns from a hidden one: shared by suppression.ts and disclosure-audit.ts. */

/**
 * 'unpublished': a cell that no table shows but that the relations imply (the total of all units
 * of a period, which ties the providers to the municipalities): the reader knows nothing of it
 * but what the relations give, and it needs no protection of its own.
 */
export type CellStatus = 'shown' | 'primary' | 'secondary' | 'unpublished';

export interface Relation {
  total: string;
  parts: readonly string[];
}

/**
 * What a reader learns from a cell. A hidden cell below the threshold reads "<5": 0..4, because a
 * zero may be hidden too (as a cheap partner). A hidden cell at or above the threshold reads "x".
 */
export function knownBounds(status: CellStatus, value: number, threshold: number): [number, number] {
  if (status === 'shown') return [value, value];
  if (status === 'unpublished') return [0, Number.POSITIVE_INFINITY];
  return value < threshold ? [0, threshold - 1] : [threshold, Number.POSITIVE_INFINITY];
}
