import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreBackupStream, schemaTableNames, writeBackupStream } from '../../src/db/backup';
import type { Database } from '../../src/db/client';
import { queryRows, type Db } from '../../src/db/database';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { createProgramme } from '../../src/server/services/programme/create-programme';
import { fixedClock } from '../../src/domain/shared/clock';
import { createTestDatabase, testDriver } from '../support/test-db';

/**
 * The streaming backup on a generated set large enough to need many chunks (the bench takes
 * 2,000,000 episodes; here a size that runs in seconds): every table one chunk at a time, restored
 * all or nothing, a cut-off file or a bad row refused in Dutch without showing the rows.
 */
const EPISODES = 12_345;
const CHUNK = 1_000;
const clock = fixedClock('2026-03-15T10:00:00Z');

async function fingerprint(db: Db): Promise<string> {
  const [row] = await queryRows<{ n: number; h: string }>(
    db,
    sql`select count(*)::int as n, md5(string_agg(concat_ws('|', id, episode_key, client, gemeente, aanbieder, product, 
        start, einde, reden_einde, pgb, bron), ',' order by id)) as h from monitor_episode`,
  );
  return `${row?.n}:${row?.h}`;
}

async function* linesOf(list: string[]): AsyncGenerator<string> {
  for (const l of list) yield l;
}

describe(`streaming backup in chunks, restore all or nothing (${testDriver})`, () => {
  let source: Database;
  let target: Database;
  const lines: string[] = [];
  let counts: Record<string, number>;

  beforeAll(async () => {
    source = await createTestDatabase();
    target = await createTestDatabase();
    await createProgramme(
      source.db,
      SYSTEM_ACTOR,
      { slug: 'reserve', title: 'Programma met "citaat" en €', levelLabels: ['Thema'] },
      clock,
    );
    await source.db.execute(sql`
      insert into monitor_episode (episode_key, client, gemeente, aanbieder, product, start, einde, reden_einde, pgb, bron)
      select 'c|' || i, 'p' || (i % 4000), '0983', 'aanbieder-' || (i % 17), case when i % 3 = 0 then 'MO' else 'BW' end,
             date '2020-01-01' + (i % 1500), case when i % 4 = 0 then null else date '2020-01-01' + (i % 1500) + 30 end,
             case when i % 4 = 0 then null else 'regulier' end, i % 5 = 0, 'csv'
      from generate_series(1, ${EPISODES}) as i`);
    counts = await writeBackupStream(source.db, clock.now(), async (l) => void lines.push(l), { chunkRows: CHUNK });
  });
  afterAll(async () => {
    await source?.close();
    await target?.close();
  });

  it('writes a header, every table in chunks of at most the chunk size, and a trailer with the counts', () => {
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ format: 'regietafel-backup', version: 2, tables: schemaTableNames() });
    const episodeChunks = lines.filter((l) => l.startsWith('{"table":"monitor_episode"'));
    expect(episodeChunks.length).toBe(Math.ceil(EPISODES / CHUNK));
    for (const c of episodeChunks) expect((JSON.parse(c) as { rows: unknown[] }).rows.length).toBeLessThanOrEqual(CHUNK);
    expect(counts.monitor_episode).toBe(EPISODES);
    expect(JSON.parse(lines.at(-1) ?? '{}')).toEqual({ end: true, counts });
  });

  it('refuses a cut-off file and a bad row in Dutch, shows no rows, and leaves the target empty', async () => {
    const cut = lines.slice(0, -1);
    await expect(restoreBackupStream(target.db, linesOf(cut))).rejects.toThrow(/onvolledig.*niets teruggezet/);
    const i = lines.findIndex((l) => l.startsWith('{"table":"monitor_episode"'));
    const bad = [...lines];
    bad[i + 3] = (bad[i + 3] ?? '').replace(/"start":"\d{4}-\d{2}-\d{2}"/, '"start":"0000-01-01"');
    const error = await restoreBackupStream(target.db, linesOf(bad)).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/tabel monitor_episode, rij 3001–4000: een rij past niet in de tabel/);
    expect((error as Error).message).not.toMatch(/aanbieder-|"client"/);
    const [n] = await queryRows<{ n: number }>(target.db, sql`select count(*)::int as n from monitor_episode`);
    expect(Number(n?.n)).toBe(0);
  });

  it('restores every row, equal to the source, with identities that continue after the restored ids', async () => {
    const restored = await restoreBackupStream(target.db, linesOf(lines));
    expect(restored).toEqual(counts);
    expect(await fingerprint(target.db)).toBe(await fingerprint(source.db));
    const [p] = await queryRows<{ title: string }>(target.db, sql`select title from programme where slug = 'reserve'`);
    expect(p?.title).toBe('Programma met "citaat" en €');
    const [next] = await queryRows<{ id: number }>(
      target.db,
      sql`insert into monitor_episode (episode_key, client, gemeente, aanbieder, product, start, bron) values ('c|nieuw', 
        'p', '0983', 'a', 'BW', '2024-01-01', 'csv') returning id`,
    );
    expect(Number(next?.id)).toBeGreaterThan(EPISODES);
  });
});
