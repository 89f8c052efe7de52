import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { EpisodeColumnsBuilder, type EpisodeColumns } from '../../domain/monitor/episode-columns';
import { queryRows, type Db } from '../database';
import { EpisodeCopyDecoder } from './episode-copy-decode';

/**
 * Reading all episodes for the in-memory monitor columns. Row objects are the slow part of a
 * million-row read (measured here: 19 s as PGlite rows against 2.4 s as COPY text), so this reads
 * COPY text from the driver underneath drizzle: PGlite writes it to a blob, node-postgres streams
 * it with pg-copy-streams. Dates come as day numbers, so no date parsing is needed in JS. The bytes
 * are decoded as they are (EpisodeCopyDecoder), never as one string; from PostgreSQL while they
 * stream in. Binary COPY was measured slower on both drivers (50 % more bytes to make and move).
 */
const COPY_SELECT = `select client, gemeente, aanbieder, product, start - date '1970-01-01', einde - date '1970-01-01', reden_einde, pgb
  from monitor_episode`;

export async function episodeRevision(db: Db): Promise<number> {
  const rows = await queryRows<{ revision: number }>(db, sql`select revision from monitor_revision where id = 1`);
  return Number(rows[0]?.revision ?? 0);
}

export async function loadEpisodeColumns(db: Db): Promise<EpisodeColumns> {
  const client = (db as unknown as { $client?: unknown }).$client;
  const builder = new EpisodeColumnsBuilder();
  const decoder = new EpisodeCopyDecoder(builder);
  if (client instanceof pg.Pool) {
    const conn = await client.connect();
    try {
      for await (const chunk of conn.query(copyTo(`copy (${COPY_SELECT}) to stdout`))) decoder.push(chunk as Buffer);
      decoder.end();
    } catch (e) {
      // A COPY broken off midway leaves the connection unusable: the pool must not hand it out again.
      conn.release(true);
      throw e;
    }
    conn.release();
  } else if (isPglite(client)) {
    const res = await client.query(`copy (${COPY_SELECT}) to '/dev/blob'`);
    if (res.blob) decoder.push(new Uint8Array(await res.blob.arrayBuffer()));
    decoder.end();
  } else {
    // Only the handles openDatabase makes have a raw client; a transaction has none.
    throw new Error('loadEpisodeColumns: alleen met de databasehandle zelf, niet binnen een transactie');
  }
  return builder.build();
}

function isPglite(client: unknown): client is PGlite {
  return typeof client === 'object' && client !== null && 'dumpDataDir' in client && 'query' in client;
}
