import { sql, type SQL } from 'drizzle-orm';
import type { MonitorPeriod } from '../../domain/monitor/responses';
import type { MonitorUnitKind } from '../../domain/monitor/figures';
import type { CapacityInput, RegionInput } from '../../domain/monitor/episode-input';
import type { EpisodeInput } from '../../domain/monitor/episode-input';
import { queryRows, type Db } from '../database';
import { monitorCapacity, monitorRegion } from '../schema';

/** Rows per statement when loading: arrays as parameters keep it one round trip per chunk on both drivers. */
const CHUNK = 50_000;

/** The facts of an episode that a later file may change; the natural key fixes the rest. */
export const EPISODE_FACTS = ['einde', 'reden_einde', 'pgb', 'gemeente', 'aanbieder', 'product'] as const;

export interface UpsertCounts {
  inserted: number;
  updated: number;
}

/**
 * Store episodes by natural key in one set-based statement per chunk: new keys are inserted,
 * existing keys with other facts are updated, identical ones are left alone (so a re-import
 * changes nothing). Call inside the import's transaction.
 */
export async function upsertEpisodes(tx: Db, items: readonly EpisodeInput[], opts: { keepEnd?: boolean } = {}): Promise<UpsertCounts> {
  // An iWmo start says nothing about the end: re-reading it must not reopen a stopped episode.
  const facts = opts.keepEnd ? ['gemeente', 'aanbieder', 'product'] : EPISODE_FACTS;
  const setList = sql.raw(facts.map((f) => `${f} = excluded.${f}`).join(', '));
  const mine = sql.raw(`(${facts.map((f) => `m.${f}`).join(', ')})`);
  const theirs = sql.raw(`(${facts.map((f) => `excluded.${f}`).join(', ')})`);
  let inserted = 0;
  let updated = 0;
  for (let i = 0; i < items.length; i += CHUNK) {
    const part = items.slice(i, i + CHUNK);
    const col = <T>(f: (e: EpisodeInput) => T) => sql.param(part.map(f));
    const rows = await queryRows<{ inserted: number; updated: number }>(
      tx,
      sql`with src as (
            select * from unnest(${col((e) => e.key)}::text[], ${col((e) => e.client)}::text[], ${col((e) => e.gemeente)}::text[],
              ${col((e) => e.aanbieder)}::text[], ${col((e) => e.product)}::text[], ${col((e) => e.start)}::date[],
              ${col((e) => e.einde)}::date[], ${col((e) => e.redenEinde)}::text[], ${col((e) => e.pgb)}::boolean[],
              ${col((e) => e.toewijzingNummer)}::text[], ${col((e) => e.bron)}::text[])
              as s(episode_key, client, gemeente, aanbieder, product, start, einde, reden_einde, pgb, toewijzing_nummer, bron)
          ), up as (
            insert into monitor_episode as m (episode_key, client, gemeente, aanbieder, product, start, einde, reden_einde, pgb, toewijzing_nummer, bron)
            select * from src
            on conflict (episode_key) do update set ${setList}
            where ${mine} is distinct from ${theirs}
            returning (xmax = 0) as is_new
          )
          select count(*) filter (where is_new)::int as inserted, count(*) filter (where not is_new)::int as updated from up`,
    );
    inserted += rows[0]?.inserted ?? 0;
    updated += rows[0]?.updated ?? 0;
  }
  return { inserted, updated };
}

/**
 * Every writer of episodes takes this lock first, for the rest of its transaction: writers then
 * queue one after the other instead of deadlocking when a bulk load rebuilds the indexes (which
 * needs the table to itself) while another import has read episodes it is about to change.
 * Readers (the monitor) are not held up by it.
 */
export async function lockEpisodesForWrite(tx: Db): Promise<void> {
  await tx.execute(sql`lock table monitor_episode in share row exclusive mode`);
}

export interface IwmoEpisodeRef {
  id: number;
  episodeKey: string;
  einde: string | null;
  redenEinde: string | null;
}

/** Episodes from iWmo starts for these (client, toewijzing) pairs, to match stop messages. */
export async function findIwmoEpisodes(
  tx: Db,
  pairs: readonly { client: string; toewijzing: string }[],
): Promise<(IwmoEpisodeRef & { client: string; toewijzing: string; start: string })[]> {
  if (pairs.length === 0) return [];
  return queryRows(
    tx,
    sql`select m.id, m.episode_key as "episodeKey", m.einde::text as einde, m.reden_einde as "redenEinde", m.client,
          m.toewijzing_nummer as toewijzing, m.start::text as start
        from monitor_episode m
        join unnest(${sql.param(pairs.map((p) => p.client))}::text[], ${sql.param(pairs.map((p) => p.toewijzing))}::text[]) as k(client, toewijzing)
          on m.client = k.client and m.toewijzing_nummer = k.toewijzing
        where m.bron = 'iwmo' and m.toewijzing_nummer is not null`,
  );
}

