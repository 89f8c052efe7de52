import { sql } from 'drizzle-orm';
import { copyIn } from '../copy';
import { queryRows, type Db } from '../database';
import { EPISODE_COPY_COLUMNS, type EpisodeCopyRows } from './episode-copy-text';
import { EPISODE_FACTS, lockEpisodesForWrite, type UpsertCounts } from './monitor';

const STAGE = 'monitor_episode_load';
const COPY_COLUMNS = EPISODE_COPY_COLUMNS.join(', ');
/** The stored columns without the id: rows merged from the stage get theirs from the identity. */
const DATA_COLUMNS = EPISODE_COPY_COLUMNS.filter((c) => c !== 'id').join(', ');

/** Below this many rows, dropping and rebuilding the indexes costs more than it saves. */
export const REBUILD_INDEXES_FROM = 10_000;

export interface BulkLoadOptions {
  /** Rebuild the indexes when the load has at least this many rows and more than the table has (tests lower it). */
  rebuildIndexesFrom?: number;
}

/**
 * Store the episodes of one file by natural key, in bulk, inside the caller's transaction.
 * Counts are exact; identical rows are left alone, so a re-import changes nothing. For rows
 * that are all there already; startEpisodeLoad takes them while the file is still being read.
 */
export async function bulkLoadEpisodes(tx: Db, rows: EpisodeCopyRows, opts: BulkLoadOptions = {}): Promise<UpsertCounts> {
  const n = rows.rows;
  if (n === 0) return { inserted: 0, updated: 0 };
  const load = await startEpisodeLoad(tx, n, opts);
  if (load.firstId !== null) rows.numberRows(load.firstId);
  await load.send(rows.chunks());
  return load.finish(n);
}

/** A bulk load under way: COPY text goes in as it is made, the counts come out at the end. */
export interface EpisodeLoad {
  /**
   * The id of the first row when the rows go straight into the empty table (the rows carry ids
   * first, first + 1, … in their order: EpisodeCopyRows(firstId)); null into the staging table.
   */
  readonly firstId: number | null;
  /**
   * Hand on whole lines of COPY text. On PostgreSQL they go to the server at once, which loads
   * them on its own core while the caller reads on; this waits only when the server is far
   * behind (or lets the socket write). PGlite runs in this thread, so they are kept for finish.
   */
  send(chunks: Buffer<ArrayBuffer>[]): Promise<void>;
  /** The load is complete with `rows` rows: merge them (staging) and rebuild the indexes. */
  finish(rows: number): Promise<UpsertCounts>;
  /** Give up (the file has an error): stop the COPY; the caller then rolls the transaction back. */
  abort(): Promise<void>;
}

/**
 * Start storing at most `maxRows` episodes by natural key, inside the caller's transaction;
 * the path is chosen here, before any row is sent.
 *
 * - Into an empty table every row is new: the rows are COPied straight in, with ids reserved
 *   from the identity's sequence in one step (maxRows of them; finish gives back the unused).
 * - Otherwise they are COPied into a temporary staging table without indexes and merged with two
 *   set-based statements: update where the facts differ (the same facts as upsertEpisodes), then
 *   insert the keys not stored yet (anti-join).
 *
 * A load of at least REBUILD_INDEXES_FROM rows that is larger than the table (a first import, or
 * a file bigger than what is stored) drops the table's indexes (see dropIndexes) and builds them
 * again afterwards from the catalogue's own definitions: building an index once is far cheaper
 * than maintaining it row by row (1,000,000 episodes on PGlite: the primary key alone costs ~2 s
 * during the COPY and ~0.6 s to build). DDL is transactional, so a failure leaves the old indexes
 * in place. The file's keys are unique (the parser skips or rejects repeats), so nothing needs
 * the unique index meanwhile; building it again checks it.
 *
 * Other writers of episodes wait for this import (lockEpisodesForWrite, which they take first
 * too); a rebuild also makes readers wait until it commits.
 */
