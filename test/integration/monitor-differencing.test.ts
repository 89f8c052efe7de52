import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMonitorDemo } from '../../seeds/monitor';
import { DEMO_MUNICIPALITIES } from '../../seeds/monitor-demo';
import type { Count, MonitorResult, MonitorRow } from '../../src/domain/monitor/responses';
import { signIn } from '../support/auth';
import { attack, type Eq } from '../support/monitor-attacker';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

const FROM = '2021-01-01';
const TO = '2025-12-31';
const KINDS = ['gemeente', 'regio', 'aanbieder'] as const;
const PRODUCTS = ['BW', 'MO', 'totaal'] as const;
const FLOW = ['instroom', 'uitstroom'] as const;

/** A published cell: `period|kind:code|product|figure`. */
type Cells = Map<string, Count>;

function addRows(cells: Cells, rows: readonly MonitorRow[]): void {
  for (const r of rows) {
    const base = `${r.period.key}|${r.unit_kind}:${r.unit_code}|${r.product}`;
    for (const f of ['in_zorg', 'instroom', 'uitstroom', 'pgb'] as const) cells.set(`${base}|${f}`, r[f]);
    for (const [c, v] of Object.entries(r.redenen_einde)) cells.set(`${base}|reden_${c}`, v);
  }
}

const figuresOf = (cells: Cells) => [...new Set([...cells.keys()].map((k) => k.split('|')[3] ?? ''))];

/**
 * The relations between the public tables of one period, as the attacker writes them (exactly
 * additive, the attacker's best case): totaal = BW + MO, uitstroom = reasons other than 20, a
 * region = its municipalities (the demo's region list is public), and Σ municipalities = Σ
 * providers (both are the whole monitor, a cell no table shows).
 */
function tableEquations(cells: Cells, period: string): Eq[] {
  const has = (k: string) => cells.has(k);
  const units = new Map<string, Set<string>>();
  for (const k of cells.keys()) {
    const [p, unit = ''] = k.split('|');
    if (p !== period) continue;
    const [kind = '', code = ''] = unit.split(':');
    units.set(kind, (units.get(kind) ?? new Set()).add(code));
  }
  const figures = figuresOf(cells);
  const reasons = figures.filter((f) => f.startsWith('reden_') && f !== 'reden_20');
  const cell = (kind: string, code: string, product: string, f: string) => `${period}|${kind}:${code}|${product}|${f}`;
  const term = (c: string, coef: number) => (has(c) ? [{ cell: c, coef }] : []);
  const eqs: Eq[] = [];
  for (const [kind, codes] of units) {
    for (const code of codes) {
      for (const f of figures)
        eqs.push({
          terms: [
            ...term(cell(kind, code, 'totaal', f), 1),
            ...term(cell(kind, code, 'BW', f), -1),
            ...term(cell(kind, code, 'MO', f), -1),
          ],
        });
      for (const p of PRODUCTS)
        eqs.push({ terms: [...term(cell(kind, code, p, 'uitstroom'), 1), ...reasons.flatMap((r) => term(cell(kind, code, p, r), -1))] });
    }
  }
  for (const regio of units.get('regio') ?? []) {
    const members = DEMO_MUNICIPALITIES.filter((m) => m.regio === regio).map((m) => m.gemeente);
    for (const p of PRODUCTS)
      for (const f of figures)
        eqs.push({ terms: [...term(cell('regio', regio, p, f), 1), ...members.flatMap((g) => term(cell('gemeente', g, p, f), -1))] });
  }
  for (const p of PRODUCTS) {
    for (const f of figures) {
      const all = `${period}|alle|${p}|${f}`;
      for (const kind of ['gemeente', 'regio', 'aanbieder'])
        eqs.push({ terms: [{ cell: all, coef: 1 }, ...[...(units.get(kind) ?? [])].flatMap((c) => term(cell(kind, c, p, f), -1))] });
    }
  }
  return eqs.filter((e) => e.terms.length > 1);
}

/**
 * Run the attacker; the hidden cells it pins down to their true value. (Distinct-client counts are
 * not exactly additive, so the attacker's equations do not always hold, and a cell it pins to a
 * wrong value gives nothing away.)
 */
function hiddenCellsFound(cells: Cells, eqs: Eq[], truth: Cells): string[] {
  const known = new Map<string, number>();
  const lo = new Map<string, number>();
  const hi = new Map<string, number>();
  for (const [id, v] of cells) {
    if (typeof v === 'number') known.set(id, v);
    else if (v === 'x') lo.set(id, 5);
    else {
      lo.set(id, 0);
      hi.set(id, 4);
    }
  }
  return [...attack(eqs, known, lo, hi)]
    .filter(([c, v]) => cells.has(c) && typeof cells.get(c) !== 'number' && truth.get(c) === v)
    .map(([c, v]) => `${c}=${v}`);
}

/**
 * Issue 25: small counts must not be recoverable by differencing published tables. The public may
 * ask for quarters only (per gemeente, regio or aanbieder, any product, any units: all cuts of one
 * structure); the attacker differences every pair of those tables over the demo data.
 */
