import type { Count, MonitorFigures, MonitorPeriod, MonitorRow } from './responses';
import type { MonitorProduct, MonitorUnitKind } from './figures';
import { PAUSE_REASON } from './reasons';
import type { CellStatus, Relation } from './cell-bounds';
import { suppressCellsInSteps } from './suppression';

/** A computed row before publication: plain numbers, plus the size of the doorlooptijd base. */
export interface RawMonitorRow {
  period: MonitorPeriod;
  unit_kind: MonitorUnitKind;
  unit_code: string;
  unit_name: string;
  product: MonitorProduct;
  in_zorg: number;
  instroom: number;
  uitstroom: number;
  zorgdagen: number;
  /** Place-days of the capacity register in the period; null where unknown. */
  capaciteit_dagen: number | null;
  /** Episodes ending in the period with a reason other than 20, and their durations' median/mean. */
  doorlooptijd_n: number;
  doorlooptijd_mediaan: number | null;
  doorlooptijd_gemiddeld: number | null;
  redenen_einde: Record<string, number>;
  pgb: number;
}

const COUNT_FIGURES = ['in_zorg', 'instroom', 'uitstroom', 'pgb'] as const;

const round = (v: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(v * f) / f;
};

function measures(
  r: RawMonitorRow,
): Pick<MonitorFigures, 'zorgdagen' | 'gemiddelde_bezetting' | 'bezettingsgraad' | 'doorlooptijd_mediaan' | 'doorlooptijd_gemiddeld'> {
  return {
    zorgdagen: r.zorgdagen,
    gemiddelde_bezetting: round(r.zorgdagen / r.period.days, 2),
    bezettingsgraad: r.capaciteit_dagen ? round(r.zorgdagen / r.capaciteit_dagen, 4) : null,
    doorlooptijd_mediaan: r.doorlooptijd_mediaan === null ? null : round(r.doorlooptijd_mediaan, 1),
    doorlooptijd_gemiddeld: r.doorlooptijd_gemiddeld === null ? null : round(r.doorlooptijd_gemiddeld, 1),
  };
}

/** Raw figures, for the monitor-analist. */
export function publishRaw(rows: readonly RawMonitorRow[]): MonitorRow[] {
  return rows.map((r) => ({
    period: r.period,
    unit_kind: r.unit_kind,
    unit_code: r.unit_code,
    unit_name: r.unit_name,
    product: r.product,
    in_zorg: r.in_zorg,
    instroom: r.instroom,
    uitstroom: r.uitstroom,
    ...measures(r),
    redenen_einde: { ...r.redenen_einde },
    pgb: r.pgb,
  }));
}

const rowKey = (periodKey: string, kind: string, code: string, product: string) => `${periodKey}|${kind}:${code}|${product}`;

/**
 * The additive relations of one publication structure: per unit totaal = BW + MO; per region the
 * region = its municipalities (when both levels are in `rows`); uitstroom = reasons other than 20;
 * and, per period and product, the providers and the municipalities add up to the same total of
 * all units (when both kinds are in `rows`): that total is shown nowhere (`unpublished`), but a
 * reader who knows every municipality knows it, and could subtract the visible providers from it.
 * Distinct-client counts are not exactly additive, but an attacker would use them as if they were.
 */
