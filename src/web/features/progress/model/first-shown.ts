/**
 * A long list on an overview page shows its first `limit` items; the rest behind a link (`?alles=1`).
 * A 2,000-element programme can have a thousand overdue milestones: listing them all made the
 * dashboard take seconds to render and nobody reads them there. `limit` undefined: everything.
 */
export function firstShown<T>(items: readonly T[], limit: number | undefined): { shown: readonly T[]; rest: number } {
  if (limit === undefined || items.length <= limit) return { shown: items, rest: 0 };
  return { shown: items.slice(0, limit), rest: items.length - limit };
}
