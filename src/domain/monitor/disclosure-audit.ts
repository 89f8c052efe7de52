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
export function disclosedCells(values: ReadonlyMap<string, number>, status: ReadonlyMap<string, CellStatus>, relations: readonly Relation[], threshold: number): string[] {
  const hidden = (c: string) => (status.get(c) ?? 'shown') !== 'shown';
  const active = relations.filter((r) => hidden(r.total) || r.parts.some(hidden));
  const lo = new Map<string, number>();
  const hi = new Map<string, number>();
  for (const r of active) {
    for (const c of [r.total, ...r.parts]) {
      const [a, b] = knownBounds(status.get(c) ?? 'shown', values.get(c) ?? 0, threshold);
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
      for (const p of r.parts) {
        // Summed afresh (not sumHi − hi(p)): ∞ − ∞ would give NaN.
        let othersLo = 0;
        let othersHi = 0;
        for (const o of r.parts) {
          if (o === p) continue;
          othersLo += lo.get(o) ?? 0;
          othersHi += hi.get(o) ?? 0;
        }
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

/** Cells of `group` whose unit vector lies in the row space of the relations (restricted to hidden cells). */
function solvedByElimination(group: string[], rels: Relation[], hidden: (c: string) => boolean): string[] {
  const index = new Map(group.map((c, i) => [c, i]));
  const matrix: number[][] = rels.map((r) => {
    const row = new Array<number>(group.length).fill(0);
    const put = (c: string, coef: number) => {
      const i = index.get(c);
      if (i !== undefined && hidden(c)) row[i] = (row[i] ?? 0) + coef;
    };
    put(r.total, 1);
    for (const p of r.parts) put(p, -1);
    return row;
  });
  let rank = 0;
  const pivots: number[] = [];
  for (let col = 0; col < group.length && rank < matrix.length; col += 1) {
    let best = -1;
    for (let i = rank; i < matrix.length; i += 1) if (Math.abs(matrix[i]?.[col] ?? 0) > 1e-9) best = i;
    if (best === -1) continue;
    const tmp = matrix[rank] ?? [];
    matrix[rank] = matrix[best] ?? [];
    matrix[best] = tmp;
    const pr = matrix[rank] ?? [];
    const pv = pr[col] ?? 1;
    for (let k = 0; k < pr.length; k += 1) pr[k] = (pr[k] ?? 0) / pv;
    for (let i = 0; i < matrix.length; i += 1) {
      const row = matrix[i] ?? [];
      const f = row[col] ?? 0;
      if (i === rank || Math.abs(f) < 1e-9) continue;
      for (let k = 0; k < row.length; k += 1) row[k] = (row[k] ?? 0) - f * (pr[k] ?? 0);
    }
    pivots.push(col);
    rank += 1;
  }
  const out: string[] = [];
  for (let i = 0; i < rank; i += 1) {
    const row = matrix[i] ?? [];
    let nonZero = 0;
    for (const v of row) if (Math.abs(v) > 1e-9) nonZero += 1;
    const col = pivots[i];
    if (nonZero === 1 && col !== undefined) out.push(group[col] ?? '');
  }
  return out;
}
