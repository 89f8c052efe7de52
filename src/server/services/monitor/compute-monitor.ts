import { createHash } from 'node:crypto';
import { capacityDays, listRegions } from '../../../db/queries/monitor';
import type { Db } from '../../../db/database';
import { computeCellsInSteps, type MonitorCell } from '../../../domain/monitor/engine';
import type { EpisodeColumns } from '../../../domain/monitor/episode-columns';
import type { MonitorPeriod, MonitorQuery, MonitorResult, MonitorRow } from '../../../domain/monitor/responses';
import type { MonitorProduct, MonitorUnitKind } from '../../../domain/monitor/figures';
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
  // Everything below runs in slices too (issue 25): the engine's cells, the rows built and sorted per
  // period, and the published rows, so that no question holds the event loop for long; the disclosure
  // audit runs in the suppression worker. A second asking of the same question (same episode revision,
  // registers and threshold) is the same answer object, from the cache: public questions only (bounded
  // in size by the public limits; an analist's raw ten years by month would not be).
  if (asker !== 'anonymous') return answer(columns, query, threshold, { periods, levels, regions, regionOf, capacity });
  const key = answerKey(query, threshold, asker, regions, capacity);
  let answers = answerCache.get(columns);
  if (!answers) {
    answers = new Map();
    answerCache.set(columns, answers);
  }
  const hit = answers.get(key);
  if (hit) return hit;
  const pending = answer(columns, query, threshold, { periods, levels, regions, regionOf, capacity });
  pending.catch(() => answers.delete(key));
  if (answers.size >= MAX_CACHED_ANSWERS) answers.delete(answers.keys().next().value ?? '');
  answers.set(key, pending);
  return pending;
}

/** Public answers per episode columns (so per episode revision), oldest dropped first; one is ~0.5 MB. */
const answerCache = new WeakMap<EpisodeColumns, Map<string, Promise<MonitorResult>>>();
const MAX_CACHED_ANSWERS = 16;

function answerKey(
  query: MonitorQuery,
  threshold: number,
  asker: string,
  regions: readonly { gemeente: string; regio: string; gemeenteNaam: string; regioNaam: string }[],
  capacity: readonly unknown[],
): string {
  // The registers are part of the answer (names, regions, occupancy) and change without an episode revision.
  const registers = createHash('sha256').update(JSON.stringify(regions)).update(JSON.stringify(capacity)).digest('hex');
  return JSON.stringify([
    query.from,
    query.to,
    query.per,
    query.by,
    query.product ?? '',
    query.units ?? [],
    query.suppress,
    threshold,
    asker,
    registers,
  ]);
}

interface AnswerInputs {
  periods: MonitorPeriod[];
  levels: MonitorUnitKind[];
  regions: readonly { gemeente: string; regio: string; gemeenteNaam: string; regioNaam: string }[];
  regionOf: ReadonlyMap<string, string>;
  capacity: readonly { period: string; aanbieder: string; product: string; plaatsdagen: number }[];
}

async function answer(columns: EpisodeColumns, query: MonitorQuery, threshold: number, inputs: AnswerInputs): Promise<MonitorResult> {
  const { periods, levels, regionOf } = inputs;
  // The engine pass in slices: a pass over many episodes and periods lets other requests in between.
  const cells = await runInSlices(computeCellsInSteps({ columns, periods, levels, regionOf }));
  const raw = await runInSlices(rawRowsInSteps(cells, inputs));
  const status = query.suppress ? await suppressionStatus(columns, raw.byPeriod, regionOf, threshold) : null;
  const rows = await runInSlices(publishInSteps(raw, status, query, threshold));
  const reason_labels: Record<string, string> = {};
  for (const c of [...raw.codes].sort()) if (rows.codes.has(c)) reason_labels[c] = reasonLabel(c);
  return { query, suppressed: query.suppress, threshold, reason_labels, rows: rows.rows };
}

/** How many rows a slice step handles before it offers to yield (runInSlices yields after ~10 ms). */
const STEP_ROWS = 256;

