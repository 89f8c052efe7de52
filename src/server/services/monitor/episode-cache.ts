import { episodeRevision, loadEpisodeColumns } from '../../../db/queries/monitor-columns';
import type { Db } from '../../../db/database';
import type { EpisodeColumns } from '../../../domain/monitor/episode-columns';

interface Cached {
  revision: number;
  columns: EpisodeColumns;
}

/**
 * The episodes as in-memory columns, per database handle, for as long as the database's episode
 * revision (moved by a trigger on every change, by any app server) stays the same. Each monitor
 * question costs one revision read; after an import the first question reloads the columns.
 */
const cache = new WeakMap<object, Cached>();
const loading = new WeakMap<object, Promise<Cached>>();

export async function episodeColumns(db: Db): Promise<EpisodeColumns> {
  const revision = await episodeRevision(db);
  const hit = cache.get(db);
  if (hit?.revision === revision) return hit.columns;
  let pending = loading.get(db);
  if (!pending) {
    pending = load(db, revision).finally(() => loading.delete(db));
    loading.set(db, pending);
  }
  const loaded = await pending;
  // A load that started before a newer change must not serve this question: load again.
  return loaded.revision >= revision ? loaded.columns : (await load(db, revision)).columns;
}

/** Background loads started by warmEpisodeColumns, registered at once so that settling sees them. */
const warming = new WeakMap<object, Promise<void>>();

/**
 * Start reading the columns now, in the background, so that the first monitor question after an
 * import does not pay for it. A failure is only reported: the next question simply loads again.
 */
export function warmEpisodeColumns(db: Db, report: (e: unknown) => void): void {
  const pending: Promise<void> = episodeColumns(db)
    .then(() => undefined, report)
    .finally(() => {
      if (warming.get(db) === pending) warming.delete(db);
    });
  warming.set(db, pending);
}

/** Wait for a load in progress (before the database closes); never throws. */
export async function settleEpisodeColumns(db: Db): Promise<void> {
  await warming.get(db);
  await loading.get(db)?.catch(() => undefined);
}

/** Whether this server holds the columns of the database's current episode revision. */
export async function episodeColumnsCurrent(db: Db): Promise<boolean> {
  return cache.get(db)?.revision === (await episodeRevision(db));
}

async function load(db: Db, revision: number): Promise<Cached> {
  // The revision read before and after the load must agree, or a change landed in between.
  for (let attempt = 0; ; attempt++) {
    const before = attempt === 0 ? revision : await episodeRevision(db);
    const columns = await loadEpisodeColumns(db);
    const after = await episodeRevision(db);
    if (after === before || attempt === 2) {
      const entry = { revision: before, columns };
      if (after === before) cache.set(db, entry);
      return entry;
    }
  }
}
