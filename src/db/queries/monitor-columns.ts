import { sql } from 'drizzle-orm';
import { EpisodeColumnsBuilder, type EpisodeColumns } from '../../domain/monitor/episode-columns';
import { copyOut } from '../copy';
import { queryRows, type Db } from '../database';
import { EpisodeCopyDecoder } from './episode-copy-decode';

/**
 * Reading all episodes for the in-memory monitor columns. Row objects are the slow part of a
 * million-row read (measured here: 19 s as PGlite rows against 2.4 s as COPY text), so this reads
 * COPY text (db/copy.ts). Dates come as day numbers, so no date parsing is needed in JS. The bytes
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
  const builder = new EpisodeColumnsBuilder();
  const decoder = new EpisodeCopyDecoder(builder);
  await copyOut(db, COPY_SELECT, (bytes) => decoder.push(bytes));
  decoder.end();
  return builder.build();
}
