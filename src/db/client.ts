import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { DomainError } from '../domain/shared/errors';
import { ensureClusterTemplate, unpackClusterTemplate } from './cluster-template';
import { acquireDataLock, type DataLock, type LockInfo } from './data-lock';
import type { Db } from './database';
import * as schema from './schema';

/** int8 is a number in PGlite and a string in node-postgres: make it a number in both, here, once. */
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export type DatabaseTarget =
  | {
      kind: 'pglite';
      dataDir: string | null;
      loadDataDir?: Blob;
      /** The prebuilt empty cluster a new data folder is unpacked from (cluster-template.ts); null: PGlite's initdb. */
      clusterTemplate?: string | null;
    }
  | { kind: 'postgres'; url: string };

/** How an embedded database came to be: an existing folder, unpacked from the template, PGlite's initdb, or a given dump. */
export type PgliteOrigin = 'existing' | 'template' | 'initdb' | 'dump';

export interface Database {
  readonly kind: DatabaseTarget['kind'];
  readonly db: Db;
  /** The raw PGlite instance (embedded only): used for dumps and test templates. */
  readonly pglite: PGlite | null;
  /** The connection URL (PostgreSQL only), for work that needs its own session. */
  readonly url: string | null;
  /** PGlite only: how the cluster came to be (a new folder should say 'template'). */
  readonly origin: PgliteOrigin | null;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Extra facts written into the data-folder lock (the server writes its port). */
  lockInfo?: Partial<LockInfo>;
  /**
   * PGlite only: a command that reads or writes everything once (backup, restore) gets a small buffer
   * cache. PostgreSQL's default shared_buffers (128 MB) lives in PGlite's WebAssembly memory, which
   * grows to what was used and never shrinks: a restore of 2,000,000 episodes peaked at 605 MB with it
   * and 459 MB with 16 MB (docs/benchmarks.md). The server keeps the default.
   */
  bulk?: boolean;
}

const BULK_SHARED_BUFFERS = '16MB';

/*
 * synchronize_seqscans off (both databases): a scan of a large table that stops early (the search's cap, docs/search.md) would
 * otherwise start where the previous scan stopped, so the same search twice could read different matches and rank other results.
 */
export async function openDatabase(target: DatabaseTarget, opts: OpenOptions = {}): Promise<Database> {
  if (target.kind === 'postgres') return openPostgres(target.url);
  let lock: DataLock | null = null;
  if (target.dataDir) lock = acquireDataLock(target.dataDir, opts.lockInfo);
  try {
    const loadDataDir = target.loadDataDir;
    let origin: PgliteOrigin = loadDataDir ? 'dump' : 'initdb';
    // A new folder (no cluster in it yet): unpacked from the prebuilt empty cluster, not made by initdb.
    if (!loadDataDir && target.dataDir) {
      if (existsSync(join(target.dataDir, 'PG_VERSION'))) origin = 'existing';
      else {
        const template = target.clusterTemplate === undefined ? await ensureClusterTemplate() : target.clusterTemplate;
        if (template && existsSync(template)) {
          unpackClusterTemplate(template, target.dataDir);
          origin = 'template';
        }
      }
    }
    const client = await PGlite.create({
      ...(target.dataDir ? { dataDir: target.dataDir } : {}),
      ...(loadDataDir ? { loadDataDir } : {}),
      ...(opts.bulk ? { startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${BULK_SHARED_BUFFERS}`] } : {}),
    });
    await client.exec(`set synchronize_seqscans = off`);
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    return {
      kind: 'pglite',
      db,
      pglite: client,
      url: null,
      origin,
      async close() {
        try {
          if (!client.closed) await client.close();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (e) {
    lock?.release();
    throw e;
  }
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, options: '-c synchronize_seqscans=off' });
  // An idle connection that the server ends (restart, failover, a dropped test database) emits
  // 'error' on the pool; unhandled, that would crash the process. The pool discards the client,
  // and the next query opens a fresh one or fails with its own error.
  pool.on('error', () => undefined);
  try {
    const c = await pool.connect();
    c.release();
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw new DomainError(
      'DATABASE_UNREACHABLE',
      `De PostgreSQL-database (${redactUrl(url)}) is niet bereikbaar: ${(e as Error).message}`,
      { url: redactUrl(url) },
    );
  }
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    pglite: null,
    url,
    origin: null,
    close: () => pool.end(),
  };
}

/** A connection URL without its password, for logs and messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(ongeldige URL)';
  }
}
