/**
 * The traffic light of a progress update. A status is a judgement by the owner; the percent
 * complete is a separate quantity (see roll-up.ts).
 */
export const PROGRESS_STATUSES = ['groen', 'oranje', 'rood', 'niet-gestart', 'afgerond', 'vervallen'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** Dutch meaning of each status, as the seeds word the traffic-light model. */
export const STATUS_MEANING: Record<ProgressStatus, string> = {
  groen: 'op koers',
  oranje: 'aandacht nodig',
  rood: 'achter of geblokkeerd',
  'niet-gestart': 'niet gestart',
  afgerond: 'afgerond',
  vervallen: 'vervallen',
};

/**
 * Order used to sort "worst first" on the dashboard: lower is worse. Vervallen is last because
 * it no longer asks for attention.
 */
export const STATUS_SEVERITY: Record<ProgressStatus, number> = {
  rood: 0,
  oranje: 1,
  groen: 2,
  'niet-gestart': 3,
  afgerond: 4,
  vervallen: 5,
};

export function isProgressStatus(value: string): value is ProgressStatus {
  return (PROGRESS_STATUSES as readonly string[]).includes(value);
}

/** Compare for "worst first"; a missing status (no update yet) sorts after every status. */
export function compareSeverity(a: ProgressStatus | null, b: ProgressStatus | null): number {
  const rank = (s: ProgressStatus | null) => (s === null ? 6 : STATUS_SEVERITY[s]);
  return rank(a) - rank(b);
}
