/**
 * The vocabulary of the regional monitor (issue 6): one row per period × unit × product. The row contract itself
 * (MonitorRow, Count, MonitorResult …) is the zod schema in responses.ts, which the API, the CLI JSON/CSV and the
 * UI all use. Definitions: docs/figures/*.md.
 */

export const MONITOR_PERS = ['maand', 'kwartaal', 'jaar'] as const;
export type MonitorPer = (typeof MONITOR_PERS)[number];
export const MONITOR_UNIT_KINDS = ['gemeente', 'aanbieder', 'regio'] as const;
export type MonitorUnitKind = (typeof MONITOR_UNIT_KINDS)[number];
/** Episode products; 'totaal' is both together (distinct clients, not a sum). */
export const EPISODE_PRODUCTS = ['BW', 'MO'] as const;
export type EpisodeProduct = (typeof EPISODE_PRODUCTS)[number];
export const MONITOR_PRODUCTS = [...EPISODE_PRODUCTS, 'totaal'] as const;
export type MonitorProduct = (typeof MONITOR_PRODUCTS)[number];
