import { capacityDays, figureRows, listRegions, reasonRows, type UnitLevel } from '../../../db/queries/monitor';
import type { Db } from '../../../db/database';
import type { MonitorProduct, MonitorQuery, MonitorResult } from '../../../domain/monitor/figures';
import { splitPeriods } from '../../../domain/monitor/periods';
import { publishRaw, publishSuppressed, type RawMonitorRow } from '../../../domain/monitor/publish';
import { reasonLabel } from '../../../domain/monitor/reasons';
import { DomainError } from '../../../domain/shared/errors';
import type { Actor } from '../../auth/actor';

export interface ComputeOptions {
  /** Counts 1..threshold-1 are primary-suppressed. */
  threshold?: number;
}

const PRODUCT_ORDER: Record<MonitorProduct, number> = { BW: 0, MO: 1, totaal: 2 };

/** Raw output is for the monitor-analist only; everyone else gets suppressed figures. */
export function assertMaySeeRaw(actor: Actor, query: Pick<MonitorQuery, 'suppress'>): void {
  if (!query.suppress && !actor.platformRoles.includes('monitor-analist')) {
    throw new DomainError('FORBIDDEN', 'Alleen een monitor-analist mag de ongemaskeerde cijfers zien.', { field: 'suppress' });
  }
}

/**
 * The monitor for a query: all periods × units × products in two set-based queries, then the
 * publication rules. With suppression the whole structure (all products; for gemeente and regio
 * both levels) is computed, so every cut of it hides the same cells.
 */
export async function computeMonitor(db: Db, query: MonitorQuery, opts: ComputeOptions = {}): Promise<MonitorResult> {
  const threshold = opts.threshold ?? 5;
  const periods = splitPeriods(query.from, query.to, query.per);
  const regions = await listRegions(db);
  // Suppression needs both geographic levels (a region total can give a municipality away);
  // without a region register there is no region level.
  const geo: UnitLevel[] = regions.length > 0 ? ['gemeente', 'regio'] : ['gemeente'];
  const levels: UnitLevel[] = query.by === 'aanbieder' ? ['aanbieder'] : query.suppress ? geo : [query.by];
  const productFilter = query.suppress ? null : (query.product ?? null);
  const [figures, reasons, capacity] = await Promise.all([
    figureRows(db, periods, levels, productFilter),
    reasonRows(db, periods, levels, productFilter),
    query.by === 'aanbieder' ? capacityDays(db, periods) : Promise.resolve([]),
  ]);
  const periodByKey = new Map(periods.map((p) => [p.key, p]));
  const names = new Map<string, string>();
  for (const r of regions) {
    names.set(`gemeente:${r.gemeente}`, r.gemeenteNaam);
    names.set(`regio:${r.regio}`, r.regioNaam);
  }
  const key = (period: string, kind: string, code: string, product: string) => `${period}|${kind}|${code}|${product}`;
  const reasonMap = new Map<string, Record<string, number>>();
  for (const r of reasons) {
    const k = key(r.period, r.unit_kind, r.unit_code, r.product ?? 'totaal');
    const rec = reasonMap.get(k) ?? {};
    rec[r.reden] = r.n;
    reasonMap.set(k, rec);
  }
  const capMap = new Map<string, number>();
  for (const c of capacity) capMap.set(key(c.period, 'aanbieder', c.aanbieder, c.product === '' ? 'totaal' : c.product), c.plaatsdagen);

  const raw: RawMonitorRow[] = [];
  for (const f of figures) {
    const period = periodByKey.get(f.period);
    if (!period) continue;
    const product = (f.product ?? 'totaal') as MonitorProduct;
    const k = key(f.period, f.unit_kind, f.unit_code, product);
    raw.push({
      period,
      unit_kind: f.unit_kind,
      unit_code: f.unit_code,
      unit_name: names.get(`${f.unit_kind}:${f.unit_code}`) ?? f.unit_code,
      product,
      in_zorg: f.in_zorg,
      instroom: f.instroom,
      uitstroom: f.uitstroom,
      zorgdagen: Number(f.zorgdagen),
      capaciteit_dagen: capMap.get(k) ?? null,
      doorlooptijd_n: f.doorlooptijd_n,
      doorlooptijd_mediaan: f.doorlooptijd_mediaan,
      doorlooptijd_gemiddeld: f.doorlooptijd_gemiddeld,
      redenen_einde: reasonMap.get(k) ?? {},
      pgb: f.pgb,
    });
  }
  raw.sort(
    (a, b) =>
      a.period.start.localeCompare(b.period.start) ||
      a.unit_kind.localeCompare(b.unit_kind) ||
      a.unit_code.localeCompare(b.unit_code) ||
      PRODUCT_ORDER[a.product] - PRODUCT_ORDER[b.product],
  );
  const regionOf = new Map(regions.map((r) => [r.gemeente, r.regio]));
  const published = query.suppress ? publishSuppressed(raw, regionOf, threshold) : publishRaw(raw);
  const unitSet = query.units ? new Set(query.units) : null;
  const rows = published.filter(
    (r) => r.unit_kind === query.by && (!query.product || r.product === query.product) && (!unitSet || unitSet.has(r.unit_code)),
  );
  const codes = new Set<string>();
  for (const r of rows) for (const c of Object.keys(r.redenen_einde)) codes.add(c);
  const reason_labels: Record<string, string> = {};
  for (const c of [...codes].sort()) reason_labels[c] = reasonLabel(c);
  return { query, suppressed: query.suppress, threshold, reason_labels, rows };
}
