/**
 * The attacker of the suppression tests, written apart from the suppression code: it is given
 * equations Σ coef·x = 0 between cells, the published numbers (`known`) and the bounds of the
 * hidden cells ("<5": 0..4, "x": at least 5; a cell no table shows: 0..∞), and combines interval
 * propagation with exact Gaussian elimination, iterated. It returns every cell it pins to one value.
 */
export interface Eq {
  terms: { cell: string; coef: number }[];
}

export function attack(eqs: Eq[], known: Map<string, number>, lo: Map<string, number>, hi: Map<string, number>): Map<string, number> {
  const found = new Map<string, number>();
  const value = (c: string) => known.get(c) ?? found.get(c);
  for (let round = 0; round < 50; round += 1) {
    let progress = false;
    // 1. Interval propagation over each equation Σ coef·x = 0.
    for (const eq of eqs) {
      for (const t of eq.terms) {
        if (value(t.cell) !== undefined) continue;
        let min = 0;
        let max = 0;
        for (const o of eq.terms) {
          if (o === t) continue;
          const v = value(o.cell);
          const a = v ?? lo.get(o.cell) ?? 0;
          const b = v ?? hi.get(o.cell) ?? Number.POSITIVE_INFINITY;
          // Contribution of −o.coef·x_o / t.coef to x_t.
          const k = -o.coef / t.coef;
          min += k >= 0 ? k * a : k * b;
          max += k >= 0 ? k * b : k * a;
        }
        const nlo = Math.max(lo.get(t.cell) ?? 0, Math.ceil(min - 1e-9));
        const nhi = Math.min(hi.get(t.cell) ?? Number.POSITIVE_INFINITY, Math.floor(max + 1e-9));
        if (nlo > (lo.get(t.cell) ?? 0)) {
          lo.set(t.cell, nlo);
          progress = true;
        }
        if (nhi < (hi.get(t.cell) ?? Number.POSITIVE_INFINITY)) {
          hi.set(t.cell, nhi);
          progress = true;
        }
        if (nlo === nhi) {
          found.set(t.cell, nlo);
          progress = true;
        }
      }
    }
    // 2. Gaussian elimination on the unknowns: a reduced row equal to a unit vector pins a cell.
    const unknown = [...new Set(eqs.flatMap((e) => e.terms.map((t) => t.cell)))].filter((c) => value(c) === undefined);
    const col = new Map(unknown.map((c, i) => [c, i]));
    const rows = eqs.map((eq) => {
      const r = new Array<number>(unknown.length + 1).fill(0);
      for (const t of eq.terms) {
        const v = value(t.cell);
        const i = v === undefined ? (col.get(t.cell) ?? 0) : unknown.length;
        r[i] = (r[i] ?? 0) + (v === undefined ? t.coef : -t.coef * v);
      }
      return r;
    });
    let pivotRow = 0;
    for (let c = 0; c < unknown.length && pivotRow < rows.length; c += 1) {
      const p = rows.findIndex((r, i) => i >= pivotRow && Math.abs(r[c] ?? 0) > 1e-9);
      if (p === -1) continue;
      [rows[pivotRow], rows[p]] = [rows[p] ?? [], rows[pivotRow] ?? []];
      const pr = rows[pivotRow] ?? [];
      const pv = pr[c] ?? 1;
      for (let k = 0; k < pr.length; k += 1) pr[k] = (pr[k] ?? 0) / pv;
      for (let i = 0; i < rows.length; i += 1) {
        const r = rows[i] ?? [];
        if (i === pivotRow || Math.abs(r[c] ?? 0) < 1e-9) continue;
        const f = r[c] ?? 0;
        for (let k = 0; k < r.length; k += 1) r[k] = (r[k] ?? 0) - f * (pr[k] ?? 0);
      }
      pivotRow += 1;
    }
    for (const r of rows) {
      const nz = unknown.filter((_, i) => Math.abs(r[i] ?? 0) > 1e-9);
      const only = nz[0];
      if (nz.length === 1 && only !== undefined && !found.has(only)) {
        found.set(only, Math.round((r[unknown.length] ?? 0) / (r[col.get(only) ?? 0] ?? 1)));
        progress = true;
      }
    }
    if (!progress) break;
  }
  return found;
}
