import { PGlite } from '@electric-sql/pglite';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const t = () => performance.now();
const text = readFileSync('/tmp/ep1m.csv', 'utf8');
let t0 = t();
// fast split: produce COPY text (tab separated), no validation
const lines = text.split('\n');
const out: string[] = [];
for (let i = 1; i < lines.length; i++) {
  const l = lines[i]; if (!l) continue;
  const f = l.split(',');
  out.push(`${f[0]}\t${f[1]}\t${f[2]}\t${f[3]}\t${f[4]}\t${f[5] || '\\N'}\t${f[6] || '\\N'}\t${f[7] === 'ja' ? 't' : 'f'}`);
}
const copyText = out.join('\n') + '\n';
console.log('split+build', (t() - t0).toFixed(0), 'ms', out.length);
const db = await PGlite.create({ dataDir: mkdtempSync(join(tmpdir(), 'pgl-')) });
await db.exec(`create table s (client text, gemeente char(4), aanbieder text, product text, start date, einde date, reden_einde text, pgb boolean)`);
t0 = t();
await db.query(`copy s from '/dev/blob'`, [], { blob: new Blob([copyText]) });
console.log('pglite copy staging', (t() - t0).toFixed(0), 'ms');
await db.exec(`create table e (id bigint generated always as identity primary key, client text not null, gemeente char(4) not null, aanbieder text not null, product text not null, start date not null, einde date, reden_einde text, pgb boolean not null)`);
await db.exec(`create unique index e_uq on e (client, gemeente, aanbieder, product, start)`);
t0 = t();
await db.exec(`insert into e (client, gemeente, aanbieder, product, start, einde, reden_einde, pgb) select * from s on conflict (client, gemeente, aanbieder, product, start) do update set einde = excluded.einde where (e.einde) is distinct from (excluded.einde)`);
console.log('pglite insert-select with composite unique idx', (t() - t0).toFixed(0), 'ms');
await db.exec(`create table e2 (client text not null, gemeente char(4) not null, aanbieder text not null, product text not null, start date not null, einde date, reden_einde text, pgb boolean not null)`);
t0 = t();
await db.query(`copy e2 from '/dev/blob'`, [], { blob: new Blob([copyText]) });
console.log('pglite copy direct no index', (t() - t0).toFixed(0), 'ms');
t0 = t();
await db.exec(`create unique index e2_uq on e2 (client, gemeente, aanbieder, product, start)`);
console.log('pglite build unique index after', (t() - t0).toFixed(0), 'ms');
t0 = t();
await db.exec(`set work_mem='256MB'`);
await db.exec(`create index e2_uq2 on e2 (client, gemeente, aanbieder, product, start)`);
console.log('pglite build index after with work_mem 256MB', (t() - t0).toFixed(0), 'ms');
await db.close();
