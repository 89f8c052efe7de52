import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Count } from './responses';
import type { MonitorProduct } from './figures';
import { publishSuppressed, type RawMonitorRow } from './publish';
import { suppressCells } from './suppression';
import { attack, type Eq } from '../../../test/support/monitor-attacker';

/**
 * An attacker who knows the table structure (totaal = BW + MO, region = its municipalities,
 * uitstroom = reasons other than 20), that "<5" means 0..4 and "x" means at least 5, and who
 * combines interval reasoning with exact linear algebra (test/support/monitor-attacker.ts). No
 * hidden cell may be pinned down.
 */

const PRODUCTS: MonitorProduct[] = ['BW', 'MO', 'totaal'];
const period = { key: '2024-Q1', start: '2024-01-01', end: '2024-03-31', days: 91 };

interface Figs {
  in_zorg: number;
  pgb: number;
  r19: number;
  r21: number;
  r20: number;
}

interface Gem {
  code: string;
  region: string;
  bw: Figs;
  mo: Figs;
}

function raw(kind: 'gemeente' | 'regio', code: string, product: MonitorProduct, f: Figs): RawMonitorRow {
  return {
    period,
    unit_kind: kind,
    unit_code: code,
    unit_name: code,
    product,
    in_zorg: f.in_zorg,
    instroom: f.in_zorg,
    uitstroom: f.r19 + f.r21,
    zorgdagen: f.in_zorg * 50,
    capaciteit_dagen: null,
    doorlooptijd_n: f.r19 + f.r21,
    doorlooptijd_mediaan: 10,
    doorlooptijd_gemiddeld: 10,
    redenen_einde: { '19': f.r19, '21': f.r21, '20': f.r20 },
    pgb: f.pgb,
  };
}

const add = (a: Figs, b: Figs): Figs => ({
  in_zorg: a.in_zorg + b.in_zorg,
  pgb: a.pgb + b.pgb,
  r19: a.r19 + b.r19,
  r21: a.r21 + b.r21,
  r20: a.r20 + b.r20,
});
const small = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 30 }));
// Exactly additive data: the attacker's equations hold, so this is the strongest case for them.
const figs = fc.record({ in_zorg: small, pgb: small, r19: small, r21: small, r20: small });

const ZERO: Figs = { in_zorg: 0, pgb: 0, r19: 0, r21: 0, r20: 0 };

