/* eslint-disable @typescript-eslint/no-non-null-assertion -- hot loops over typed arrays whose indexes are in range by construction */
import type { EpisodeColumns } from './episode-columns';
import { OPEN_END } from './episode-columns';
import type { MonitorPeriod } from './responses';
import type { MonitorProduct, MonitorUnitKind } from './figures';
import { dayNumber } from './periods';
import { PAUSE_REASON } from './reasons';

/** The exact figures of one period × unit × product, before rounding and publication. */
export interface MonitorCell {
  period: string;
  unit_kind: MonitorUnitKind;
  unit_code: string;
  product: MonitorProduct;
  in_zorg: number;
  instroom: number;
  uitstroom: number;
  zorgdagen: number;
  pgb: number;
  doorlooptijd_n: number;
  doorlooptijd_mediaan: number | null;
  doorlooptijd_gemiddeld: number | null;
  redenen_einde: Record<string, number>;
}

export interface EngineInput {
  columns: EpisodeColumns;
  /** Contiguous, in order (as `splitPeriods` makes them). */
  periods: readonly MonitorPeriod[];
  /** The unit kinds to compute; a region is the set of its municipalities in `regionOf`. */
  levels: readonly MonitorUnitKind[];
  /** gemeente code → region code; municipalities without a region have no region row. */
  regionOf: ReadonlyMap<string, string>;
}

const PRODUCTS: readonly MonitorProduct[] = ['BW', 'MO', 'totaal'];
/** Product slot of the 'totaal' cells (after BW = 0 and MO = 1). */
const TOTAAL = 2;

/**
 * Every figure of issue 6 for every period × unit × product (BW, MO, totaal) in one pass over the
 * episodes. Distinct clients: episodes come sorted by client, so a cell counts a client once by
 * remembering the last client it counted (a stamp per cell and figure), with no sets or sorting.
 * A cell exists when at least one episode overlaps its period (in_zorg ≥ 1).
 */
