/**
 * The floor under any import into the database: the database's own COPY of the raw CSV into a bare
 * table with typed columns, with no checks, no key, no index and no pseudonyms. No import that
 * stores the episodes as rows in this database can be faster than this, so its ratio to DuckDB's
 * load shows how much of the import ratio is the database's and how much is ours.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from '../src/db/client';

const TABLE = 'bench_copy_floor';
const DDL = `create table ${TABLE} (client text, gemeente char(4), aanbieder text, product text, start date, einde date, reden_einde text, pgb text)`;
const COPY = `copy ${TABLE} from`;
const OPTIONS = `(format csv, header true)`;

/** Milliseconds for COPY of the file (read from disk included, as the import reads it too). */
export async function copyFloorMs(database: Database, csv: string): Promise<number> {
  if (database.pglite) {
    const db = database.pglite;
    await db.exec(`drop table if exists ${TABLE}; ${DDL}`);
    const t0 = performance.now();
    await db.query(`${COPY} '/dev/blob' ${OPTIONS}`, [], { blob: new Blob([await readFile(csv)]) });
    const ms = performance.now() - t0;
    await db.exec(`drop table ${TABLE}`);
    return ms;
  }
  if (!database.url) throw new Error('copyFloorMs: geen database');
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query(`drop table if exists ${TABLE}`);
    await client.query(DDL);
    const t0 = performance.now();
    await pipeline(createReadStream(csv), client.query(copyFrom(`${COPY} stdin ${OPTIONS}`)));
    const ms = performance.now() - t0;
    await client.query(`drop table ${TABLE}`);
    return ms;
  } finally {
    await client.end();
  }
}
