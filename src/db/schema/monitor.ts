import { sql } from 'drizzle-orm';
import { bigint, boolean, char, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * One care episode of the regional monitor (issue 6). `client` is a pseudonym (never a BSN).
 * `episode_key` is the natural key that makes re-imports idempotent:
 * CSV `c|client|gemeente|aanbieder|product|start`, iWmo `w|client|toewijzing|start`.
 * Its collation is "C" (migration 0002, not expressible here): compared for equality only.
 */
export const monitorEpisode = pgTable(
  'monitor_episode',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    episodeKey: text('episode_key').notNull(),
    client: text('client').notNull(),
    gemeente: char('gemeente', { length: 4 }).notNull(),
    aanbieder: text('aanbieder').notNull(),
    /** 'BW' or 'MO'. */
    product: text('product').notNull(),
    start: date('start').notNull(),
    einde: date('einde'),
    redenEinde: text('reden_einde'),
    pgb: boolean('pgb').notNull().default(false),
    toewijzingNummer: text('toewijzing_nummer'),
    /** 'csv' or 'iwmo'. */
    bron: text('bron').notNull(),
  },
  // Few indexes on purpose: the monitor scans all episodes of a period range anyway, and every
  // index costs time on a million-row import. The toewijzing index only holds iWmo episodes.
  (t) => [
    uniqueIndex('monitor_episode_key_uq').on(t.episodeKey),
    index('monitor_episode_toewijzing_idx')
      .on(t.client, t.toewijzingNummer)
      .where(sql`${t.toewijzingNummer} is not null`),
  ],
);

/** Places per provider (optionally per location and product) for a period; `tot` null = open-ended. */
export const monitorCapacity = pgTable(
  'monitor_capacity',
  {
    aanbieder: text('aanbieder').notNull(),
    locatie: text('locatie').notNull().default(''),
    /** 'BW', 'MO' or '' (all products: used for the totaal row). */
    product: text('product').notNull().default(''),
    van: date('van').notNull(),
    tot: date('tot'),
    plaatsen: integer('plaatsen').notNull(),
  },
  (t) => [primaryKey({ columns: [t.aanbieder, t.locatie, t.product, t.van] })],
);

/** The region register: which municipality belongs to which (centrum)region, with names. */
export const monitorRegion = pgTable('monitor_region', {
  gemeente: char('gemeente', { length: 4 }).primaryKey(),
  gemeenteNaam: text('gemeente_naam').notNull(),
  regio: text('regio').notNull(),
  regioNaam: text('regio_naam').notNull(),
});

/** iWmo messages already processed (by BerichtIdentificatie + sender), so a re-import changes nothing. */
export const monitorIwmoMessage = pgTable(
  'monitor_iwmo_message',
  {
    afzender: text('afzender').notNull(),
    identificatie: text('identificatie').notNull(),
    berichtCode: text('bericht_code').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [primaryKey({ columns: [t.afzender, t.identificatie, t.berichtCode] })],
);

/**
 * One row (id 1) whose revision goes up with every statement that changes monitor_episode (a
 * trigger, see migration 0001). App servers keep the episodes in memory as columns for the monitor
 * and reload them when the revision they hold is no longer the database's.
 */
export const monitorRevision = pgTable('monitor_revision', {
  id: integer('id').primaryKey(),
  revision: bigint('revision', { mode: 'number' }).notNull(),
});
