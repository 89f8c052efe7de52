/**
 * The benchmark's baseline: DuckDB loads the episode CSV and computes the monitor figures from
 * scratch with plain SQL, written straight from the definitions in issue 6 (not from our engine).
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

export interface QuarterPeriod {
  key: string;
  start: string;
  end: string;
}

/** Exact figures per period × gemeente × product, before any rounding or suppression. */
export interface ExactFigures {
  in_zorg: number;
  instroom: number;
  uitstroom: number;
  zorgdagen: number;
  pgb: number;
  /** Episodes ending in P with reason ≠ 20: count, sum and median of einde − start. */
  doorlooptijd_n: number;
  doorlooptijd_som: number;
  doorlooptijd_mediaan: number | null;
  redenen_einde: Record<string, number>;
}

export const figureKey = (period: string, unit: string, product: string) => `${period}|${unit}|${product}`;

export function quartersOf(year: number): QuarterPeriod[] {
  return [1, 2, 3, 4].map((q) => {
    const start = new Date(Date.UTC(year, (q - 1) * 3, 1));
    const end = new Date(Date.UTC(year, q * 3, 0));
    return { key: `${year}-Q${q}`, start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
  });
}

export async function openDuckDb(): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:');
  return instance.connect();
}

/** CREATE TABLE episodes from the CSV (dates typed on load, like an import would). */
export async function duckLoad(conn: DuckDBConnection, csvPath: string): Promise<number> {
  const path = csvPath.replace(/'/g, "''");
  await conn.run(`CREATE OR REPLACE TABLE episodes AS SELECT * FROM read_csv('${path}', header = true, delim = ',',
      columns = {'client': 'VARCHAR', 'gemeente': 'VARCHAR', 'aanbieder': 'VARCHAR', 'product': 'VARCHAR',
                 'start': 'DATE', 'einde': 'DATE', 'reden_einde': 'VARCHAR', 'pgb': 'VARCHAR'})`);
  const r = await conn.runAndReadAll('SELECT count(*)::INTEGER AS n FROM episodes');
  return Number(r.getRowObjectsJS()[0]?.n ?? 0);
}

function num(v: unknown): number {
  return typeof v === 'bigint' ? Number(v) : Number(v ?? 0);
}

/** All figures for every gemeente × period × product (BW, MO, totaal), from scratch. */
export async function duckMonitor(conn: DuckDBConnection, periods: QuarterPeriod[]): Promise<Map<string, ExactFigures>> {
  const values = periods.map((p) => `('${p.key}', DATE '${p.start}', DATE '${p.end}')`).join(', ');
  const base = `
    WITH periods(pkey, ps, pe) AS (VALUES ${values}),
    ep AS (SELECT client, gemeente, product AS prod, start, einde, reden_einde, pgb FROM episodes
           UNION ALL SELECT client, gemeente, 'totaal', start, einde, reden_einde, pgb FROM episodes),
    hit AS (SELECT p.pkey, p.ps, p.pe, ep.* FROM ep JOIN periods p
            ON ep.start <= p.pe AND coalesce(ep.einde, p.pe) >= p.ps)`;
  const figures = await conn.runAndReadAll(`${base}
    SELECT pkey, gemeente, prod,
      count(DISTINCT client)::INTEGER AS in_zorg,
      (count(DISTINCT client) FILTER (WHERE start BETWEEN ps AND pe))::INTEGER AS instroom,
      (count(DISTINCT client) FILTER (WHERE einde BETWEEN ps AND pe AND coalesce(reden_einde, '') <> '20'))::INTEGER AS uitstroom,
      sum(least(coalesce(einde, pe), pe) - greatest(start, ps) + 1)::BIGINT AS zorgdagen,
      (count(DISTINCT client) FILTER (WHERE pgb = 'ja'))::INTEGER AS pgb,
      (count(*) FILTER (WHERE einde BETWEEN ps AND pe AND coalesce(reden_einde, '') <> '20'))::INTEGER AS dl_n,
      (sum(einde - start) FILTER (WHERE einde BETWEEN ps AND pe AND coalesce(reden_einde, '') <> '20'))::BIGINT AS dl_som,
      (quantile_cont(einde - start, 0.5) FILTER (WHERE einde BETWEEN ps AND pe AND coalesce(reden_einde, '') <> '20'))::DOUBLE AS dl_mediaan
    FROM hit GROUP BY ALL`);
  const out = new Map<string, ExactFigures>();
  for (const r of figures.getRowObjectsJS()) {
    out.set(figureKey(String(r.pkey), String(r.gemeente), String(r.prod)), {
      in_zorg: num(r.in_zorg),
      instroom: num(r.instroom),
      uitstroom: num(r.uitstroom),
      zorgdagen: num(r.zorgdagen),
      pgb: num(r.pgb),
      doorlooptijd_n: num(r.dl_n),
      doorlooptijd_som: num(r.dl_som),
      doorlooptijd_mediaan: r.dl_mediaan === null ? null : num(r.dl_mediaan),
      redenen_einde: {},
    });
  }
  const reasons = await conn.runAndReadAll(`${base}
    SELECT pkey, gemeente, prod, reden_einde, count(*)::INTEGER AS n
    FROM hit WHERE einde BETWEEN ps AND pe GROUP BY ALL`);
  for (const r of reasons.getRowObjectsJS()) {
    const f = out.get(figureKey(String(r.pkey), String(r.gemeente), String(r.prod)));
    if (f) f.redenen_einde[String(r.reden_einde ?? '')] = num(r.n);
  }
  return out;
}
