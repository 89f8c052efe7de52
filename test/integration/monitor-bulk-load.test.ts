import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client';
import { inTransaction, queryRows } from '../../src/db/database';
import { bulkLoadEpisodes, REBUILD_INDEXES_FROM } from '../../src/db/queries/episode-bulk-load';
import { EpisodeCopyRows } from '../../src/db/queries/episode-copy-text';
import { upsertEpisodes } from '../../src/db/queries/monitor';
import { fixedClock } from '../../src/domain/shared/clock';
import type { EpisodeInput } from '../../src/domain/monitor/episode-input';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { importEpisodesCsv } from '../../src/server/services/monitor/import-episodes-csv';
import { createTestDatabase, testDriver } from '../support/test-db';

const clock = fixedClock('2026-03-15T10:00:00Z');
const HEADER = 'client,gemeente,aanbieder,product,start,einde,reden_einde,pgb';

/** The indexes and constraints of monitor_episode as the catalogue defines them. */
async function definitions(database: Database) {
  const indexes = await queryRows<{ indexname: string; indexdef: string }>(
    database.db,
    sql`select indexname, indexdef from pg_indexes where tablename = 'monitor_episode' order by indexname`,
  );
  const constraints = await queryRows<{ conname: string; def: string }>(
    database.db,
    sql`select conname, pg_get_constraintdef(oid) as def from pg_constraint where conrelid = 'monitor_episode'::regclass order by conname`,
  );
  return { indexes, constraints };
}

/** Index name → oid: a rebuilt index is a new relation with a new oid. */
async function indexOids(database: Database): Promise<Record<string, number>> {
  const rows = await queryRows<{ name: string; oid: number }>(
    database.db,
    sql`select indexrelid::regclass::text as name, indexrelid::int8 as oid from pg_index where indrelid = 'monitor_episode'::regclass`,
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.oid]));
}

/** Which indexes were built anew since `before`. */
async function rebuilt(database: Database, before: Record<string, number>): Promise<string[]> {
  const now = await indexOids(database);
  return Object.keys(now)
    .filter((name) => now[name] !== before[name])
    .sort();
}

