import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/client';
import { runMigrations } from '../src/db/migrate';
import { computeMonitor } from '../src/server/services/monitor/compute-monitor';
const t = () => performance.now();
const text = readFileSync('/tmp/ep1m.csv', 'utf8');
const lines = text.split('\n');
const out: string[] = [];
for (let i = 1; i < lines.length; i++) {
  const l = lines[i]; if (!l) continue;
  const f = l.split(',');
  out.push(`c|${f[0]}|${f[1]}|${f[2]}|${f[3]}|${f[4]}\t${f[0]}\t${f[1]}\t${f[2]}\t${f[3]}\t${f[4]}\t${f[5] || '\\N'}\t${f[6] || '\\N'}\t${f[7] === 'ja' ? 't' : 'f'}\tcsv`);
}
const kind = process.argv[2] ?? 'pglite';
const database = kind === 'pglite' ? await openDatabase({ kind: 'pglite', dataDir: mkdtempSync(join(tmpdir(), 'pgl-')) }) : await openDatabase({ kind: 'postgres', url: process.argv[3]! });
await runMigrations(database);
if (database.pglite) await database.pglite.query(`copy monitor_episode (episode_key, client, gemeente, aanbieder, product, start, einde, reden_einde, pgb, bron) from '/dev/blob'`, [], { blob: new Blob([out.join('\n') + '\n']) });
else {
  // pg: insert via unnest in chunks (no copy-streams yet)
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: process.argv[3] }); await c.connect();
  await c.query('truncate monitor_episode');
  for (let i = 0; i < out.length; i += 100000) {
    const part = out.slice(i, i + 100000).map((l) => l.split('\t'));
    const cols = [0,1,2,3,4,5,6,7,8,9].map((k) => part.map((r) => (r[k] === '\\N' ? null : r[k])));
    await c.query(`insert into monitor_episode (episode_key, client, gemeente, aanbieder, product, start, einde, reden_einde, pgb, bron) select * from unnest($1::text[],$2::text[],$3::text[],$4::text[],$5::text[],$6::date[],$7::date[],$8::text[],$9::boolean[],$10::text[])`, cols);
  }
  await c.end();
}
await database.db.execute(sql`analyze monitor_episode`);
const Q = { from: '2024-01-01', to: '2024-12-31', per: 'kwartaal', by: 'gemeente', suppress: false } as const;
for (const wm of ['4MB', '64MB', '256MB']) {
  await database.db.execute(sql.raw(`set work_mem = '${wm}'`));
  for (let r = 0; r < 2; r++) { const t0 = t(); const res = await computeMonitor(database.db, Q); console.log(kind, 'work_mem', wm, (t() - t0).toFixed(0), 'ms', res.rows.length); }
}
await database.close();
