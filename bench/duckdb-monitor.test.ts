import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duckLoad, duckMonitor, figureKey, openDuckDb, quartersOf, type ExactFigures } from './duckdb-monitor';
import { generateEpisodes } from './generate-episodes';

/**
 * The benchmark's baseline must itself be right: DuckDB's SQL against a plain loop over the
 * generated CSV, both written from the definitions of issue 6.
 */
interface Row {
  client: string;
  gemeente: string;
  product: string;
  start: string;
  einde: string | null;
  reden: string | null;
  pgb: boolean;
}

const DAY = 86_400_000;
const diff = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY);

function plain(rows: Row[], ps: string, pe: string): ExactFigures {
  const hit = rows.filter((r) => r.start <= pe && (r.einde ?? pe) >= ps);
  const distinct = (list: Row[]) => new Set(list.map((r) => r.client)).size;
  const ending = hit.filter((r) => r.einde !== null && r.einde <= pe);
  const outflow = ending.filter((r) => r.reden !== '20');
  const lengths = outflow.map((r) => diff(r.start, r.einde ?? r.start)).sort((a, b) => a - b);
  const mid = lengths.length >> 1;
  const redenen: Record<string, number> = {};
  for (const r of ending) redenen[r.reden ?? ''] = (redenen[r.reden ?? ''] ?? 0) + 1;
  return {
    in_zorg: distinct(hit),
    instroom: distinct(hit.filter((r) => r.start >= ps)),
    uitstroom: distinct(outflow),
    zorgdagen: hit.reduce((s, r) => s + diff(r.start > ps ? r.start : ps, r.einde !== null && r.einde < pe ? r.einde : pe) + 1, 0),
    pgb: distinct(hit.filter((r) => r.pgb)),
    doorlooptijd_n: lengths.length,
    doorlooptijd_som: lengths.reduce((s, v) => s + v, 0),
    doorlooptijd_mediaan:
      lengths.length === 0 ? null : lengths.length % 2 ? (lengths[mid] ?? 0) : ((lengths[mid - 1] ?? 0) + (lengths[mid] ?? 0)) / 2,
    redenen_einde: redenen,
  };
}

describe('DuckDB baseline of the monitor benchmark', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rt-duck-'));
  const csv = join(dir, 'episodes.csv');
  let rows: Row[] = [];
  beforeAll(async () => {
    const r = await generateEpisodes(csv, { episodes: 4000, municipalities: 12, providers: 8, seed: 7 });
    expect(r.open / r.episodes).toBeGreaterThan(0.2);
    rows = readFileSync(csv, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => {
        const [client = '', gemeente = '', , product = '', start = '', einde = '', reden = '', pgb = ''] = line.split(',');
        return { client, gemeente, product, start, einde: einde || null, reden: reden || null, pgb: pgb === 'ja' };
      });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads every row and computes the same figures as a plain loop, per quarter, municipality and product', async () => {
    const conn = await openDuckDb();
    expect(await duckLoad(conn, csv)).toBe(4000);
    const quarters = quartersOf(2024);
    const duck = await duckMonitor(conn, quarters);
    let compared = 0;
    for (const q of quarters) {
      for (const gemeente of new Set(rows.map((r) => r.gemeente))) {
        for (const product of ['BW', 'MO', 'totaal']) {
          const mine = rows.filter((r) => r.gemeente === gemeente && (product === 'totaal' || r.product === product));
          const expected = plain(mine, q.start, q.end);
          if (expected.in_zorg === 0) {
            expect(duck.has(figureKey(q.key, gemeente, product))).toBe(false);
            continue;
          }
          expect(duck.get(figureKey(q.key, gemeente, product)), `${q.key} ${gemeente} ${product}`).toEqual(expected);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});
