/**
 * The benchmark's correctness check: Regietafel's raw (unsuppressed) monitor rows against DuckDB's
 * exact figures. Counts and day sums must be equal; rounded figures must be the exact value rounded
 * to the engine's number of decimals (so the check is exact, not "close enough").
 */
import type { Count, MonitorRow } from '../src/domain/monitor/responses';
import { figureKey, type ExactFigures } from './duckdb-monitor';

const EMPTY: ExactFigures = {
  in_zorg: 0,
  instroom: 0,
  uitstroom: 0,
  zorgdagen: 0,
  pgb: 0,
  doorlooptijd_n: 0,
  doorlooptijd_som: 0,
  doorlooptijd_mediaan: null,
  redenen_einde: {},
};

function count(c: Count | undefined): number {
  if (c === undefined) return 0;
  if (typeof c !== 'number') throw new Error(`onverwacht afgeschermd getal ${c} in ruwe uitvoer`);
  return c;
}

/** |engine − exact| must be at most half a unit of the last decimal the engine gives. */
function roundedFrom(engine: number | null, exact: number | null, decimals: number): boolean {
  if (engine === null || exact === null) return engine === exact;
  return Math.abs(engine - exact) <= 0.5 * Math.pow(10, -decimals) + 1e-9;
}

export function compareFigures(rows: MonitorRow[], duck: Map<string, ExactFigures>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const check = (key: string, what: string, ok: boolean, engine: unknown, exact: unknown) => {
    if (!ok && problems.length < 20) problems.push(`${key} ${what}: Regietafel ${JSON.stringify(engine)}, DuckDB ${JSON.stringify(exact)}`);
  };
  for (const r of rows) {
    const key = figureKey(r.period.key, r.unit_code, r.product);
    seen.add(key);
    const d = duck.get(key) ?? EMPTY;
    for (const f of ['in_zorg', 'instroom', 'uitstroom', 'pgb'] as const) check(key, f, count(r[f]) === d[f], r[f], d[f]);
    check(key, 'zorgdagen', (r.zorgdagen ?? 0) === d.zorgdagen, r.zorgdagen, d.zorgdagen);
    check(
      key,
      'gemiddelde_bezetting',
      roundedFrom(r.gemiddelde_bezetting, d.zorgdagen / r.period.days, 2),
      r.gemiddelde_bezetting,
      d.zorgdagen / r.period.days,
    );
    check(
      key,
      'doorlooptijd_mediaan',
      roundedFrom(r.doorlooptijd_mediaan, d.doorlooptijd_mediaan, 1),
      r.doorlooptijd_mediaan,
      d.doorlooptijd_mediaan,
    );
    const mean = d.doorlooptijd_n > 0 ? d.doorlooptijd_som / d.doorlooptijd_n : null;
    check(key, 'doorlooptijd_gemiddeld', roundedFrom(r.doorlooptijd_gemiddeld, mean, 1), r.doorlooptijd_gemiddeld, mean);
    const codes = new Set([...Object.keys(r.redenen_einde), ...Object.keys(d.redenen_einde)]);
    for (const c of codes)
      check(key, `redenen_einde.${c}`, count(r.redenen_einde[c]) === (d.redenen_einde[c] ?? 0), r.redenen_einde[c], d.redenen_einde[c]);
  }
  for (const [key, d] of duck) {
    if (!seen.has(key) && d.in_zorg > 0) check(key, 'rij', false, 'ontbreekt', d.in_zorg);
  }
  return problems;
}
