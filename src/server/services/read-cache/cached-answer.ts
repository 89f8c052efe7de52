import type { z } from 'zod';
import type { Db } from '../../../db/database';
import { readContentRevision } from '../../../db/queries/read-cache';

/**
 * Serialised answers of heavy reads (a programme's tree, dashboard, node page, a search), per database
 * handle, kept for as long as the database's content revision stays the same. The revision moves with
 * every statement that changes what a read model shows, by any app server (a trigger, migration
 * read_cache_revision), so two app servers never serve each other's stale answers: each request
 * reads the revision (in its one access statement, auth/resolve-actor.ts), and after a write the
 * first request computes again.
 *
 * Only for answers that do not depend on who asks (access is checked before, per request), or whose
 * key names who asks as far as the answer depends on it (search: searchViewerKey) — the key names
 * everything else they depend on (programme, shape, the day for deadlines, the query, …).
 *
 * The revision is read BEFORE the answer is computed: an answer computed from newer data than its
 * key is harmless (the next request sees the newer revision and computes again); never older.
 */
export interface CachedAnswerOptions<S extends z.ZodType> {
  key: string;
  /** The route's response schema: the answer is parsed by it (unknown fields dropped) as the route's serializer did. */
  schema: S;
  compute: () => Promise<z.input<S>>;
  /**
   * The content revision the request already read in its one access statement (request.contentRevision,
   * auth/resolve-actor.ts): read before the answer is computed, in the same snapshot as the access
   * check. Null or absent: read here.
   */
  revision?: number | null;
}

interface Entry {
  revision: number;
  body: Buffer;
}

interface Cache {
  entries: Map<string, Entry>;
  pending: Map<string, { revision: number; body: Promise<Buffer> }>;
  bytes: number;
}

/** At most this many bytes of answers per database handle; the least recently used go first. */
const MAX_BYTES = 48 * 1024 * 1024;
const caches = new WeakMap<object, Cache>();

export async function cachedAnswer<S extends z.ZodType>(db: Db, opts: CachedAnswerOptions<S>): Promise<Buffer> {
  let cache = caches.get(db);
  if (!cache) {
    cache = { entries: new Map(), pending: new Map(), bytes: 0 };
    caches.set(db, cache);
  }
  const revision = opts.revision ?? (await readContentRevision(db));
  const hit = cache.entries.get(opts.key);
  if (hit && hit.revision === revision) {
    // Most recently used last (Map keeps insertion order).
    cache.entries.delete(opts.key);
    cache.entries.set(opts.key, hit);
    return hit.body;
  }
  // Requests for the same answer at the same revision share one computation.
  const running = cache.pending.get(opts.key);
  if (running && running.revision === revision) return running.body;
  const body = serialise(opts).then((b) => {
    store(cache, opts.key, { revision, body: b });
    return b;
  });
  const flight = { revision, body };
  cache.pending.set(opts.key, flight);
  const clear = () => {
    if (cache.pending.get(opts.key) === flight) cache.pending.delete(opts.key);
  };
  body.then(clear, clear);
  return body;
}

async function serialise<S extends z.ZodType>(opts: CachedAnswerOptions<S>): Promise<Buffer> {
  const value = opts.schema.parse(await opts.compute());
  return Buffer.from(JSON.stringify(value), 'utf8');
}

function store(cache: Cache, key: string, entry: Entry): void {
  const old = cache.entries.get(key);
  // Never replace a newer answer by an older one (a slow computation finishing late).
  if (old && old.revision > entry.revision) return;
  if (old) {
    cache.bytes -= old.body.length;
    cache.entries.delete(key);
  }
  if (entry.body.length > MAX_BYTES / 4) return;
  cache.entries.set(key, entry);
  cache.bytes += entry.body.length;
  for (const [k, e] of cache.entries) {
    if (cache.bytes <= MAX_BYTES) break;
    cache.entries.delete(k);
    cache.bytes -= e.body.length;
  }
}