export function computeCells(input: EngineInput): MonitorCell[] {
  const steps = computeCellsInSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** computeCells in steps: yields every 4,096 episodes, for a server that lets other work in between (runInSlices). */
export function* computeCellsInSteps(input: EngineInput): Generator<void, MonitorCell[], void> {
  const { columns: c, periods, levels } = input;
  const P = periods.length;
  if (P === 0 || c.size === 0) return [];
  const ps = Int32Array.from(periods, (p) => dayNumber(p.start));
  const pe = Int32Array.from(periods, (p) => dayNumber(p.end));
  const first = ps[0]!;
  const last = pe[P - 1]!;

  // Unit index per level, per dictionary entry; regions get their own small dictionary.
  const regionCodes: string[] = [];
  const regionIndex = new Map<string, number>();
  const regionOfGemeente = Int32Array.from(c.gemeenten, (g) => {
    const r = input.regionOf.get(g);
    if (r === undefined) return -1;
    let i = regionIndex.get(r);
    if (i === undefined) {
      i = regionCodes.length;
      regionCodes.push(r);
      regionIndex.set(r, i);
    }
    return i;
  });
  const unitCodes = levels.map((l) => (l === 'gemeente' ? c.gemeenten : l === 'aanbieder' ? c.aanbieders : regionCodes));
  const offset = new Int32Array(levels.length);
  let units = 0;
  levels.forEach((_, l) => {
    offset[l] = units;
    units += unitCodes[l]!.length;
  });
  const levelKind = Uint8Array.from(levels, (l) => (l === 'gemeente' ? 0 : l === 'aanbieder' ? 1 : 2));

  const cells = P * units * 3;
  const inZorg = new Int32Array(cells);
  const instroom = new Int32Array(cells);
  const uitstroom = new Int32Array(cells);
  const pgb = new Int32Array(cells);
  const zorgdagen = new Float64Array(cells);
  const seenZorg = new Int32Array(cells).fill(-1);
  const seenIn = new Int32Array(cells).fill(-1);
  const seenOut = new Int32Array(cells).fill(-1);
  const seenPgb = new Int32Array(cells).fill(-1);
  const durations: (number[] | undefined)[] = new Array<number[] | undefined>(cells);
  const R = c.reasons.length;
  const reasonCounts: (Int32Array | undefined)[] = new Array<Int32Array | undefined>(cells);
  const pause = c.reasons.indexOf(PAUSE_REASON);

  for (let i = 0; i < c.size; i++) {
    if ((i & 4095) === 4095) yield;
    const s = c.start[i]!;
    const e = c.einde[i]!;
    if (s > last || e < first) continue;
    const client = c.client[i]!;
    const slot = c.product[i]!;
    const reason = c.reason[i]!;
    const isPgb = c.pgb[i] === 1;
    const g = c.gemeente[i]!;
    // First period that ends on or after the start (periods are few: a linear scan is fine).
    let p = 0;
    while (pe[p]! < s) p++;
    for (; p < P && ps[p]! <= e; p++) {
      const startsIn = s >= ps[p]!;
      const endsIn = e !== OPEN_END && e <= pe[p]!;
      const endsOut = endsIn && reason >= 0 && reason !== pause;
      const days = Math.min(e, pe[p]!) - Math.max(s, ps[p]!) + 1;
      for (let l = 0; l < levelKind.length; l++) {
        const k = levelKind[l]!;
        const u = k === 0 ? g : k === 1 ? c.aanbieder[i]! : regionOfGemeente[g]!;
        if (u < 0) continue;
        const base = (p * units + offset[l]! + u) * 3;
        for (let t = 0; t < 2; t++) {
          const cell = base + (t === 0 ? slot : TOTAAL);
          if (seenZorg[cell] !== client) {
            seenZorg[cell] = client;
            inZorg[cell]! += 1;
          }
          if (startsIn && seenIn[cell] !== client) {
            seenIn[cell] = client;
            instroom[cell]! += 1;
          }
          if (endsOut && seenOut[cell] !== client) {
            seenOut[cell] = client;
            uitstroom[cell]! += 1;
          }
          if (isPgb && seenPgb[cell] !== client) {
            seenPgb[cell] = client;
            pgb[cell]! += 1;
          }
          zorgdagen[cell]! += days;
          if (endsOut) (durations[cell] ??= []).push(e - s);
          if (endsIn && reason >= 0) (reasonCounts[cell] ??= new Int32Array(R))[reason]! += 1;
        }
      }
    }
  }

  const out: MonitorCell[] = [];
  for (let p = 0; p < P; p++) {
    for (let l = 0; l < levels.length; l++) {
      // The cells out per period and level (medians sorted, objects made): a step of its own.
      yield;
      const codes = unitCodes[l]!;
      for (let u = 0; u < codes.length; u++) {
        for (let t = 0; t < 3; t++) {
          const cell = (p * units + offset[l]! + u) * 3 + t;
          if (inZorg[cell] === 0) continue;
          const d = durations[cell];
          const counts = reasonCounts[cell];
          const redenen: Record<string, number> = {};
          if (counts) for (let r = 0; r < R; r++) if (counts[r]! > 0) redenen[c.reasons[r]!] = counts[r]!;
          out.push({
            period: periods[p]!.key,
            unit_kind: levels[l]!,
            unit_code: codes[u]!,
            product: PRODUCTS[t]!,
            in_zorg: inZorg[cell]!,
            instroom: instroom[cell]!,
            uitstroom: uitstroom[cell]!,
            zorgdagen: zorgdagen[cell]!,
            pgb: pgb[cell]!,
            doorlooptijd_n: d?.length ?? 0,
            doorlooptijd_mediaan: d ? median(d) : null,
            doorlooptijd_gemiddeld: d ? d.reduce((a, b) => a + b, 0) / d.length : null,
            redenen_einde: redenen,
          });
        }
      }
    }
  }
  return out;
}

/** The middle value; with an even count the mean of the two middle values. Sorts in place. */
export function median(values: number[]): number {
  values.sort((a, b) => a - b);
  const m = values.length >> 1;
  return values.length % 2 === 1 ? values[m]! : (values[m - 1]! + values[m]!) / 2;
}
