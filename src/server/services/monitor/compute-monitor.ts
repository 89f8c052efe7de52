import { capacityDays, listRegions } from '../../../db/queries/monitor';
import type { Db } from '../../../db/database';
import { computeCells } from '../../../domain/monitor/engine';
import type { MonitorProduct, MonitorQuery, MonitorResult, MonitorUnitKind } from '../../../domain/monitor/figures';
import { splitPeriods } from '../../../domain/monitor/periods';
import { publishRaw, publishSuppressed, type RawMonitorRow } from '../../../domain/monitor/publish';
import { reasonLabel } from '../../../domain/monitor/reasons';
import { DomainError } from '../../../domain/shared/errors';
import type { Actor } from '../../auth/actor';
import { episodeColumns } from './episode-cache';

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
 * The monitor for a query: all periods × units × products in one pass of the engine over the
 * episodes held in memory as columns (see episode-cache.ts), then the publication rules. With
 * suppression the whole structure (all products; for gemeente and regio both levels) is computed,
 * so every cut of it hides the same cells.
 */
export async function computeMonitor(db: Db, query: MonitorQuery, opts: ComputeOptions = {}): Promise<MonitorResult> {
  const threshold = opts.threshold ?? 5;
  const periods = splitPeriods(query.from, query.to, query.per);
  const [regions, columns, capacity] = await Promise.all([
    listRegions(db),
    episodeColumns(db),
    query.by === 'aanbieder' ? capacityDays(db, periods) : Promise.resolve([]),
  ]);
  // Suppression needs both geographic levels (a region total can give a municipality away);
  // without a region register there is no region level.
  const geo: MonitorUnitKind[] = regions.length > 0 ? ['gemeente', 'regio'] : ['gemeente'];
  const levels: MonitorUnitKind[] = query.by === 'aanbieder' ? ['aanbieder'] : query.suppress ? geo : [query.by];
  const regionOf = new Map(regions.map((r) => [r.gemeente, r.regio]));
  const cells = computeCells({ columns, periods, levels, regionOf });
  const periodByKey = new Map(periods.map((p) => [p.key, p]));
  const names = new Map<string, string>();
  for (const r of regions) {
    names.set(`gemeente:${r.gemeente}`, r.gemeenteNaam);
    names.set(`regio:${r.regio}`, r.regioNaam);
  }
  const capMap = new Map<string, number>();
  for (const c of capacity) capMap.set(`${c.period}|${c.aanbieder}|${c.product === '' ? 'totaal' : c.product}`, c.plaatsdagen);

  const raw: RawMonitorRow[] = [];
  for (const c of cells) {
    const period = periodByKey.get(c.period);
    if (!period) continue;
    raw.push({
      ...c,
      period,
      unit_name: names.get(`${c.unit_kind}:${c.unit_code}`) ?? c.unit_code,
      capaciteit_dagen: c.unit_kind === 'aanbieder' ? (capMap.get(`${c.period}|${c.unit_code}|${c.product}`) ?? null) : null,
    });
  }
  raw.sort(
    (a, b) =>
      a.period.start.localeCompare(b.period.start) ||
      a.unit_kind.localeCompare(b.unit_kind) ||
      a.unit_code.localeCompare(b.unit_code) ||
      PRODUCT_ORDER[a.product] - PRODUCT_ORDER[b.product],
  );
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