export function monitorRelations(
  rows: readonly RawMonitorRow[],
  regionOf: ReadonlyMap<string, string>,
): { values: Map<string, number>; relations: Relation[]; unpublished: Set<string> } {
  const values = new Map<string, number>();
  const unpublished = new Set<string>();
  const reasonCodes = new Set<string>();
  for (const r of rows) for (const c of Object.keys(r.redenen_einde)) reasonCodes.add(c);
  const figures = [...COUNT_FIGURES, ...[...reasonCodes].sort().map((c) => `reden_${c}`)];
  const present = new Set<string>();
  for (const r of rows) {
    const k = rowKey(r.period.key, r.unit_kind, r.unit_code, r.product);
    present.add(k);
    for (const f of COUNT_FIGURES) values.set(`${k}|${f}`, r[f]);
    for (const c of reasonCodes) values.set(`${k}|reden_${c}`, r.redenen_einde[c] ?? 0);
  }
  const relations: Relation[] = [];
  const units = new Map<string, { period: string; kind: string; code: string }>();
  for (const r of rows)
    units.set(`${r.period.key}|${r.unit_kind}:${r.unit_code}`, { period: r.period.key, kind: r.unit_kind, code: r.unit_code });
  const members = new Map<string, string[]>();
  for (const u of units.values()) {
    if (u.kind !== 'gemeente') continue;
    const region = regionOf.get(u.code);
    if (!region) continue;
    const key = `${u.period}|${region}`;
    const list = members.get(key);
    if (list) list.push(u.code);
    else members.set(key, [u.code]);
  }
  for (const u of units.values()) {
    const k = (p: string) => rowKey(u.period, u.kind, u.code, p);
    // A product without a row has no episodes (0, and the reader knows it): totaal = the other product then.
    const products = ['BW', 'MO'].filter((p) => present.has(k(p)));
    if (present.has(k('totaal')) && products.length > 0) {
      for (const f of figures) relations.push({ total: `${k('totaal')}|${f}`, parts: products.map((p) => `${k(p)}|${f}`) });
    }
    for (const p of ['BW', 'MO', 'totaal']) {
      if (!present.has(k(p))) continue;
      const parts = [...reasonCodes].filter((c) => c !== PAUSE_REASON).map((c) => `${k(p)}|reden_${c}`);
      relations.push({ total: `${k(p)}|uitstroom`, parts });
      if (u.kind === 'regio') {
        const ms = members.get(`${u.period}|${u.code}`) ?? [];
        const memberKeys = ms.map((m) => rowKey(u.period, 'gemeente', m, p)).filter((m) => present.has(m));
        if (memberKeys.length === 0) continue;
        for (const f of figures) relations.push({ total: `${k(p)}|${f}`, parts: memberKeys.map((m) => `${m}|${f}`) });
      }
    }
  }
  // The total of all units per period and product: Σ municipalities = Σ providers.
  const byKind = new Map<string, string[]>();
  for (const r of rows) {
    const key = `${r.period.key}|${r.product}|${r.unit_kind}`;
    const list = byKind.get(key);
    const k = rowKey(r.period.key, r.unit_kind, r.unit_code, r.product);
    if (list) list.push(k);
    else byKind.set(key, [k]);
  }
  for (const [key, gemeenten] of byKind) {
    if (!key.endsWith('|gemeente')) continue;
    const [period = '', product = ''] = key.split('|');
    const aanbieders = byKind.get(`${period}|${product}|aanbieder`);
    if (!aanbieders) continue;
    const regionList = byKind.get(`${period}|${product}|regio`);
    const all = rowKey(period, 'alle', '*', product);
    for (const f of figures) {
      // Its value as the attacker would compute it from the municipalities.
      values.set(
        `${all}|${f}`,
        gemeenten.reduce((sum, g) => sum + (values.get(`${g}|${f}`) ?? 0), 0),
      );
      unpublished.add(`${all}|${f}`);
      relations.push({ total: `${all}|${f}`, parts: gemeenten.map((g) => `${g}|${f}`) });
      relations.push({ total: `${all}|${f}`, parts: aanbieders.map((a) => `${a}|${f}`) });
      // The regions add up to the same total when every municipality has one (implied by the relations
      // above, but a reader who reasons with bounds rather than algebra uses it directly).
      if (regionList && gemeenten.every((g) => regionOf.has(g.split('|')[1]?.slice('gemeente:'.length) ?? ''))) {
        relations.push({ total: `${all}|${f}`, parts: regionList.map((r) => `${r}|${f}`) });
      }
    }
  }
  return { values, relations, unpublished };
}

function mark(status: CellStatus, value: number, threshold: number): Count {
  if (status === 'shown') return value;
  return value < threshold ? `<${threshold}` : 'x';
}

