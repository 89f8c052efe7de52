import type { Count, MonitorFigures, MonitorPeriod, MonitorProduct, MonitorRow, MonitorUnitKind } from './figures';
import { PAUSE_REASON } from './reasons';
import type { CellStatus, Relation } from './cell-bounds';
import { suppressCells } from './suppression';

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

function measures(r: RawMonitorRow): Pick<MonitorFigures, 'zorgdagen' | 'gemiddelde_bezetting' | 'bezettingsgraad' | 'doorlooptijd_mediaan' | 'doorlooptijd_gemiddeld'> {
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
 * region = its municipalities (when both levels are in `rows`); uitstroom = reasons other than 20.
 * Distinct-client counts are not exactly additive, but an attacker would use them as if they were.
 */
export function monitorRelations(rows: readonly RawMonitorRow[], regionOf: ReadonlyMap<string, string>): { values: Map<string, number>; relations: Relation[] } {
  const values = new Map<string, number>();
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
  for (const r of rows) units.set(`${r.period.key}|${r.unit_kind}:${r.unit_code}`, { period: r.period.key, kind: r.unit_kind, code: r.unit_code });
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
    for (const f of figures) {
      if (present.has(k('totaal')) && present.has(k('BW')) && present.has(k('MO'))) {
        relations.push({ total: `${k('totaal')}|${f}`, parts: [`${k('BW')}|${f}`, `${k('MO')}|${f}`] });
      }
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
  return { values, relations };
}

function mark(status: CellStatus, value: number, threshold: number): Count {
  if (status === 'shown') return value;
  return value < threshold ? `<${threshold}` : 'x';
}

/**
 * Suppressed figures for publication. `rows` must be the whole structure (all products; for
 * gemeente and regio both levels) so every table cut from it hides the same cells.
 */
export function publishSuppressed(rows: readonly RawMonitorRow[], regionOf: ReadonlyMap<string, string>, threshold: number): MonitorRow[] {
  const { values, relations } = monitorRelations(rows, regionOf);
  const status = suppressCells(values, relations, threshold);
  return rows.map((r) => {
    const k = rowKey(r.period.key, r.unit_kind, r.unit_code, r.product);
    const st = (f: string): CellStatus => status.get(`${k}|${f}`) ?? 'shown';
    const inZorgHidden = st('in_zorg') !== 'shown';
    const durationHidden = st('uitstroom') !== 'shown' || r.doorlooptijd_n < threshold;
    const m = measures(r);
    const redenen: Record<string, Count> = {};
    for (const [c, n] of Object.entries(r.redenen_einde)) redenen[c] = mark(st(`reden_${c}`), n, threshold);
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
