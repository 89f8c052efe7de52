import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Database } from './client';
import { queryRows } from './database';

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Arbitrary constant: one migrating app server at a time on a shared PostgreSQL. */
const MIGRATION_LOCK = 727_001;

export async function runMigrations(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  // A session-level lock needs one connection for lock, migrate and unlock: not the pool.
  const client = new pg.Client({ connectionString: database.url ?? undefined });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(drizzlePg(client), { migrationsFolder });
  } finally {
    await client.end();
  }
}

interface Journal {
  entries: { tag: string; when: number }[];
}

export function knownMigrations(): Journal['entries'] {
  const journal = JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as Journal;
  return journal.entries;
}

export interface MigrationState {
  applied: number;
  known: number;
  current: boolean;
}

export async function migrationState(database: Database): Promise<MigrationState> {
  const known = knownMigrations().length;
  let applied = 0;
  try {
    const rows = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    applied = Number(rows[0]?.n ?? 0);
  } catch {
    applied = 0;
  }
  return { applied, known, current: applied === known };
}
