import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/client';
import type { Db } from '../../src/db/database';
import { loadEpisodeColumns } from '../../src/db/queries/monitor-columns';
import * as schema from '../../src/db/schema';
import { fixedClock } from '../../src/domain/shared/clock';
import { OPEN_END } from '../../src/domain/monitor/episode-columns';
import type { MonitorQuery } from '../../src/domain/monitor/responses';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { computeMonitor } from '../../src/server/services/monitor/compute-monitor';
import { importMonitorFile } from '../../src/server/services/monitor/import-monitor-file';
import { createTestDatabase } from '../support/test-db';

const clock = fixedClock('2026-03-15T10:00:00Z');
const Q: MonitorQuery = { from: '2024-01-01', to: '2024-12-31', per: 'jaar', by: 'gemeente', suppress: false };
const HEADER = 'client,gemeente,aanbieder,product,start,einde,reden_einde,pgb\n';

async function importCsv(db: Db, body: string, fileName: string) {
  const r = await importMonitorFile(db, SYSTEM_ACTOR, HEADER + body, { fileName, pseudonymSecret: undefined, clock });
  expect(r.rejected, JSON.stringify(r.errors)).toBe(0);
}

const inZorg = async (db: Db) =>
  (await computeMonitor(db, Q)).rows.find((r) => r.product === 'totaal' && r.unit_code === '0363')?.in_zorg ?? 0;

/**
 * The monitor answers from episodes held in memory per database handle. These tests change the
 * episodes in every way there is and check that the next answer sees it, also on a second handle
 * (another app server on the same PostgreSQL, or a second connection object on PGlite).
 */
describe('monitor episode columns stay current', () => {
  let database: Database;
  let other: Database | null = null;
  let otherDb: Db;
  beforeAll(async () => {
    database = await createTestDatabase();
    if (database.url) {
      other = await openDatabase({ kind: 'postgres', url: database.url });
      otherDb = other.db;
    } else if (database.pglite) otherDb = drizzle(database.pglite, { schema }) as unknown as Db;
    else throw new Error('testdatabase zonder PGlite of URL');
  });
  afterAll(async () => {
    await other?.close();
    await database.close();
  });

  it('sees an import, an update by plain SQL and a delete, on this handle and on another one', async () => {
    expect(await inZorg(database.db)).toBe(0);
    await importCsv(database.db, 'p1,0363,A,BW,2024-02-01,,,nee\np2,0363,A,MO,2023-05-01,2024-03-01,19,ja\n', 'eerste.csv');
    expect(await inZorg(database.db)).toBe(2);
    expect(await inZorg(otherDb)).toBe(2);

    // Another handle imports: the first one must not answer from its old columns.
    await importCsv(otherDb, 'p3,0363,B,BW,2024-06-01,,,nee\n', 'tweede.csv');
    expect(await inZorg(database.db)).toBe(3);

    await database.db.execute(sql`update monitor_episode set einde = '2023-12-31', reden_einde = '19' where client = 'p3'`);
    expect(await inZorg(otherDb)).toBe(2);
    await otherDb.execute(sql`delete from monitor_episode where client = 'p1'`);
    expect(await inZorg(database.db)).toBe(1);
    await database.db.execute(sql`truncate monitor_episode`);
    expect(await inZorg(otherDb)).toBe(0);
  });

  it('gives the same answer from the cache as from a fresh load', async () => {
    await importCsv(
      database.db,
      'q1,0363,A,BW,2024-01-01,2024-04-01,20,nee\nq1,0363,A,BW,2024-05-01,,,ja\nq2,0363,A,MO,2024-03-01,,,nee\n',
      'derde.csv',
    );
    const first = await computeMonitor(database.db, Q);
    const again = await computeMonitor(database.db, Q);
    expect(again.rows).toEqual(first.rows);
    expect(first.rows.find((r) => r.product === 'totaal')).toMatchObject({ in_zorg: 2, instroom: 2, pgb: 1, redenen_einde: { '20': 1 } });
  });

  it('reads values with escapes and non-ASCII characters exactly as they were stored', async () => {
    await database.db.execute(sql`truncate monitor_episode`);
    const stored = [
      { client: 'cliënt\\1', aanbieder: 'Zorg\tgroep\nNoord\\Zuid', redenEinde: '\\N', einde: '2024-03-01' },
      { client: 'cliënt\\1', aanbieder: 'Zorg & Welzijn Fryslân 😀', redenEinde: null, einde: null },
      { client: '日本\t', aanbieder: 'Zorg\tgroep\nNoord\\Zuid', redenEinde: 'ré\r', einde: '1969-12-31' },
    ];
    await database.db
      .insert(schema.monitorEpisode)
      .values(
        stored.map((e, i) => ({ ...e, episodeKey: `vreemd-${i}`, gemeente: '0363', product: 'BW', start: '1969-06-01', bron: 'csv' })),
      );
    for (const db of [database.db, otherDb]) {
      const c = await loadEpisodeColumns(db);
      expect(c.size).toBe(3);
      const rows = Array.from({ length: c.size }, (_, i) => [
        c.aanbieders[c.aanbieder[i] ?? -1],
        c.reason[i] === -1 ? null : c.reasons[c.reason[i] ?? -1],
        c.einde[i],
        c.start[i],
      ]);
      expect(rows.sort()).toEqual(
        [
          ['Zorg\tgroep\nNoord\\Zuid', '\\N', 19_783, -214],
          ['Zorg & Welzijn Fryslân 😀', null, OPEN_END, -214],
          ['Zorg\tgroep\nNoord\\Zuid', 'ré\r', -1, -214],
        ].sort(),
      );
      // Two clients: the two episodes of cliënt\\1 are one client.
      const episodesPerClient = [...new Set(c.client)].map((x) => c.client.filter((y) => y === x).length);
      expect(episodesPerClient.sort()).toEqual([1, 2]);
    }
    await database.db.execute(sql`truncate monitor_episode`);
  });
});
