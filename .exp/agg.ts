import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
const t = () => performance.now();
const text = readFileSync('/tmp/ep1m.csv', 'utf8');
const lines = text.split('\n'); const out: string[] = [];
for (let i = 1; i < lines.length; i++) { const l = lines[i]; if (!l) continue; const f = l.split(','); out.push(`${f[0]}\t${f[1]}\t${f[2]}\t${f[3]}\t${f[4]}\t${f[5] || '\\N'}\t${f[6] || '\\N'}\t${f[7] === 'ja' ? 't' : 'f'}`); }
const Q = `select string_agg(concat_ws(',', client, gemeente, aanbieder, product, start - date '1970-01-01', einde - date '1970-01-01', reden_einde, pgb::int), E'\\n') from e`;
const db = await PGlite.create({ dataDir: mkdtempSync(join(tmpdir(), 'pgl-')) });
await db.exec(`create table e (id serial, client text, gemeente char(4), aanbieder text, product text, start date, einde date, reden_einde text, pgb boolean)`);
await db.query(`copy e (client, gemeente, aanbieder, product, start, einde, reden_einde, pgb) from '/dev/blob'`, [], { blob: new Blob([out.join('\n') + '\n']) });
let t0 = t();
const r = await db.query<{ string_agg: string }>(Q);
console.log('pglite string_agg', (t() - t0).toFixed(0), r.rows[0]!.string_agg.length);
t0 = t();
const r2 = await db.query<{ s: string }>(`select string_agg(concat_ws(',', client, gemeente, aanbieder, product, start - date '1970-01-01', einde - date '1970-01-01', reden_einde, pgb::int), E'\\n') as s from e group by id / 250000`);
console.log('pglite string_agg chunked', (t() - t0).toFixed(0), r2.rows.length);
const c = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' }); await c.connect();
await c.query('drop table if exists e_exp'); await c.query(`create table e_exp (id serial, client text, gemeente char(4), aanbieder text, product text, start date, einde date, reden_einde text, pgb boolean)`);
for (let i = 0; i < out.length; i += 200000) { const part = out.slice(i, i + 200000).map((l) => l.split('\t')); const cols = [0,1,2,3,4,5,6,7].map((k) => part.map((x) => (x[k] === '\\N' ? null : x[k]))); await c.query(`insert into e_exp (client, gemeente, aanbieder, product, start, einde, reden_einde, pgb) select * from unnest($1::text[],$2::text[],$3::text[],$4::text[],$5::date[],$6::date[],$7::text[],$8::boolean[])`, cols); }
t0 = t();
const r3 = await c.query(Q.replace(' from e', ' from e_exp'));
console.log('pg string_agg', (t() - t0).toFixed(0), r3.rows[0].string_agg.length);
t0 = t();
const r4 = await c.query({ text: `select client, gemeente, aanbieder, product, start - date '1970-01-01', einde - date '1970-01-01', reden_einde, pgb from e_exp`, rowMode: 'array' });
console.log('pg select rows', (t() - t0).toFixed(0), r4.rows.length);
await c.query('drop table e_exp'); await c.end();