export async function startEpisodeLoad(tx: Db, maxRows: number, opts: BulkLoadOptions = {}): Promise<EpisodeLoad> {
  await lockEpisodesForWrite(tx);
  // How many rows the table has, counted no further than the size of this load.
  const [size] = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from (select 1 from monitor_episode limit ${maxRows + 1}) t`,
  );
  const stored = size?.n ?? 0;
  const indexes = maxRows >= (opts.rebuildIndexesFrom ?? REBUILD_INDEXES_FROM) && maxRows > stored ? await dropIndexes(tx) : [];
  const direct = stored === 0;
  const firstId = direct && maxRows > 0 ? await reserveIds(tx, maxRows) : null;
  if (!direct) await createStage(tx);
  const copy = copyIn(tx, `copy ${direct ? 'monitor_episode' : STAGE} (${COPY_COLUMNS}) from`);
  return {
    firstId,
    send: (chunks) => copy.send(chunks),
    abort: () => copy.abort(),
    async finish(rows) {
      await copy.end();
      let counts: UpsertCounts;
      if (direct) {
        if (firstId !== null && rows < maxRows) await releaseIds(tx, firstId + rows);
        counts = { inserted: rows, updated: 0 };
      } else {
        counts = await mergeStage(tx);
      }
      await rebuildIndexes(tx, indexes);
      return counts;
    },
  };
}

/**
 * Memory for building the indexes again (64 MB is the default): sorting a million keys in
 * memory instead of in runs on disk builds the unique key ~15-30% faster on PGlite (1,000,000
 * episodes: 2.1-2.5 s → 1.8 s); PostgreSQL, which builds with parallel workers, showed no clear
 * change. A server that allows more keeps its setting; the old value is back afterwards.
 */
const REBUILD_MEMORY_KB = 256 * 1024;

async function rebuildIndexes(tx: Db, definitions: readonly string[]): Promise<void> {
  if (definitions.length === 0) return;
  const [was] = await queryRows<{ value: string; kb: number }>(
    tx,
    sql`select current_setting('maintenance_work_mem') as value, setting::int8 as kb from pg_settings where name = 'maintenance_work_mem'`,
  );
  const raise = was !== undefined && was.kb < REBUILD_MEMORY_KB;
  if (raise) await tx.execute(sql`select set_config('maintenance_work_mem', ${`${REBUILD_MEMORY_KB}kB`}, true)`);
  for (const def of definitions) await tx.execute(sql.raw(def));
  if (raise) await tx.execute(sql`select set_config('maintenance_work_mem', ${was.value}, true)`);
}

/** The first of n ids taken from the identity's sequence at once (nobody else inserts: the table is locked). */
async function reserveIds(tx: Db, n: number): Promise<number> {
  const [r] = await queryRows<{ first: number }>(
    tx,
    sql`select (setval(s.seq, nextval(s.seq) + ${n - 1}) - ${n - 1})::int8 as first
        from (select pg_get_serial_sequence('monitor_episode', 'id') as seq) s`,
  );
  if (!r) throw new Error('geen ids gereserveerd');
  return r.first;
}

/** Give back the reserved ids from `next` on: the identity continues there (the table is still locked). */
async function releaseIds(tx: Db, next: number): Promise<void> {
  await tx.execute(sql`select setval(pg_get_serial_sequence('monitor_episode', 'id'), ${next}, false)`);
}

async function createStage(tx: Db): Promise<void> {
  await tx.execute(sql.raw(`drop table if exists pg_temp.${STAGE}`));
  await tx.execute(
    sql.raw(`create temp table ${STAGE} (id bigint, episode_key text collate "C" not null, client text not null, gemeente char(4) not null,
      aanbieder text not null, product text not null, start date not null, einde date, reden_einde text, pgb boolean not null,
      toewijzing_nummer text, bron text not null) on commit drop`),
  );
}

/** Update the stored rows whose facts differ from the staged ones, then insert the keys not stored yet. */
async function mergeStage(tx: Db): Promise<UpsertCounts> {
  const facts = (side: string) => EPISODE_FACTS.map((f) => `${side}.${f}`).join(', ');
  const [u] = await queryRows<{ n: number }>(
    tx,
    sql.raw(`with u as (
        update monitor_episode m set ${EPISODE_FACTS.map((f) => `${f} = s.${f}`).join(', ')}
        from ${STAGE} s
        where m.episode_key = s.episode_key and (${facts('m')}) is distinct from (${facts('s')})
        returning 1)
      select count(*)::int as n from u`),
  );
  const [i] = await queryRows<{ n: number }>(
    tx,
    sql.raw(`with i as (
        insert into monitor_episode (${DATA_COLUMNS})
        select ${DATA_COLUMNS} from ${STAGE} s where not exists (select 1 from monitor_episode m where m.episode_key = s.episode_key)
        returning 1)
      select count(*)::int as n from i`),
  );
  await tx.execute(sql.raw(`drop table ${STAGE}`));
  return { inserted: i?.n ?? 0, updated: u?.n ?? 0 };
}

/**
 * Drop the indexes of monitor_episode that a bulk load would otherwise maintain row by row: the
 * full ones, the primary key's included (its constraint is dropped and added again, unless a
 * foreign key refers to it). A partial index stays: the toewijzing index holds iWmo episodes
 * only, so a CSV adds nothing to it, while building it again means reading the whole table.
 * Returns the statements that restore the dropped ones, from the catalogue's own definitions.
 */
async function dropIndexes(tx: Db): Promise<string[]> {
  await tx.execute(sql`lock table monitor_episode in access exclusive mode`);
  const found = await queryRows<{
    schema: string;
    name: string;
    indexDef: string;
    constraint: string | null;
    kind: string | null;
    constraintDef: string | null;
    referenced: boolean;
  }>(
    tx,
    sql`select n.nspname as schema, c.relname as name, pg_get_indexdef(i.indexrelid) as "indexDef",
          k.conname as constraint, k.contype::text as kind, pg_get_constraintdef(k.oid) as "constraintDef",
          exists (select 1 from pg_constraint f where f.contype = 'f' and f.confrelid = i.indrelid) as referenced
        from pg_index i join pg_class c on c.oid = i.indexrelid join pg_namespace n on n.oid = c.relnamespace
          left join pg_constraint k on k.conindid = i.indexrelid and k.conrelid = i.indrelid
        where i.indrelid = 'monitor_episode'::regclass and i.indpred is null
        order by c.relname`,
  );
  const restore: string[] = [];
  for (const ix of found) {
    if (ix.constraint === null) {
      await tx.execute(sql.raw(`drop index ${ident(ix.schema)}.${ident(ix.name)}`));
      restore.push(ix.indexDef);
    } else if (ix.kind === 'p' && !ix.referenced && ix.constraintDef) {
      await tx.execute(sql.raw(`alter table monitor_episode drop constraint ${ident(ix.constraint)}`));
      restore.push(`alter table monitor_episode add constraint ${ident(ix.constraint)} ${ix.constraintDef}`);
    }
  }
  return restore;
}

function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