describe('secondary suppression', () => {
  it('leaves no hidden cell that an attacker can recompute from the table', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ region: fc.constantFrom('R1', 'R2'), bw: figs, mo: figs }), { minLength: 1, maxLength: 6 }),
        (list) => {
          const gems: Gem[] = list.map((g, i) => ({ code: `G${i}`, ...g }));
          const rows: RawMonitorRow[] = [];
          const regionTotals = new Map<string, { bw: Figs; mo: Figs }>();
          for (const g of gems) {
            rows.push(
              raw('gemeente', g.code, 'BW', g.bw),
              raw('gemeente', g.code, 'MO', g.mo),
              raw('gemeente', g.code, 'totaal', add(g.bw, g.mo)),
            );
            const t = regionTotals.get(g.region) ?? { bw: ZERO, mo: ZERO };
            regionTotals.set(g.region, { bw: add(t.bw, g.bw), mo: add(t.mo, g.mo) });
          }
          for (const [r, t] of regionTotals)
            rows.push(raw('regio', r, 'BW', t.bw), raw('regio', r, 'MO', t.mo), raw('regio', r, 'totaal', add(t.bw, t.mo)));
          const regionOf = new Map(gems.map((g) => [g.code, g.region]));
          const published = publishSuppressed(rows, regionOf, 5);

          // The attacker's view: cell id → published mark or number.
          const cells = new Map<string, Count>();
          published.forEach((r) => {
            const base = `${r.unit_kind}:${r.unit_code}:${r.product}`;
            for (const f of ['in_zorg', 'instroom', 'uitstroom', 'pgb'] as const) cells.set(`${base}:${f}`, r[f]);
            for (const c of ['19', '21', '20']) cells.set(`${base}:r${c}`, r.redenen_einde[c] ?? 0);
          });
          const eqs: Eq[] = [];
          const figures = ['in_zorg', 'instroom', 'uitstroom', 'pgb', 'r19', 'r21', 'r20'];
          const units = [...gems.map((g) => `gemeente:${g.code}`), ...[...regionTotals.keys()].map((r) => `regio:${r}`)];
          for (const u of units) {
            for (const f of figures)
              eqs.push({
                terms: [
                  { cell: `${u}:totaal:${f}`, coef: 1 },
                  { cell: `${u}:BW:${f}`, coef: -1 },
                  { cell: `${u}:MO:${f}`, coef: -1 },
                ],
              });
            for (const p of PRODUCTS)
              eqs.push({
                terms: [
                  { cell: `${u}:${p}:uitstroom`, coef: 1 },
                  { cell: `${u}:${p}:r19`, coef: -1 },
                  { cell: `${u}:${p}:r21`, coef: -1 },
                ],
              });
          }
          for (const r of regionTotals.keys()) {
            for (const p of PRODUCTS) {
              for (const f of figures) {
                eqs.push({
                  terms: [
                    { cell: `regio:${r}:${p}:${f}`, coef: 1 },
                    ...gems.filter((g) => g.region === r).map((g) => ({ cell: `gemeente:${g.code}:${p}:${f}`, coef: -1 })),
                  ],
                });
              }
            }
          }
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
          const recomputed = attack(eqs, known, lo, hi);
          expect([...recomputed.keys()]).toEqual([]);
          // And the table really hides every small count.
          for (const [id, v] of cells) if (typeof v === 'number') expect(v === 0 || v >= 5, id).toBe(true);
          const truth = new Map<string, number>();
          rows.forEach((r) => {
            const base = `${r.unit_kind}:${r.unit_code}:${r.product}`;
            truth.set(`${base}:in_zorg`, r.in_zorg);
          });
          for (const [id, v] of cells) if (v === 'x') expect(truth.get(id) ?? 5, id).toBeGreaterThanOrEqual(5);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('hides a lone small cell together with a partner, and nothing when all counts are large or zero', () => {
    const values = new Map([
      ['t', 9],
      ['a', 2],
      ['b', 7],
    ]);
    const st = suppressCells(values, [{ total: 't', parts: ['a', 'b'] }], 5);
    expect(st.get('a')).toBe('primary');
    expect(st.get('b')).toBe('secondary');
    const withZero = suppressCells(
      new Map([
        ['t', 9],
        ['a', 2],
        ['z', 0],
        ['b', 7],
      ]),
      [{ total: 't', parts: ['a', 'z', 'b'] }],
      5,
    );
    expect(withZero.get('z')).toBe('secondary');
    expect(withZero.get('b')).toBe('shown');
    const clean = suppressCells(
      new Map([
        ['t', 12],
        ['a', 0],
        ['b', 12],
      ]),
      [{ total: 't', parts: ['a', 'b'] }],
      5,
    );
    expect([...clean.values()].every((s) => s === 'shown')).toBe(true);
  });

  it('finds the attack when suppression is switched off for secondary cells (the attacker is not toothless)', () => {
    const eqs: Eq[] = [
      {
        terms: [
          { cell: 't', coef: 1 },
          { cell: 'a', coef: -1 },
          { cell: 'b', coef: -1 },
        ],
      },
    ];
    const found = attack(
      eqs,
      new Map([
        ['t', 9],
        ['b', 7],
      ]),
      new Map([['a', 0]]),
      new Map([['a', 4]]),
    );
    expect(found.get('a')).toBe(2);
    const bounds = attack(
      eqs,
      new Map([['t', 5]]),
      new Map([
        ['a', 0],
        ['b', 5],
      ]),
      new Map([['a', 4]]),
    );
    expect(bounds.get('a')).toBe(0);
  });
});