/**
 * Suppressed figures for publication. `rows` must be the whole structure of its periods (all
 * products, all unit kinds: gemeente, regio and aanbieder) so every table cut from it hides the
 * same cells. Relations never cross periods, so a period's cells are the same whichever other
 * periods are in `rows`.
 */
export function publishSuppressed(rows: readonly RawMonitorRow[], regionOf: ReadonlyMap<string, string>, threshold: number): MonitorRow[] {
  const steps = suppressionInSteps(rows, regionOf, threshold);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return applySuppression(rows, step.value, threshold);
}

/**
 * Which cells of the structure are hidden, in steps (one per block of relations), for a server
 * that lets other work in between (runInSlices). Keys: `period|kind:code|product|figure`. Each
 * period is protected on its own (no relation crosses periods), so a period's cells never depend
 * on which other periods were asked for, and may be cached per period.
 */
export function* suppressionInSteps(
  rows: readonly RawMonitorRow[],
  regionOf: ReadonlyMap<string, string>,
  threshold: number,
): Generator<void, Map<string, CellStatus>, void> {
  const byPeriod = new Map<string, RawMonitorRow[]>();
  for (const r of rows) {
    const list = byPeriod.get(r.period.key);
    if (list) list.push(r);
    else byPeriod.set(r.period.key, [r]);
  }
  const status = new Map<string, CellStatus>();
  for (const group of byPeriod.values()) {
    const { values, relations, unpublished } = monitorRelations(group, regionOf);
    for (const [cell, st] of yield* suppressCellsInSteps(values, relations, threshold, unpublished)) status.set(cell, st);
  }
  return status;
}

/**
 * The rows as published, given the status of their cells (suppressionInSteps over a structure that holds them).
 * `reasonCodes`: the reason codes of the whole structure, when `rows` is only a part of it (a slice of the
 * rows asked for); by default those of `rows`.
 */
export function applySuppression(
  rows: readonly RawMonitorRow[],
  status: ReadonlyMap<string, CellStatus>,
  threshold: number,
  reasonCodes?: ReadonlySet<string>,
): MonitorRow[] {
  const codes = new Set<string>(reasonCodes);
  if (!reasonCodes) for (const r of rows) for (const c of Object.keys(r.redenen_einde)) codes.add(c);
  const sortedCodes = [...codes].sort();
  return rows.map((r) => {
    const k = rowKey(r.period.key, r.unit_kind, r.unit_code, r.product);
    const st = (f: string): CellStatus => status.get(`${k}|${f}`) ?? 'shown';
    const inZorgHidden = st('in_zorg') !== 'shown';
    const durationHidden = st('uitstroom') !== 'shown' || r.doorlooptijd_n < threshold;
    const m = measures(r);
    const redenen: Record<string, Count> = {};
    // A reason that does not occur reads as 0; one hidden as a partner ("<5") must be shown as hidden.
    for (const c of sortedCodes) {
      const n = r.redenen_einde[c];
      const s = st(`reden_${c}`);
      if (n !== undefined || s !== 'shown') redenen[c] = mark(s, n ?? 0, threshold);
    }
    return {
      period: r.period,
      unit_kind: r.unit_kind,
      unit_code: r.unit_code,
      unit_name: r.unit_name,
      product: r.product,
      in_zorg: mark(st('in_zorg'), r.in_zorg, threshold),
      instroom: mark(st('instroom'), r.instroom, threshold),
      uitstroom: mark(st('uitstroom'), r.uitstroom, threshold),
      // Days and occupancy add up like in_zorg's table, so they are hidden with it.
      zorgdagen: inZorgHidden ? null : m.zorgdagen,
      gemiddelde_bezetting: inZorgHidden ? null : m.gemiddelde_bezetting,
      bezettingsgraad: inZorgHidden ? null : m.bezettingsgraad,
      doorlooptijd_mediaan: durationHidden ? null : m.doorlooptijd_mediaan,
      doorlooptijd_gemiddeld: durationHidden ? null : m.doorlooptijd_gemiddeld,
      redenen_einde: redenen,
      pgb: mark(st('pgb'), r.pgb, threshold),
    };
  });
}
