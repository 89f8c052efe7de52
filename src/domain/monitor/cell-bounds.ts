/** The cells of a published table and what a reader learns from a hidden one: shared by suppression.ts and disclosure-audit.ts. */

export type CellStatus = 'shown' | 'primary' | 'secondary';

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
  return value < threshold ? [0, threshold - 1] : [threshold, Number.POSITIVE_INFINITY];
}
