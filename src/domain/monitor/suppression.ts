/**
 * Statistical disclosure control for published tables (pure).
 *
 * Primary: every count 1..threshold-1 is hidden ("<5").
 * Secondary: the table has additive relations (total = sum of parts: totaal = BW + MO; a region =
 * its municipalities; uitstroom = the reasons other than 20). An attacker who knows that a "<5"
 * cell lies in 0..4 and an "x" cell is at least the threshold could solve such a relation. So, until nothing changes, for every relation:
 * - one hidden cell alone is never allowed (it would follow from the others), and
 * - the known remainder may not sit at the edge of what the hidden cells can add up to (then every
 *   hidden cell is at its bound and thus known).
 * In both cases one more cell of the relation is hidden: the smallest visible one (a zero then
 * reads "<5", which is true), parts before the total. A final audit (disclosure-audit.ts) plays
 * the attacker over each connected block of relations and hides more where combinations of relations still give a
 * cell away.
 */

import { knownBounds, type CellStatus, type Relation } from './cell-bounds';
import { disclosedCellsInSteps } from './disclosure-audit';

export function suppressCells(
  values: ReadonlyMap<string, number>,
  relations: readonly Relation[],
  threshold: number,
  unpublished: ReadonlySet<string> = new Set(),
): Map<string, CellStatus> {
  const steps = suppressCellsInSteps(values, relations, threshold, unpublished);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * suppressCells one connected block at a time: the generator yields after each block, so that a
 * caller on a server can let other requests in between (see runInSlices) while a large table is
 * protected; the result is the same.
 */
export function* suppressCellsInSteps(
  values: ReadonlyMap<string, number>,
  relations: readonly Relation[],
  threshold: number,
  unpublished: ReadonlySet<string> = new Set(),
): Generator<void, Map<string, CellStatus>, void> {
  const status = new Map<string, CellStatus>();
  for (const [id, v] of values) status.set(id, unpublished.has(id) ? 'unpublished' : v > 0 && v < threshold ? 'primary' : 'shown');
  // Relations that share no cell cannot give each other away: protect each connected block on
  // its own (periods, figures and regions are independent), which keeps the audit small.
  for (const block of connectedBlocks(relations)) {
    yield* protectBlock(values, block, threshold, status);
    yield;
  }
  return status;
}

function connectedBlocks(relations: readonly Relation[]): Relation[][] {
  const parent = new Map<string, string>();
  const find = (c: string): string => {
    let root = c;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root) ?? root;
    let cur = c;
    while (cur !== root) {
      const next = parent.get(cur) ?? root;
      parent.set(cur, root);
      cur = next;
    }
    return root;
  };
  for (const r of relations) {
    if (!parent.has(r.total)) parent.set(r.total, r.total);
    for (const p of r.parts) {
      if (!parent.has(p)) parent.set(p, p);
      const a = find(r.total);
      const b = find(p);
      if (a !== b) parent.set(b, a);
    }
  }
  const blocks = new Map<string, Relation[]>();
  for (const r of relations) {
    const root = find(r.total);
    const list = blocks.get(root);
    if (list) list.push(r);
    else blocks.set(root, [r]);
  }
  return [...blocks.values()];
}

/** Protect one block; yields after each round of the audit (a large block takes several). */
function* protectBlock(
  values: ReadonlyMap<string, number>,
  relations: readonly Relation[],
  threshold: number,
  status: Map<string, CellStatus>,
): Generator<void, void, void> {
  const val = (id: string) => values.get(id) ?? 0;
  const st = (id: string): CellStatus => status.get(id) ?? 'shown';
  const cellsOf = (r: Relation) => [r.total, ...r.parts];
  if (!relations.some((r) => cellsOf(r).some((c) => st(c) === 'primary' || st(c) === 'secondary'))) return;

  const needsMore = (r: Relation): boolean => {
    const cells = cellsOf(r);
    const hidden = cells.filter((c) => st(c) !== 'shown');
    // Only hidden cells that are published ("<5", "x") need protection.
    if (!hidden.some((c) => st(c) !== 'unpublished')) return false;
    if (hidden.length === 1) return true;
    // total − Σ parts = 0  ⇒  Σ_hidden coef·x = −Σ_shown coef·v ; coef +1 for total, −1 for parts.
    let known = 0;
    let lo = 0;
    let hi = 0;
    for (const c of cells) {
      const coef = c === r.total ? 1 : -1;
      const s = st(c);
      if (s === 'shown') {
        known -= coef * val(c);
        continue;
      }
      const [a, b] = knownBounds(s, val(c), threshold);
      lo += coef > 0 ? a : -b;
      hi += coef > 0 ? b : -a;
    }
    return known <= lo || known >= hi;
  };

  // Zeros first (hiding a zero costs the reader little), then the smallest count; parts before the total.
  const pickExtra = (r: Relation): string | null => {
    const visible = (ids: readonly string[]) => ids.filter((c) => st(c) === 'shown').sort((a, b) => val(a) - val(b) || a.localeCompare(b));
    return visible(r.parts)[0] ?? visible([r.total])[0] ?? null;
  };

  const byCell = new Map<string, Relation[]>();
  for (const r of relations) {
    for (const c of cellsOf(r)) {
      const list = byCell.get(c);
      if (list) list.push(r);
      else byCell.set(c, [r]);
    }
  }

  for (;;) {
    for (let changed = true; changed;) {
      changed = false;
      for (const r of relations) {
        while (needsMore(r)) {
          const extra = pickExtra(r);
          if (!extra) break;
          status.set(extra, 'secondary');
          changed = true;
        }
      }
      yield;
    }
    yield;
    // The local rules do not see combinations of relations: audit the block as an attacker
    // would, and hide one more cell next to every cell that can still be recomputed.
    const disclosed = (yield* disclosedCellsInSteps(values, status, relations, threshold)).filter((c) => st(c) !== 'unpublished');
    let added = false;
    for (const c of disclosed) {
      for (const r of byCell.get(c) ?? []) {
        const extra = pickExtra(r);
        if (extra) {
          status.set(extra, 'secondary');
          added = true;
          break;
        }
      }
    }
    if (!added) return;
    yield;
  }
}