interface RawRows {
  /** Per period (in the order of the periods' starts), its rows in the published order. */
  byPeriod: Map<string, RawMonitorRow[]>;
  /** The reason codes of every row (all unit kinds): a hidden partner reason shows in every row. */
  codes: Set<string>;
}

function* rawRowsInSteps(cells: readonly MonitorCell[], inputs: AnswerInputs): Generator<void, RawRows, void> {
  const periodByKey = new Map(inputs.periods.map((p) => [p.key, p]));
  const names = new Map<string, string>();
  for (const r of inputs.regions) {
    names.set(`gemeente:${r.gemeente}`, r.gemeenteNaam);
    names.set(`regio:${r.regio}`, r.regioNaam);
  }
  const capMap = new Map<string, number>();
  for (const c of inputs.capacity) capMap.set(`${c.period}|${c.aanbieder}|${c.product === '' ? 'totaal' : c.product}`, c.plaatsdagen);
  const groups = new Map<string, RawMonitorRow[]>();
  for (const p of [...inputs.periods].sort((a, b) => a.start.localeCompare(b.start))) groups.set(p.key, []);
  const codes = new Set<string>();
  let n = 0;
  for (const c of cells) {
    const period = periodByKey.get(c.period);
    const group = groups.get(c.period);
    if (!period || !group) continue;
    for (const code of Object.keys(c.redenen_einde)) codes.add(code);
    group.push({
      ...c,
      period,
      unit_name: names.get(`${c.unit_kind}:${c.unit_code}`) ?? c.unit_code,
      capaciteit_dagen: c.unit_kind === 'aanbieder' ? (capMap.get(`${c.period}|${c.unit_code}|${c.product}`) ?? null) : null,
    });
    if (++n % STEP_ROWS === 0) yield;
  }
  // Sorted per period (the periods are in order already): each sort is one period's rows, a short step.
  for (const group of groups.values()) {
    group.sort(
      (a, b) =>
        a.unit_kind.localeCompare(b.unit_kind) ||
        a.unit_code.localeCompare(b.unit_code) ||
        PRODUCT_ORDER[a.product] - PRODUCT_ORDER[b.product],
    );
    yield;
  }
  return { byPeriod: groups, codes };
}

function* publishInSteps(
  raw: RawRows,
  status: ReadonlyMap<string, ReadonlyMap<string, CellStatus>> | null,
  query: MonitorQuery,
  threshold: number,
): Generator<void, { rows: MonitorRow[]; codes: Set<string> }, void> {
  const unitSet = query.units ? new Set(query.units) : null;
  const rows: MonitorRow[] = [];
  const codes = new Set<string>();
  const none = new Map<string, CellStatus>();
  for (const [period, group] of raw.byPeriod) {
    // Only the rows asked for are published (the suppression was decided over the whole structure).
    const asked = group.filter(
      (r) => r.unit_kind === query.by && (!query.product || r.product === query.product) && (!unitSet || unitSet.has(r.unit_code)),
    );
    for (let i = 0; i < asked.length; i += STEP_ROWS) {
      const part = asked.slice(i, i + STEP_ROWS);
      const published = status ? applySuppression(part, status.get(period) ?? none, threshold, raw.codes) : publishRaw(part);
      for (const r of published) {
        rows.push(r);
        for (const c of Object.keys(r.redenen_einde)) codes.add(c);
      }
      yield;
    }
  }
  return { rows, codes };
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
  byPeriod: ReadonlyMap<string, RawMonitorRow[]>,
  regionOf: ReadonlyMap<string, string>,
  threshold: number,
): Promise<Map<string, Map<string, CellStatus>>> {
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
  if (cache.size + byPeriod.size > MAX_CACHED_PERIODS) cache.clear();
  const parts = await Promise.all(
    [...byPeriod].map(async ([period, rows]) => {
      const key = `${threshold}|${regionKey}|${period}`;
      let pending = cache.get(key);
      if (!pending) {
        const entry = suppressInWorker(rows, regionOf, threshold);
        entry.catch(() => cache.delete(key));
        cache.set(key, entry);
        pending = entry;
      }
      return [period, await pending] as const;
    }),
  );
  // Kept per period (a cell's key starts with its period): no merged map of every cell to build.
  return new Map(parts);
}
