import { compareSeverity, PROGRESS_STATUSES, type ProgressStatus } from './status';

export type StatusCounts = Record<ProgressStatus | 'geen-update', number>;

export interface LevelCounts {
  /** 0 = top level of the tree. */
  depth: number;
  counts: StatusCounts;
  total: number;
}

export function emptyCounts(): StatusCounts {
  const counts = { 'geen-update': 0 } as StatusCounts;
  for (const s of PROGRESS_STATUSES) counts[s] = 0;
  return counts;
}

/** Counts per status for every level of the tree (levels without nodes are left out). */
export function countsPerLevel(nodes: readonly { depth: number; status: ProgressStatus | null }[]): LevelCounts[] {
  const byDepth = new Map<number, LevelCounts>();
  for (const n of nodes) {
    const level = byDepth.get(n.depth) ?? { depth: n.depth, counts: emptyCounts(), total: 0 };
    level.counts[n.status ?? 'geen-update']++;
    level.total++;
    byDepth.set(n.depth, level);
  }
  return [...byDepth.values()].sort((a, b) => a.depth - b.depth);
}

/** Worst first: rood, oranje, groen, niet gestart, afgerond, vervallen, no update; equal status in tree order (`rank`). */
export function worstFirst<T extends { status: ProgressStatus | null; rank: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareSeverity(a.status, b.status) || a.rank - b.rank);
}