export async function closeEpisode(tx: Db, id: number, einde: string | null, reden: string | null): Promise<void> {
  await tx.execute(sql`update monitor_episode set einde = ${einde}, reden_einde = ${reden} where id = ${id}`);
}

export async function deleteEpisodeByKey(tx: Db, key: string): Promise<number> {
  const rows = await queryRows<{ id: number }>(tx, sql`delete from monitor_episode where episode_key = ${key} returning id`);
  return rows.length;
}

export async function iwmoMessageSeen(tx: Db, afzender: string, identificatie: string, code: string): Promise<boolean> {
  const rows = await queryRows(
    tx,
    sql`select 1 from monitor_iwmo_message where afzender = ${afzender} and identificatie = ${identificatie} and bericht_code = ${code}`,
  );
  return rows.length > 0;
}

export async function recordIwmoMessage(tx: Db, afzender: string, identificatie: string, code: string): Promise<void> {
  await tx.execute(
    sql`insert into monitor_iwmo_message (afzender, identificatie, bericht_code) values (${afzender}, ${identificatie}, ${code}) on conflict do nothing`,
  );
}

/** Replace capacity rows with the same key; returns how many were new or different. */
export async function upsertCapacity(tx: Db, items: readonly CapacityInput[]): Promise<UpsertCounts> {
  let inserted = 0;
  let updated = 0;
  for (const c of items) {
    const rows = await queryRows<{ is_new: boolean }>(
      tx,
      sql`insert into monitor_capacity as m (aanbieder, locatie, product, van, tot, plaatsen)
          values (${c.aanbieder}, ${c.locatie}, ${c.product}, ${c.van}, ${c.tot}, ${c.plaatsen})
          on conflict (aanbieder, locatie, product, van) do update set tot = excluded.tot, plaatsen = excluded.plaatsen
          where (m.tot, m.plaatsen) is distinct from (excluded.tot, excluded.plaatsen)
          returning (xmax = 0) as is_new`,
    );
    if (rows[0]?.is_new) inserted += 1;
    else if (rows[0]) updated += 1;
  }
  return { inserted, updated };
}

export async function upsertRegions(tx: Db, items: readonly RegionInput[]): Promise<UpsertCounts> {
  let inserted = 0;
  let updated = 0;
  for (const r of items) {
    const rows = await queryRows<{ is_new: boolean }>(
      tx,
      sql`insert into monitor_region as m (gemeente, gemeente_naam, regio, regio_naam)
          values (${r.gemeente}, ${r.gemeenteNaam}, ${r.regio}, ${r.regioNaam})
          on conflict (gemeente) do update set gemeente_naam = excluded.gemeente_naam, regio = excluded.regio, regio_naam = excluded.regio_naam
          where (m.gemeente_naam, m.regio, m.regio_naam) is distinct from (excluded.gemeente_naam, excluded.regio, excluded.regio_naam)
          returning (xmax = 0) as is_new`,
    );
    if (rows[0]?.is_new) inserted += 1;
    else if (rows[0]) updated += 1;
  }
  return { inserted, updated };
}

export type RegionRow = typeof monitorRegion.$inferSelect;
export function listRegions(db: Db): Promise<RegionRow[]> {
  return db.select().from(monitorRegion);
}

export type CapacityRow = typeof monitorCapacity.$inferSelect;

export interface CapacityDaysRow {
  period: string;
  aanbieder: string;
  product: string;
  plaatsdagen: number;
}

function periodsSql(periods: readonly MonitorPeriod[]): SQL {
  return sql`select * from unnest(${sql.param(periods.map((p) => p.key))}::text[], ${sql.param(periods.map((p) => p.start))}::date[],
    ${sql.param(periods.map((p) => p.end))}::date[]) as p(key, ps, pe)`;
}

/** Place-days of the capacity register per provider, product ('' = all) and period. */
export async function capacityDays(db: Db, periods: readonly MonitorPeriod[]): Promise<CapacityDaysRow[]> {
  return queryRows<CapacityDaysRow>(
    db,
    sql`select p.key as period, c.aanbieder, c.product,
          sum(c.plaatsen * (least(coalesce(c.tot, p.pe), p.pe) - greatest(c.van, p.ps) + 1))::int8 as plaatsdagen
        from monitor_capacity c join (${periodsSql(periods)}) p on c.van <= p.pe and (c.tot is null or c.tot >= p.ps)
        group by p.key, c.aanbieder, c.product`,
  );
}

export async function listUnits(db: Db, by: MonitorUnitKind): Promise<{ code: string; name: string }[]> {
  if (by === 'regio') return queryRows(db, sql`select distinct regio as code, regio_naam as name from monitor_region order by 1`);
  if (by === 'aanbieder') return queryRows(db, sql`select distinct aanbieder as code, aanbieder as name from monitor_episode order by 1`);
  return queryRows(
    db,
    sql`select g.code, coalesce(r.gemeente_naam, g.code) as name
        from (select distinct gemeente::text as code from monitor_episode) g left join monitor_region r on r.gemeente = g.code order by 1`,
  );
}
