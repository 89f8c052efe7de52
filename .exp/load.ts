import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
const t = () => performance.now();
const text = readFileSync('/tmp/ep1m.csv', 'utf8');
const lines = text.split('\n'); const out: string[] = [];
for (let i = 1; i < lines.length; i++) { const l = lines[i]; if (!l) continue; const f = l.split(','); out.push(`${f[0]}\t${f[1]}\t${f[2]}\t${f[3]}\t${f[4]}\t${f[5] || '\\N'}\t${f[6] || '\\N'}\t${f[7] === 'ja' ? 't' : 'f'}`); }
const db = await PGlite.create({ dataDir: mkdtempSync(join(tmpdir(), 'pgl-')) });
await db.exec(`create table e (client text, gemeente char(4), aanbieder text, product text, start date, einde date, reden_einde text, pgb boolean)`);
await db.query(`copy e from '/dev/blob'`, [], { blob: new Blob([out.join('\n') + '\n']) });
let t0 = t();
const r = await db.query(`select client, gemeente, aanbieder, product, start - date '1970-01-01' as s, einde - date '1970-01-01' as e, reden_einde, pgb from e`, [], { rowMode: 'array' });
console.log('select rows array', (t() - t0).toFixed(0), r.rows.length);
t0 = t();
const b = await db.query(`copy (select client, gemeente, aanbieder, product, start - date '1970-01-01', einde - date '1970-01-01', reden_einde, pgb from e) to '/dev/blob'`);
const txt = await b.blob!.text();
console.log('copy to blob', (t() - t0).toFixed(0), txt.length);
t0 = t();
const lines2 = txt.split('\n'); let n = 0; const dict = new Map<string, number>();
for (const l of lines2) { if (!l) continue; const f = l.split('\t'); let id = dict.get(f[0]!); if (id === undefined) { id = dict.size; dict.set(f[0]!, id); } n++; }
console.log('parse blob', (t() - t0).toFixed(0), n, dict.size);
