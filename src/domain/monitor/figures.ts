/**
 * The contract of the regional monitor (issue 6): one row per period × unit × product.
 * Figure names are exactly the snake_case names of the issue; the API, the CLI JSON/CSV and the
 * UI all use this shape. Definitions: docs/figures/*.md.
 */

export type MonitorPer = 'maand' | 'kwartaal' | 'jaar';
export type MonitorUnitKind = 'gemeente' | 'aanbieder' | 'regio';
/** Episode products; 'totaal' is both together (distinct clients, not a sum). */
export type EpisodeProduct = 'BW' | 'MO';
export type MonitorProduct = EpisodeProduct | 'totaal';

export const MONITOR_PERS: readonly MonitorPer[] = ['maand', 'kwartaal', 'jaar'];
export const MONITOR_UNIT_KINDS: readonly MonitorUnitKind[] = ['gemeente', 'aanbieder', 'regio'];
export const MONITOR_PRODUCTS: readonly MonitorProduct[] = ['BW', 'MO', 'totaal'];

export interface MonitorPeriod {
  /** '2024-03' (maand), '2024-Q1' (kwartaal), '2024' (jaar). */
  key: string;
  /** First and last day, inclusive, jjjj-mm-dd. */
  start: string;
  end: string;
  days: number;
}

/**
 * A published count. A number when shown; otherwise a mark:
 * - `<5` (with the configured threshold): primary suppression, the true count is 1..threshold-1;
 * - `x`: secondary suppression, hidden so that no `<5` cell can be recomputed from totals.
 * Raw output (monitor-analist with suppress=false) always has numbers.
 */
export type SuppressionMark = `<${number}` | 'x';
export type Count = number | SuppressionMark;
/** A derived figure (days, averages, ratios); null when not computable or hidden with its base count. */
export type Measure = number | null;

export interface MonitorFigures {
  in_zorg: Count;
  instroom: Count;
  uitstroom: Count;
  /** Sum of overlapping days, first and last day both counted. Hidden (null) when in_zorg is suppressed. */
  zorgdagen: Measure;
  /** zorgdagen / days in the period, 2 decimals. */
  gemiddelde_bezetting: Measure;
  /** zorgdagen / (places × days), 4 decimals (0.8532 = 85,32%); null where capacity is unknown. */
  bezettingsgraad: Measure;
  /** Days einde − start over episodes ending in the period with reason ≠ 20; 1 decimal. */
  doorlooptijd_mediaan: Measure;
  doorlooptijd_gemiddeld: Measure;
  /** Episodes ending in the period per iWmo reason code (all codes that occur, '20' included). */
  redenen_einde: Record<string, Count>;
  pgb: Count;
}

export interface MonitorRow extends MonitorFigures {
  period: MonitorPeriod;
  unit_kind: MonitorUnitKind;
  /** CBS gemeentecode (4 digits), AGB code or provider name, or region code. */
  unit_code: string;
  unit_name: string;
  product: MonitorProduct;
}

export interface MonitorQuery {
  from: string;
  to: string;
  per: MonitorPer;
  by: MonitorUnitKind;
  /** Only this product (plus nothing else); absent: BW, MO and totaal. */
  product?: EpisodeProduct;
  /** Only these unit codes; absent: all units with data. */
  units?: string[];
  /** Apply publication suppression. Only a monitor-analist may ask for false. */
  suppress: boolean;
}

export interface MonitorResult {
  query: MonitorQuery;
  suppressed: boolean;
  /** The threshold used: counts 1..threshold-1 are primary-suppressed. */
  threshold: number;
  /** Labels of the reason codes that occur in redenen_einde. */
  reason_labels: Record<string, string>;
  rows: MonitorRow[];
}