const count = async (database: Database) =>
  (await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from monitor_episode`))[0]?.n;

function csv(rows: number, opts: { from?: number; ended?: (i: number) => boolean } = {}): string {
  const lines = [HEADER];
  for (let i = opts.from ?? 0; i < (opts.from ?? 0) + rows; i += 1) {
    lines.push(opts.ended?.(i) ? `k${i},0363,A${i % 7},BW,2024-01-01,2024-06-30,19,nee` : `k${i},0363,A${i % 7},BW,2024-01-01,,,nee`);
  }
  return `${lines.join('\n')}\n`;
}

function copyRows(items: readonly EpisodeInput[]): EpisodeCopyRows {
  const rows = new EpisodeCopyRows();
  for (const e of items) rows.add(e);
  return rows;
}

const episode = (key: string, over: Partial<EpisodeInput> = {}): EpisodeInput => ({
  key,
  client: `c-${key}`,
  gemeente: '0363',
  aanbieder: 'A1',
  product: 'BW',
  start: '2024-01-01',
  einde: null,
  redenEinde: null,
  pgb: false,
  toewijzingNummer: null,
  bron: 'csv',
  ...over,
});

describe(`episode bulk load (${testDriver})`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());
  beforeEach(async () => {
    await database.db.execute(sql`delete from monitor_episode`);
  });

  it('rebuilds the indexes of a large first load and of a load larger than the table, with the same definitions', async () => {
    const before = await definitions(database);
    expect(before.indexes.map((i) => i.indexname)).toEqual([
      'monitor_episode_key_uq',
      'monitor_episode_pkey',
      'monitor_episode_toewijzing_idx',
    ]);
    const n = REBUILD_INDEXES_FROM + 2000;
    const imp = (text: string) =>
      importEpisodesCsv(database.db, SYSTEM_ACTOR, text, { fileName: 'groot.csv', pseudonymSecret: undefined, clock });

    let oids = await indexOids(database);
    expect(await imp(csv(n))).toMatchObject({ imported: n, updated: 0, unchanged: 0, rejected: 0 });
    expect(await definitions(database)).toEqual(before);
    // The full indexes were built anew; the partial toewijzing index (iWmo only) was kept.
    expect(await rebuilt(database, oids)).toEqual(['monitor_episode_key_uq', 'monitor_episode_pkey']);
    // Ids came from the identity's sequence: unique, and the next insert continues after them.
    const [ids] = await queryRows<{ distinct: number; max: number }>(
      database.db,
      sql`select count(distinct id)::int as distinct, max(id)::int8 as max from monitor_episode`,
    );
    expect(ids?.distinct).toBe(n);
    await inTransaction(database.db, (tx) => upsertEpisodes(tx, [episode('iwmo-1', { bron: 'iwmo', toewijzingNummer: 'T1' })]));
    const [next] = await queryRows<{ id: number }>(database.db, sql`select id from monitor_episode where episode_key = 'iwmo-1'`);
    expect(next?.id).toBeGreaterThan(ids?.max ?? Infinity);

    // More rows than stored: the merge through the stage, with the indexes rebuilt again.
    const bigger = csv(2 * n, { ended: (i) => i % 5 === 0 });
    const changed = Math.ceil(n / 5);
    oids = await indexOids(database);
    expect(await imp(bigger)).toMatchObject({ imported: n + changed, updated: changed, unchanged: n - changed, rejected: 0 });
    expect(await definitions(database)).toEqual(before);
    expect(await rebuilt(database, oids)).toEqual(['monitor_episode_key_uq', 'monitor_episode_pkey']);
    // Not larger than the table: merged with the indexes in place.
    oids = await indexOids(database);
    expect(await imp(bigger)).toMatchObject({ imported: 0, updated: 0, unchanged: 2 * n });
    expect(await rebuilt(database, oids)).toEqual([]);
    expect(await count(database)).toBe(2 * n + 1);
    // The unique index is back in force.
    await expect(
      database.db.execute(
        sql`insert into monitor_episode (episode_key, client, gemeente, aanbieder, product, start, bron) values
          ('c|k1|0363|A1|BW|2024-01-01', 'k1', '0363', 'A1', 'BW', '2024-01-01', 'csv')`,
      ),
    ).rejects.toThrow();
  });

  it('rolls everything back, dropped indexes included, when the load fails or the transaction does', async () => {
    const before = await definitions(database);
    // A repeated key makes the rebuilt unique index fail, after the indexes were dropped and the rows loaded.
    const repeated = [episode('a'), episode('b'), episode('a')];
    await expect(inTransaction(database.db, (tx) => bulkLoadEpisodes(tx, copyRows(repeated), { rebuildIndexesFrom: 0 }))).rejects.toThrow();
    expect(await count(database)).toBe(0);
    expect(await definitions(database)).toEqual(before);

    await inTransaction(database.db, (tx) => bulkLoadEpisodes(tx, copyRows([episode('x')])));
    await expect(
      inTransaction(database.db, (tx) =>
        bulkLoadEpisodes(tx, copyRows([episode('x', { einde: '2024-02-01', redenEinde: '19' }), ...repeated]), { rebuildIndexesFrom: 0 }),
      ),
    ).rejects.toThrow();
    await expect(
      inTransaction(database.db, async (tx) => {
        await bulkLoadEpisodes(tx, copyRows([episode('y'), episode('z')]), { rebuildIndexesFrom: 0 });
        throw new Error('later in the same transaction');
      }),
    ).rejects.toThrow('later in the same transaction');
    const rows = await queryRows<{ episode_key: string; einde: string | null }>(
      database.db,
      sql`select episode_key, einde::text as einde from monitor_episode`,
    );
    expect(rows).toEqual([{ episode_key: 'x', einde: null }]);
    expect(await definitions(database)).toEqual(before);
  });

  it('rejects a whole CSV before anything is written', async () => {
    const text = `${csv(5)}k9,0363,A1,BW,2024-13-01,,,nee\n`;
    const r = await importEpisodesCsv(database.db, SYSTEM_ACTOR, text, { fileName: 'fout.csv', pseudonymSecret: undefined, clock });
    expect(r).toMatchObject({
      imported: 0,
      rejected: 1,
      errors: [{ row: 7, field: 'start', reason: "'2024-13-01' is geen datum (jjjj-mm-dd of dd-mm-jjjj)" }],
    });
    expect(await count(database)).toBe(0);
  });

  it('rejects a large file whose errors come after rows were sent to the database, into an empty table and into one with rows', async () => {
    const before = await definitions(database);
    const imp = (text: string) =>
      importEpisodesCsv(database.db, SYSTEM_ACTOR, text, { fileName: 'laat-fout.csv', pseudonymSecret: undefined, clock });
    // ~5 MB: several chunks of COPY text are sent (on PostgreSQL) before the checks reach the errors.
    const n = 120_000;
    const late = `${csv(n).slice(0, -1)}\nkx,0363,A1,BW,2024-13-01,,,nee\nky,0363,,BW,2024-01-01,,,nee\nkz,0363,A\u00001,BW,2024-01-01,,,nee\n`;
    const errors = [
      { row: n + 2, field: 'start', reason: "'2024-13-01' is geen datum (jjjj-mm-dd of dd-mm-jjjj)" },
      { row: n + 3, field: 'aanbieder', reason: 'aanbieder ontbreekt' },
      { row: n + 4, field: 'aanbieder', reason: 'bevat een NUL-teken (byte 0), dat niet kan worden opgeslagen' },
    ];
    expect(await imp(late)).toMatchObject({ imported: 0, rejected: 3, errors });
    expect(await count(database)).toBe(0);
    expect(await definitions(database)).toEqual(before);

    expect(await imp(csv(10, { from: n }))).toMatchObject({ imported: 10, rejected: 0 });
    expect(await imp(late)).toMatchObject({ imported: 0, rejected: 3, errors });
    expect(await count(database)).toBe(10);
    expect(await definitions(database)).toEqual(before);

    // The connection and the identity are fine afterwards: the same rows without the errors load.
    expect(await imp(csv(n))).toMatchObject({ imported: n, rejected: 0 });
    const [ids] = await queryRows<{ distinct: number }>(database.db, sql`select count(distinct id)::int as distinct from monitor_episode`);
    expect(ids?.distinct).toBe(n + 10);
  });

  it('round-trips any text through COPY (tab, line breaks, backslash, \\N, Unicode) and counts like upsertEpisodes', async () => {
    const odd = fc
      .oneof(
        fc.constantFrom('\t', '\n', '\r\n', '\\', '\\N', '\\.', '\\t', 'a\tb\nc\\d', '"', ';', ',', 'é', '€', '😀', ' ', ''),
        fc.string({ unit: 'binary', maxLength: 12 }),
      )
      .filter((s) => !s.includes('\u0000'));
    const day = fc.integer({ min: 0, max: 700 }).map((d) => new Date(Date.UTC(2023, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
    const episodeArb = fc.record({
      key: fc.oneof(odd, fc.constantFrom('k1', 'k2', 'k3', 'k4')),
      client: odd,
      gemeente: fc.constantFrom('0363', '0014', '1900'),
      aanbieder: odd,
      product: fc.constantFrom<'BW' | 'MO'>('BW', 'MO'),
      start: day,
      einde: fc.option(day, { nil: null }),
      redenEinde: fc.option(fc.constantFrom('19', '20', '02'), { nil: null }),
      pgb: fc.boolean(),
      toewijzingNummer: fc.option(odd, { nil: null }),
      bron: fc.constantFrom<'csv' | 'iwmo'>('csv', 'iwmo'),
    });
    const batch = fc.uniqueArray(episodeArb, { maxLength: 12, selector: (e) => e.key });
    const FACTS = ['einde', 'redenEinde', 'pgb', 'gemeente', 'aanbieder', 'product'] as const;

    await fc.assert(
      fc.asyncProperty(batch, batch, fc.boolean(), async (first, second, rebuild) => {
        await database.db.execute(sql`delete from monitor_episode`);
        const model = new Map<string, EpisodeInput>();
        for (const load of [first, second]) {
          let inserted = 0;
          let updated = 0;
          for (const e of load) {
            const had = model.get(e.key);
            if (!had) {
              inserted += 1;
              model.set(e.key, e);
            } else if (FACTS.some((f) => had[f] !== e[f])) {
              updated += 1;
              model.set(e.key, { ...had, ...Object.fromEntries(FACTS.map((f) => [f, e[f]])) });
            }
          }
          const counts = await inTransaction(database.db, (tx) =>
            bulkLoadEpisodes(tx, copyRows(load), { rebuildIndexesFrom: rebuild ? 0 : Infinity }),
          );
          expect(counts).toEqual({ inserted, updated });
        }
        const stored = await queryRows<EpisodeInput>(
          database.db,
          sql`select episode_key as key, client, gemeente, aanbieder, product, start::text as start, einde::text as einde, reden_einde as "redenEinde",
                pgb, toewijzing_nummer as "toewijzingNummer", bron from monitor_episode`,
        );
        const byKey = (a: EpisodeInput, b: EpisodeInput) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
        expect(stored.sort(byKey)).toEqual([...model.values()].sort(byKey));
      }),
      { numRuns: 40 },
    );
  });
});
