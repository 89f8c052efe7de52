#!/usr/bin/env node
// `npm run bench [-- --scale small|region|national] [-- --only app,monitor,backup]`: runs the
// benchmarks in bench/ (files named *.bench.ts) one after another, each in its own process, and
// merges their results into bench/results/<date>-<scale>.json and bench/results/<date>-<scale>.md.
// Other flags go to every bench (e.g. --no-postgres, --no-ui, --episodes N, --seconds N); --no-write
// prints the summary without writing bench/results/ (CI's smoke check).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summary } from './lib/summary.mjs';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const scale = flag('--scale') ?? 'small';
if (!['small', 'region', 'national'].includes(scale)) {
  console.error(`--scale moet small, region of national zijn, niet '${scale}'`);
  process.exit(2);
}
const only = flag('--only')?.split(',');
const passOn = args.filter((a, i) => a !== '--only' && args[i - 1] !== '--only');
if (!passOn.includes('--scale')) passOn.push('--scale', scale);

const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || only.includes(f.replace('.bench.ts', '')))
  .sort();
if (files.length === 0) {
  console.log('Geen benchmarks gekozen.');
  process.exit(0);
}
// Both databases by default: the local PostgreSQL unless TEST_DATABASE_URL says otherwise or --no-postgres.
const pgEnv = args.includes('--no-postgres')
  ? { TEST_DATABASE_URL: '', DATABASE_URL: '' }
  : { TEST_DATABASE_URL: process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres' };
// The UI part measures what `npm start` serves: build it when there is no build yet.
if (
  !args.includes('--no-ui') &&
  !args.includes('--only-report') &&
  (!only || only.includes('app')) &&
  !existsSync(new URL('../dist/web/index.html', import.meta.url))
) {
  console.log('vite build (dist/web ontbreekt) …');
  const b = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(1);
}
// The server as `npm start` runs it: compiled to dist/server/ (bin/regietafel.js uses it when current).
if (!args.includes('--only-report') && (!only || only.includes('app') || only.includes('backup'))) {
  const b = spawnSync(process.execPath, ['scripts/build-server.mjs'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(1);
}
const parts = mkdtempSync(join(tmpdir(), 'rt-bench-results-'));
const started = new Date();
let failed = 0;
for (const f of files) {
  console.log(`\n== ${f} (--scale ${scale})`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', `bench/${f}`, ...passOn], {
    stdio: 'inherit',
    env: { ...process.env, ...pgEnv, BENCH_RESULT_DIR: parts },
  });
  if (r.status !== 0) {
    console.error(`${f} faalde (code ${r.status})`);
    failed++;
  }
}

const merged = { scale, started: started.toISOString(), finished: new Date().toISOString(), failed, parts: {} };
for (const p of readdirSync(parts)) merged.parts[p.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(parts, p), 'utf8'));
rmSync(parts, { recursive: true, force: true });
const md = summary(merged);
if (args.includes('--no-write')) {
  console.log(`\n${md}`);
  process.exit(failed ? 1 : 0);
}
const outDir = new URL('results/', import.meta.url);
if (!existsSync(outDir)) mkdirSync(outDir, { recursive: true });
const stamp = started.toISOString().slice(0, 16).replace(':', '');
const base = `${stamp}-${scale}`;
writeFileSync(new URL(`${base}.json`, outDir), `${JSON.stringify(merged, null, 2)}\n`);
writeFileSync(new URL(`${base}.md`, outDir), md);
console.log(`\n${md}`);
console.log(`Resultaten: bench/results/${base}.json en .md${failed ? ` — ${failed} bench(es) faalden` : ''}`);
process.exit(failed ? 1 : 0);
