/**
 * Where a node is in its life, beside the traffic light that judges its progress. A node without a
 * recorded status is simply "lopend" for lateness purposes but shows no life-cycle status.
 */
export const LIFECYCLE_STATUSES = ['voorbereiding', 'lopend', 'gepauzeerd', 'voorgesteld-te-stoppen', 'gestopt', 'afgerond'] as const;
export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number];

export const isLifecycleStatus = (s: string): s is LifecycleStatus => (LIFECYCLE_STATUSES as readonly string[]).includes(s);

/** Statuses under which nothing is expected of a node for now: not late, owes no updates. */
const AT_REST: ReadonlySet<LifecycleStatus> = new Set(['gepauzeerd', 'gestopt', 'afgerond']);

export interface LifecycleEntry {
  nodeId: string;
  status: LifecycleStatus;
  since: string;
  reason: string | null;
  /** Tie-break for the same day: the later entry wins. */
  createdAt: Date | string;
}

/** The status in force on `asOf` per node: the latest entry dated on or before it (by date, then entry). */
export function lifecycleAt<T extends LifecycleEntry>(entries: readonly T[], asOf: string): Map<string, T> {
  const sorted = [...entries]
    .filter((e) => e.since <= asOf)
    .sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : String(a.createdAt) < String(b.createdAt) ? -1 : 1));
  const out = new Map<string, T>();
  for (const e of sorted) out.set(e.nodeId, e);
  return out;
}

/**
 * Nodes at rest on `asOf` (paused, stopped, finished) and everything below them: their milestones
 * are not counted as late and they owe no updates.
 */
export function nodesAtRest(
  nodes: readonly { id: string; parentId: string | null }[],
  current: ReadonlyMap<string, { status: LifecycleStatus }>,
): Set<string> {
  const parent = new Map(nodes.map((n) => [n.id, n.parentId]));
  const out = new Set<string>();
  for (const n of nodes) {
    let cur: string | null | undefined = n.id;
    const seen = new Set<string>();
    while (cur && !seen.has(cur)) {
      seen.add(cur);
      const s = current.get(cur)?.status;
      if (s && AT_REST.has(s)) {
        out.add(n.id);
        break;
      }
      cur = parent.get(cur);
    }
  }
  return out;
}

/** Words a table may use for a life-cycle status (import), lower case, mapped to the status. */
const WORDS: Record<string, LifecycleStatus> = {
  voorbereiding: 'voorbereiding',
  'in voorbereiding': 'voorbereiding',
  lopend: 'lopend',
  loopt: 'lopend',
  'in uitvoering': 'lopend',
  uitvoering: 'lopend',
  gepauzeerd: 'gepauzeerd',
  pauze: 'gepauzeerd',
  'on hold': 'gepauzeerd',
  'tijdelijk stilgelegd': 'gepauzeerd',
  'voorgesteld te stoppen': 'voorgesteld-te-stoppen',
  'voorgesteld-te-stoppen': 'voorgesteld-te-stoppen',
  'voorstel stoppen': 'voorgesteld-te-stoppen',
  gestopt: 'gestopt',
  beëindigd: 'gestopt',
  beeindigd: 'gestopt',
  afgerond: 'afgerond',
  gereed: 'afgerond',
  klaar: 'afgerond',
};

/** A table word → life-cycle status, or null when it is not one ("groen" is a traffic light, not a life-cycle status). */
export function lifecycleFromWord(word: string): LifecycleStatus | null {
  return WORDS[word.trim().toLowerCase().replace(/\s+/g, ' ')] ?? null;
}
