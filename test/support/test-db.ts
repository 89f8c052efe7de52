import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/db/client';
import { migrationsFolder, runMigrations } from '../../src/db/migrate';

/**
 * Fresh, migrated databases for tests, on the driver named by TEST_DB (pglite | postgres).
 * - PGlite: migrating costs seconds, so it is done once into a template dump (cached on disk,
 *   keyed by the migrations' contents); each test database loads that dump (~0.4 s).
 * - PostgreSQL (TEST_DATABASE_URL): a template database is migrated once; each test gets
 *   `CREATE DATABASE … TEMPLATE …`, dropped again on close.
 */
export type TestDriver = 'pglite' | 'postgres';

export const testDriver: TestDriver = process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';

function migrationsHash(): string {
  const h = createHash('sha256');
  const walk = (dir: string) => {
    for (const f of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, f.name);
      if (f.isDirectory()) walk(p);
      else h.update(f.name).update(readFileSync(p));
    }
  };
  walk(migrationsFolder);
  return h.digest('hex').slice(0, 16);
}

const cacheDir = join(process.cwd(), 'node_modules', '.cache', 'regietafel');

async function pgliteTemplate(): Promise<Blob> {
  const file = join(cacheDir, `pglite-template-${migrationsHash()}.tar`);
  if (!existsSync(file)) {
    const database = await openDatabase({ kind: 'pglite', dataDir: null });
    await runMigrations(database);
    if (!database.pglite) throw new Error('expected an embedded database');
    const dump = await database.pglite.dumpDataDir('none');
    await database.close();
    mkdirSync(cacheDir, { recursive: true });
    // Write then rename: parallel workers never read a half-written template.
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    renameSync(tmp, file);
  }
  return new Blob([readFileSync(file)]);
}

let templateBlob: Promise<Blob> | null = null;

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DB=postgres vraagt om TEST_DATABASE_URL (bijv. postgres://postgres@127.0.0.1:5432/postgres)');
  return url;
}

function withDbName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function ensurePgTemplate(): Promise<string> {
  const name = `regietafel_tpl_${migrationsHash()}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    // One worker creates the template; the others wait on the same lock.
    await admin.query('select pg_advisory_lock(727003)');
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) {
      const building = `${name}_building`;
      await admin.query(`drop database if exists "${building}"`);
      await admin.query(`create database "${building}"`);
      const database = await openDatabase({ kind: 'postgres', url: withDbName(adminUrl(), building) });
      await runMigrations(database);
      await database.close();
      await admin.query(`alter database "${building}" rename to "${name}"`);
    }
    await admin.query('select pg_advisory_unlock(727003)');
  } finally {
    await admin.end();
  }
  return name;
}

let pgTemplate: Promise<string> | null = null;

/** A fresh migrated database on the configured test driver. Close it when done. */
export async function createTestDatabase(): Promise<Database> {
  if (testDriver === 'pglite') {
    templateBlob ??= pgliteTemplate();
    return openDatabase({ kind: 'pglite', dataDir: null, loadDataDir: await templateBlob });
  }
  pgTemplate ??= ensurePgTemplate();
  const template = await pgTemplate;
  const name = `regietafel_test_${process.pid}_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(`create database "${name}" template "${template}"`);
  } finally {
    await admin.end();
  }
  const database = await openDatabase({ kind: 'postgres', url: withDbName(adminUrl(), name) });
  return {
    ...database,
    async close() {
      await database.close();
      const a = new pg.Client({ connectionString: adminUrl() });
      await a.connect();
      try {
        // Backends of the just-ended pool can linger for a moment; forcing them off then raises an
        // unhandled error on the ended pool's client (57P01), which fails the run. Wait for them first.
        for (let attempt = 0; ; attempt++) {
          try {
            await a.query(`drop database if exists "${name}"${attempt >= 50 ? ' with (force)' : ''}`);
            break;
          } catch (e) {
            if (attempt >= 50) throw e;
            await new Promise((r) => setTimeout(r, 100));
          }
        }
      } finally {
        await a.end();
      }
    },
  };
}
