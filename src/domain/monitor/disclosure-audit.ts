import { knownBounds, type CellStatus, type Relation } from './cell-bounds';

/**
 * Which hidden cells can still be recomputed from a published table? The audit plays the
 * attacker: it knows every relation (total = Σ parts), that a "<5" cell is 0..4 and an "x" cell
 * at least the threshold, and combines
 * 1. interval reasoning per relation (bounds of the others bound each cell), and
 * 2. exact linear algebra per connected group of hidden cells (a cell fixed by a combination of
 *    relations, e.g. a bridge between two hidden rectangles).
 * It returns the cells it could pin to one value.
 */
export function disclosedCells(
  values: ReadonlyMap<string, number>,
  status: ReadonlyMap<string, CellStatus>,
  relations: readonly Relation[],
  threshold: number,
): string[] {
  const steps = disclosedCellsInSteps(values, status, relations, threshold);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** disclosedCells, yielding after each round (for a caller that lets other work in between). */
export function* disclosedCellsInSteps(
  values: ReadonlyMap<string, number>,
  status: ReadonlyMap<string, CellStatus>,
  relations: readonly Relation[],
  threshold: number,
): Generator<void, string[], void> {
  // A cell pinned by one kind of reasoning is known to the attacker for the other: repeat both
  // until nothing new is pinned.
  const pinned = new Set<string>();
  for (let round = 0; round < 20; round += 1) {
    const found = disclosedOnce(values, status, relations, threshold, pinned);
    const before = pinned.size;
    for (const c of found) pinned.add(c);
    if (pinned.size === before) break;
    yield;
  }
  return [...pinned];
}

function disclosedOnce(
  values: ReadonlyMap<string, number>,
  status: ReadonlyMap<string, CellStatus>,
  relations: readonly Relation[],
  threshold: number,
  known: ReadonlySet<string>,
): string[] {
  const hidden = (c: string) => (status.get(c) ?? 'shown') !== 'shown' && !known.has(c);
  const active = relations.filter((r) => hidden(r.total) || r.parts.some(hidden));
  const lo = new Map<string, number>();
  const hi = new Map<string, number>();
  for (const r of active) {
    for (const c of [r.total, ...r.parts]) {
      const [a, b] = knownBounds(known.has(c) ? 'shown' : (status.get(c) ?? 'shown'), values.get(c) ?? 0, threshold);
      lo.set(c, a);
      hi.set(c, b);
    }
  }
  const pinned = new Set<string>();
  // 1. Bounds: x_total = Σ parts, so each part = total − Σ other parts, and the total lies within Σ parts.
  for (let round = 0, changed = true; changed && round < 100; round += 1) {
    changed = false;
    for (const r of active) {
      const sumLo = r.parts.reduce((a, p) => a + (lo.get(p) ?? 0), 0);
      const sumHi = r.parts.reduce((a, p) => a + (hi.get(p) ?? 0), 0);
      const tighten = (c: string, a: number, b: number) => {
        const na = Math.max(lo.get(c) ?? 0, a);
        const nb = Math.min(hi.get(c) ?? Number.POSITIVE_INFINITY, b);
        if (na !== lo.get(c) || nb !== hi.get(c)) {
          lo.set(c, na);
          hi.set(c, nb);
          changed = true;
        }
      };
      tighten(r.total, sumLo, sumHi);
      const tLo = lo.get(r.total) ?? 0;
      const tHi = hi.get(r.total) ?? Number.POSITIVE_INFINITY;
      // The others' sums per part from one pass: finite upper bounds summed apart from the count
      // of infinite ones (∞ − ∞ would give NaN). Bounds tightened meanwhile are used next round.
      let allLo = 0;
      let finiteHi = 0;
      let infinite = 0;
      for (const p of r.parts) {
        allLo += lo.get(p) ?? 0;
        const h = hi.get(p) ?? Number.POSITIVE_INFINITY;
        if (h === Number.POSITIVE_INFINITY) infinite += 1;
        else finiteHi += h;
      }
      for (const p of r.parts) {
        const pLo = lo.get(p) ?? 0;
        const pHi = hi.get(p) ?? Number.POSITIVE_INFINITY;
        const othersLo = allLo - pLo;
        const othersHi =
          infinite - (pHi === Number.POSITIVE_INFINITY ? 1 : 0) > 0
            ? Number.POSITIVE_INFINITY
            : finiteHi - (pHi === Number.POSITIVE_INFINITY ? 0 : pHi);
        tighten(p, tLo - othersHi, tHi - othersLo);
      }
    }
  }
  for (const [c, a] of lo) if (hidden(c) && a === hi.get(c)) pinned.add(c);

  // 2. Linear algebra over the hidden cells, one connected group at a time (groups are small).
  const cellRelations = new Map<string, Relation[]>();
  for (const r of active) {
    for (const c of [r.total, ...r.parts]) {
      if (!hidden(c)) continue;
      const list = cellRelations.get(c);
      if (list) list.push(r);
      else cellRelations.set(c, [r]);
    }
  }
  const seen = new Set<string>();
  for (const startCell of cellRelations.keys()) {
    if (seen.has(startCell)) continue;
    const group: string[] = [];
    const rels = new Set<Relation>();
    const stack = [startCell];
    seen.add(startCell);
    while (stack.length > 0) {
      const c = stack.pop() ?? '';
      group.push(c);
      for (const r of cellRelations.get(c) ?? []) {
        rels.add(r);
        for (const o of [r.total, ...r.parts]) {
          if (hidden(o) && !seen.has(o)) {
            seen.add(o);
            stack.push(o);
          }
        }
      }
    }
    for (const c of solvedByElimination(group, [...rels], hidden)) pinned.add(c);
  }
  return [...pinned];
}

/**
 * Cells of `group` whose unit vector lies in the row space of the relations (restricted to hidden
 * cells): Gauss-Jordan elimination on sparse rows (a relation touches a few cells of a large
 * group), each new pivot row reduced by the earlier ones and they by it.
 */
function solvedByElimination(group: string[], rels: Relation[], hidden: (c: string) => boolean): string[] {
  const index = new Map(group.map((c, i) => [c, i]));
  const EPS = 1e-9;
  const pivots = new Map<number, Map<number, number>>();
  for (const r of rels) {
    const row = new Map<number, number>();
    const put = (c: string, coef: number) => {
      const i = index.get(c);
      if (i === undefined || !hidden(c)) return;
      const v = (row.get(i) ?? 0) + coef;
      if (Math.abs(v) < EPS) row.delete(i);
      else row.set(i, v);
    };
    put(r.total, 1);
    for (const p of r.parts) put(p, -1);
    // Reduce by the pivots: they hold no other pivot column, so one pass over this row's own columns suffices.
    for (const col of [...row.keys()]) {
      const f = row.get(col);
      const pivot = pivots.get(col);
      if (f === undefined || !pivot) continue;
      for (const [k, v] of pivot) {
        const nv = (row.get(k) ?? 0) - f * v;
        if (Math.abs(nv) < EPS) row.delete(k);
        else row.set(k, nv);
      }
    }
    const first = row.keys().next();
    if (first.done) continue;
    const col = first.value;
    const pv = row.get(col) ?? 1;
    for (const [k, v] of row) row.set(k, v / pv);
    for (const other of pivots.values()) {
      const f = other.get(col);
      if (f === undefined) continue;
      for (const [k, v] of row) {
        const nv = (other.get(k) ?? 0) - f * v;
        if (Math.abs(nv) < EPS) other.delete(k);
        else other.set(k, nv);
      }
    }
    pivots.set(col, row);
  }
  const out: string[] = [];
  for (const [col, row] of pivots) if (row.size === 1) out.push(group[col] ?? '');
  return out;
}