describe(`differencing the public monitor (${testDriver})`, { timeout: 900_000 }, () => {
  let t: TestApp;
  const anonymous = (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: '' } } satisfies InjectOptions);
  const publicTables = new Map<string, MonitorResult>();
  /** The raw figures (monitor-analist), to tell a recovered cell from a wrong guess. */
  const truth: Cells = new Map();

  beforeAll(async () => {
    t = await buildTestApp({ signedInAs: 'beheerder' });
    await loadMonitorDemo(t.database.db, t.clock);
    for (const by of KINDS) {
      const res = await anonymous(`/api/public/monitor/figures?from=${FROM}&to=${TO}&per=kwartaal&by=${by}`);
      expect(res.statusCode, res.body).toBe(200);
      publicTables.set(by, res.json<MonitorResult>());
      for (const per of ['kwartaal', 'jaar']) {
        const raw = await t.app.inject({
          method: 'GET',
          url: `/api/monitor/figures?from=${FROM}&to=${TO}&per=${per}&by=${by}&suppress=false`,
        });
        addRows(truth, raw.json<MonitorResult>().rows);
      }
    }
  }, 900_000);
  afterAll(async () => t.close());

  it('lets the public and signed-in people without the analist role ask for quarters only, and the unsigned for at most 20', async () => {
    for (const per of ['jaar', 'maand']) {
      const res = await anonymous(`/api/public/monitor/figures?from=${FROM}&to=${TO}&per=${per}&by=gemeente`);
      expect(res.statusCode).toBe(400);
      expect(res.json<{ error: { message: string } }>().error.message).toMatch(/alleen per kwartaal/);
    }
    const tooLong = await anonymous(`/api/public/monitor/figures?from=2020-10-01&to=${TO}&per=kwartaal&by=gemeente`);
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json<{ error: { message: string } }>().error.message).toMatch(/ten hoogste 20 kwartalen/);

    // Signed in afresh, without the session every other request of this app carries.
    const bare = {
      ...t,
      app: { inject: (o: InjectOptions) => t.app.inject({ ...o, headers: { cookie: '', ...o.headers } }) },
    } as unknown as TestApp;
    const reader = await signIn(bare, 'lezer@regietafel.test', {});
    const asReader = await t.app.inject({
      method: 'GET',
      url: `/api/monitor/figures?from=${FROM}&to=${TO}&per=jaar&by=gemeente`,
      headers: reader.headers,
    });
    expect(asReader.statusCode).toBe(400);
    const exportAsReader = await t.app.inject({
      method: 'GET',
      url: `/api/monitor/export.csv?from=${FROM}&to=${TO}&per=maand&by=gemeente`,
      headers: reader.headers,
    });
    expect(exportAsReader.statusCode).toBe(400);
    const quarters = await t.app.inject({
      method: 'GET',
      url: `/api/monitor/figures?from=2016-01-01&to=${TO}&per=kwartaal&by=gemeente`,
      headers: reader.headers,
    });
    expect(quarters.statusCode).toBe(200);
    // The monitor-analist chooses freely.
    expect((await t.app.inject({ method: 'GET', url: `/api/monitor/figures?from=${FROM}&to=${TO}&per=jaar&by=gemeente` })).statusCode).toBe(
      200,
    );
  });

  it('gives every cut (one product, some units, another range) the same cells as the whole table', async () => {
    const whole = new Map<string, Count>();
    addRows(whole, publicTables.get('gemeente')?.rows ?? []);
    const cuts = [
      `from=${FROM}&to=${TO}&per=kwartaal&by=gemeente&product=BW`,
      `from=2024-01-01&to=2024-06-30&per=kwartaal&by=gemeente`,
      `from=2023-04-01&to=2025-03-31&per=kwartaal&by=gemeente&units=${DEMO_MUNICIPALITIES.slice(0, 3)
        .map((m) => m.gemeente)
        .join(',')}`,
    ];
    for (const q of cuts) {
      const cut = new Map<string, Count>();
      addRows(cut, (await anonymous(`/api/public/monitor/figures?${q}`)).json<MonitorResult>().rows);
      expect(cut.size, q).toBeGreaterThan(0);
      for (const [k, v] of cut) expect(v, `${q}: ${k}`).toEqual(whole.get(k));
    }
  });

  it('differences every pair of publishable tables and finds no hidden cell', () => {
    const cells: Cells = new Map();
    for (const table of publicTables.values()) addRows(cells, table.rows);
    const periods = [...new Set([...cells.keys()].map((k) => k.split('|')[0] ?? ''))];
    expect(periods).toHaveLength(20);
    const hidden = [...cells.values()].filter((v) => typeof v !== 'number').length;
    expect(hidden, 'the demo data has small counts to hide').toBeGreaterThan(50);
    const found = periods.flatMap((p) => hiddenCellsFound(cells, tableEquations(cells, p), truth));
    expect(found).toEqual([]);
  });

  it('would find hidden cells if a year were published next to its quarters (why the public gets one granularity)', async () => {
    // The monitor-analist may ask for suppressed years and quarters: tables that are each safe on their own.
    const cells: Cells = new Map();
    for (const per of ['jaar', 'kwartaal']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/monitor/figures?from=${FROM}&to=${TO}&per=${per}&by=gemeente` });
      addRows(cells, res.json<MonitorResult>().rows);
    }
    const units = [...new Set([...cells.keys()].map((k) => k.split('|').slice(1, 3).join('|')))];
    const flows = figuresOf(cells).filter((f) => (FLOW as readonly string[]).includes(f) || f.startsWith('reden_'));
    const found: string[] = [];
    for (let year = 2021; year <= 2025; year += 1) {
      const eqs: Eq[] = [];
      // Episodes starting or ending in a year start or end in one of its quarters.
      for (const u of units) {
        for (const f of flows) {
          const quarters = [1, 2, 3, 4].map((q) => `${year}-Q${q}|${u}|${f}`).filter((c) => cells.has(c));
          if (cells.has(`${year}|${u}|${f}`))
            eqs.push({ terms: [{ cell: `${year}|${u}|${f}`, coef: 1 }, ...quarters.map((c) => ({ cell: c, coef: -1 }))] });
        }
      }
      found.push(...hiddenCellsFound(cells, eqs, truth));
    }
    expect(found.length).toBeGreaterThan(0);
  });
});
