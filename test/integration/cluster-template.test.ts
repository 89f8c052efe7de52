import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { restoreBackupStream, writeBackupStream } from '../../src/db/backup';
import { openDatabase, type Database } from '../../src/db/client';
import { clusterTemplateFile, ensureClusterTemplate } from '../../src/db/cluster-template';
import { queryRows, type Db } from '../../src/db/database';
import { runMigrations } from '../../src/db/migrate';
import { fixedClock } from '../../src/domain/shared/clock';
import { createTestDatabase, testDriver } from '../support/test-db';

/**
 * Issue 25: a new PGlite data folder (restore, migrate or import into a folder that holds no database
 * yet) is unpacked from the prebuilt empty cluster, not made by PGlite's initdb in the command's own
 * process (~900 MB peak: the whole peak of a restore). The restored rows equal the backup's, and the
 * folder is a real database on disk: opened again, it is an existing cluster with the same rows.
 */
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

describe.skipIf(testDriver !== 'pglite')('a new PGlite folder comes from the prebuilt cluster', { timeout: 120_000 }, () => {
  const dirs: string[] = [];
  const open: Database[] = [];
  afterAll(async () => {
    for (const d of open) await d.close().catch(() => undefined);
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('restores a backup into a new folder through the template: the same rows, kept on disk', async () => {
    // Built once per PGlite version (by the build step, or here in a helper process when missing).
    const template = await ensureClusterTemplate();
    expect(template).toBe(clusterTemplateFile());
    expect(existsSync(clusterTemplateFile())).toBe(true);

    const source = await createTestDatabase();
    open.push(source);
    await source.db.execute(sql`
      insert into monitor_episode (episode_key, client, gemeente, aanbieder, product, start, einde, reden_einde, pgb, bron)
      select 'c|' || i, 'p' || (i % 700), '0983', 'aanbieder-' || (i % 11), case when i % 3 = 0 then 'MO' else 'BW' end,
             date '2020-01-01' + (i % 900), case when i % 4 = 0 then null else date '2020-01-01' + (i % 900) + 30 end,
             case when i % 4 = 0 then null else 'regulier' end, i % 5 = 0, 'csv'
      from generate_series(1, 3000) as i`);
    const lines: string[] = [];
    const counts = await writeBackupStream(source.db, clock.now(), async (l) => void lines.push(l), { chunkRows: 500 });

    const dir = mkdtempSync(join(tmpdir(), 'rt-cluster-'));
    dirs.push(dir);
    const folder = join(dir, 'nieuw');
    const target = await openDatabase({ kind: 'pglite', dataDir: folder });
    open.push(target);
    expect(target.origin).toBe('template');
    await runMigrations(target);
    expect(await restoreBackupStream(target.db, linesOf(lines))).toEqual(counts);
    const expected = await fingerprint(source.db);
    expect(await fingerprint(target.db)).toBe(expected);
    await target.close();

    const again = await openDatabase({ kind: 'pglite', dataDir: folder });
    open.push(again);
    expect(again.origin).toBe('existing');
    expect(await fingerprint(again.db)).toBe(expected);
  });
});
