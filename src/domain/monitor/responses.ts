/**
 * Response shapes of the monitor API (issue 6): the figures (one row per period × unit × product), the units to
 * choose from, the figures' uitleg and the import reports. ONE source for the routes' validation and OpenAPI, the
 * engine's and the services' types, the CLI's JSON/CSV and the monitor screens (z.infer below; the web imports the
 * types only). Figure names are exactly the snake_case names of the issue; definitions: docs/figures/*.md.
 * See docs/ARCHITECTURE.md, "Response shapes: one source".
 */
import { z } from 'zod';
import { EPISODE_PRODUCTS, MONITOR_PERS, MONITOR_PRODUCTS, MONITOR_UNIT_KINDS } from './figures';

/**
 * A published count. A number when shown; otherwise a mark:
 * - `<5` (with the configured threshold): primary suppression, the true count is 1..threshold-1;
 * - `x`: secondary suppression, hidden so that no `<5` cell can be recomputed from totals.
 * Raw output (monitor-analist with suppress=false) always has numbers.
 */
export const CountSchema = z
  .union([z.number().int(), z.templateLiteral(['<', z.number()]), z.literal('x')])
  .describe('aantal, of "<5" (klein) / "x" (secundair afgeschermd)');
/** A derived figure (days, averages, ratios); null when not computable or hidden with its base count. */
export const MeasureSchema = z.number().nullable();

export const MonitorPeriodSchema = z.object({
  /** '2024-03' (maand), '2024-Q1' (kwartaal), '2024' (jaar). */
  key: z.string(),
  /** First and last day, inclusive, jjjj-mm-dd. */
  start: z.string(),
  end: z.string(),
  days: z.number().int(),
});

const figures = {
  in_zorg: CountSchema,
  instroom: CountSchema,
  uitstroom: CountSchema,
  /** Sum of overlapping days, first and last day both counted. Hidden (null) when in_zorg is suppressed. */
  zorgdagen: MeasureSchema,
  /** zorgdagen / days in the period, 2 decimals. */
  gemiddelde_bezetting: MeasureSchema,
  /** zorgdagen / (places × days), 4 decimals (0.8532 = 85,32%); null where capacity is unknown. */
  bezettingsgraad: MeasureSchema,
  /** Days einde − start over episodes ending in the period with reason ≠ 20; 1 decimal. */
  doorlooptijd_mediaan: MeasureSchema,
  doorlooptijd_gemiddeld: MeasureSchema,
  /** Episodes ending in the period per iWmo reason code (all codes that occur, '20' included). */
  redenen_einde: z.record(z.string(), CountSchema),
  pgb: CountSchema,
};
export const MonitorFiguresSchema = z.object(figures);

export const MonitorRowSchema = z
  .object({
    period: MonitorPeriodSchema,
    unit_kind: z.enum(MONITOR_UNIT_KINDS),
    /** CBS gemeentecode (4 digits), AGB code or provider name, or region code. */
    unit_code: z.string(),
    unit_name: z.string(),
    product: z.enum(MONITOR_PRODUCTS),
    ...figures,
  })
  .meta({ id: 'MonitorRow' });

/** The question as the engine took it (echoed in the answer). */
export const MonitorQueryEchoSchema = z.object({
  from: z.string(),
  to: z.string(),
  per: z.enum(MONITOR_PERS),
  by: z.enum(MONITOR_UNIT_KINDS),
  /** Only this product (plus nothing else); absent: BW, MO and totaal. */
  product: z.enum(EPISODE_PRODUCTS).optional(),
  /** Only these unit codes; absent: all units with data. */
  units: z.array(z.string()).optional(),
  /** Apply publication suppression. Only a monitor-analist may ask for false. */
  suppress: z.boolean(),
});

export const MonitorResultSchema = z
  .object({
    query: MonitorQueryEchoSchema,
    suppressed: z.boolean(),
    /** The threshold used: counts 1..threshold-1 are primary-suppressed. */
    threshold: z.number().int(),
    /** Labels of the reason codes that occur in redenen_einde. */
    reason_labels: z.record(z.string(), z.string()),
    rows: z.array(MonitorRowSchema),
  })
  .meta({ id: 'MonitorResult' });

export const UnitListSchema = z.object({ items: z.array(z.object({ code: z.string(), name: z.string() })) });

/** The "uitleg" of each figure, in Dutch, from the same source as docs/figures (definitions.ts). */
export const MonitorDefinitionSchema = z.object({ figure: z.string(), title: z.string(), uitleg: z.string() });
export const DefinitionListSchema = z.object({ items: z.array(MonitorDefinitionSchema) });

export const ImportIssueSchema = z.object({ row: z.number().int(), field: z.string(), reason: z.string() });

/** What an import of one file did. When `rejected` > 0 nothing of the file was stored. */
export const ImportReportSchema = z
  .object({
    file: z.string(),
    kind: z.enum(['episodes', 'iwmo', 'capaciteit', 'regio']),
    /** New records plus changed records. */
    imported: z.number().int(),
    /** Of `imported`: existing records whose facts changed (e.g. an episode got its einde). */
    updated: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.number().int(),
    skipped: z.number().int(),
    errors: z.array(ImportIssueSchema),
    skippedDetails: z.array(ImportIssueSchema),
  })
  .meta({ id: 'MonitorImportReport' });

export const ImportBatchReportSchema = z.object({ files: z.array(ImportReportSchema) }).meta({ id: 'MonitorImportBatchReport' });

export type Count = z.infer<typeof CountSchema>;
export type SuppressionMark = Exclude<Count, number>;
export type Measure = z.infer<typeof MeasureSchema>;
export type MonitorPeriod = z.infer<typeof MonitorPeriodSchema>;
export type MonitorFigures = z.infer<typeof MonitorFiguresSchema>;
export type MonitorRow = z.infer<typeof MonitorRowSchema>;
export type MonitorQuery = z.infer<typeof MonitorQueryEchoSchema>;
export type MonitorResult = z.infer<typeof MonitorResultSchema>;
export type MonitorUnitList = z.infer<typeof UnitListSchema>;
export type MonitorDefinition = z.infer<typeof MonitorDefinitionSchema>;
export type MonitorDefinitionList = z.infer<typeof DefinitionListSchema>;
export type ImportIssue = z.infer<typeof ImportIssueSchema>;
export type ImportReport = z.infer<typeof ImportReportSchema>;
export type ImportKind = ImportReport['kind'];
export type ImportBatchReport = z.infer<typeof ImportBatchReportSchema>;
