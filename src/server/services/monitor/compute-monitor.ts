import { createHash } from 'node:crypto';
import { capacityDays, listRegions } from '../../../db/queries/monitor';
import type { Db } from '../../../db/database';
import { computeCellsInSteps } from '../../../domain/monitor/engine';
import type { EpisodeColumns } from '../../../domain/monitor/episode-columns';
import type { MonitorProduct, MonitorQuery, MonitorResult, MonitorUnitKind } from '../../../domain/monitor/figures';
import { splitPeriods } from '../../../domain/monitor/periods';
import { applySuppression, publishRaw, type RawMonitorRow } from '../../../domain/monitor/publish';
import { assertPublicGranularity, assertPublicWork } from '../../../domain/monitor/public-limits';
import type { CellStatus } from '../../../domain/monitor/cell-bounds';
import { reasonLabel } from '../../../domain/monitor/reasons';
import { DomainError } from '../../../domain/shared/errors';
import type { Actor } from '../../auth/actor';
import { episodeColumns } from './episode-cache';
import { runInSlices } from './run-in-slices';
import { suppressInWorker } from './suppression-pool';

export interface ComputeOptions {
  /** Counts 1..threshold-1 are primary-suppressed. */
  threshold?: number;
  /**
   * Who asks, for the public limits (public-limits.ts): 'anonymous' (bounded work, one
   * granularity), 'user' (one granularity for suppressed figures), 'analist' (anything).
   * Default 'analist': services and the CLI, which run as the local user.
   */
  asker?: 'anonymous' | 'user' | 'analist';
}

/** The asker of a request: the monitor-analist may choose, everyone else gets the public rules. */
export function askerOf(actor: Actor): 'anonymous' | 'user' | 'analist' {
  if (actor.platformRoles.includes('monitor-analist')) return 'analist';
  return actor.kind === 'anonymous' ? 'anonymous' : 'user';
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
 * suppression the whole structure (all products, all unit kinds: gemeente, regio and aanbieder)
 * is computed, so every cut of it hides the same cells; which cells are hidden is kept per period
 * for as long as the episodes stay the same (suppressionStatus), and computed in slices that let
 * other requests in between.
 */
export async function computeMonitor(db: Db, query: MonitorQuery, opts: ComputeOptions = {}): Promise<MonitorResult> {
  const threshold = opts.threshold ?? 5;
  const asker = opts.asker ?? 'analist';
  assertPublicGranularity(query, asker === 'analist');
  const periods = splitPeriods(query.from, query.to, query.per);
  if (asker === 'anonymous') assertPublicWork(periods.length, query);
  const [regions, columns, capacity] = await Promise.all([
    listRegions(db),
    episodeColumns(db),
    query.by === 'aanbieder' ? capacityDays(db, periods) : Promise.resolve([]),
  ]);
  // Suppression needs every unit kind: a region total can give a municipality away, and the
  // providers add up to the same total as the municipalities. Without a region register there is
  // no region level.
  const geo: MonitorUnitKind[] = regions.length > 0 ? ['gemeente', 'regio'] : ['gemeente'];
  const levels: MonitorUnitKind[] = query.suppress ? [...geo, 'aanbieder'] : [query.by];
  const regionOf = new Map(regions.map((r) => [r.gemeente, r.regio]));
  // The engine pass in slices: a pass over many episodes and periods lets other requests in between.
  const cells = await runInSlices(computeCellsInSteps({ columns, periods, levels, regionOf }));
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
  const published = query.suppress
    ? applySuppression(raw, await suppressionStatus(columns, raw, regionOf, threshold), threshold)
    : publishRaw(raw);
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

/**
 * Hidden cells per period, per episode columns (so per episode revision: new columns after an
 * import drop the lot), keyed by threshold, region register and period. A period's cells do not
 * depend on the other periods asked for, so a heavy public question is computed once and every
 * later question over the same quarters is a look-up. Questions at the same time share the work.
 */
const statusCache = new WeakMap<EpisodeColumns, Map<string, Promise<Map<string, CellStatus>>>>();
const MAX_CACHED_PERIODS = 5000;

async function suppressionStatus(
  columns: EpisodeColumns,
  raw: readonly RawMonitorRow[],
  regionOf: ReadonlyMap<string, string>,
  threshold: number,
): Promise<Map<string, CellStatus>> {
  let cache = statusCache.get(columns);
  if (!cache) {
    cache = new Map();
    statusCache.set(columns, cache);
  }
  const regionKey = createHash('sha256')
    .update(
      [...regionOf]
        .map(([g, r]) => `${g}=${r}`)
        .sort()
        .join(','),
    )
    .digest('hex');
  const byPeriod = new Map<string, RawMonitorRow[]>();
  for (const r of raw) {
    const list = byPeriod.get(r.period.key);
    if (list) list.push(r);
    else byPeriod.set(r.period.key, [r]);
  }
  if (cache.size + byPeriod.size > MAX_CACHED_PERIODS) cache.clear();
  const parts = await Promise.all(
    [...byPeriod].map(([period, rows]) => {
      const key = `${threshold}|${regionKey}|${period}`;
      let pending = cache.get(key);
      if (!pending) {
        const entry = suppressInWorker(rows, regionOf, threshold);
        entry.catch(() => cache.delete(key));
        cache.set(key, entry);
        pending = entry;
      }
      return pending;
    }),
  );
  const status = new Map<string, CellStatus>();
  for (const part of parts) for (const [cell, st] of part) status.set(cell, st);
  return status;
}
