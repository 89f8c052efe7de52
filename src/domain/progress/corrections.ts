/**
 * Corrections with history: an update entered wrongly is corrected (a new update that names the
 * one it replaces, with a reason) or withdrawn (with a reason). Both stay in the history and in
 * locked snapshots; everything that judges the current state counts only the effective updates.
 */
export interface CorrectableUpdate {
  id: string;
  correctsId: string | null;
  withdrawnAt: Date | string | null;
}

/** The updates that count: neither withdrawn nor replaced by a correction. Order is kept. */
export function effectiveUpdates<T extends CorrectableUpdate>(updates: readonly T[]): T[] {
  const replaced = new Set(updates.map((u) => u.correctsId).filter((id): id is string => id !== null));
  return updates.filter((u) => u.withdrawnAt === null && !replaced.has(u.id));
}

/** A correction or withdrawal needs a reason a reader can follow (at least 5 characters). */
export function correctionReasonProblem(reason: string | null | undefined): string | null {
  return (reason ?? '').trim().length >= 5 ? null : 'Geef een reden van minstens 5 tekens: waarom was het verkeerd?';
}
