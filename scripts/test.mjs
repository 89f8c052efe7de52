#!/usr/bin/env node
// `npm test`: every suite (checks, unit, integration on PGlite and PostgreSQL, e2e in Chromium).
// Missing Chromium or PostgreSQL is skipped with a clear note on a developer's machine and is an
// error with CI=true. The last line is the summary of all suites, read from Vitest's JSON report.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import pg from 'pg';

const CI = process.env.CI === 'true' || process.env.CI === '1';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const projects = ['checks', 'unit', 'cli', 'integration-pglite'];
const skipped = [];
const problems = [];

if (process.env.TEST_DATABASE_URL) {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.end();
    projects.push('integration-postgres');
  } catch (e) {
    problems.push(`PostgreSQL op TEST_DATABASE_URL is niet bereikbaar (${e.message}).`);
  }
} else {
  skipped.push(
    'integration-postgres: TEST_DATABASE_URL is niet gezet. Zet bijv. TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres',
  );
}
if (existsSync(CHROMIUM)) projects.push('e2e');
else skipped.push(`e2e: geen Chromium op ${CHROMIUM}. Installeer met: apt-get install -y chromium`);

if (CI && skipped.length) problems.push(...skipped.map((s) => `met CI=true mag niets worden overgeslagen: ${s}`));
for (const s of skipped) if (!CI) console.warn(`OVERGESLAGEN ${s}`);
if (problems.length) {
  for (const p of problems) console.error(`FOUT ${p}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

mkdirSync('reports', { recursive: true });
const report = 'reports/vitest.json';
rmSync(report, { force: true });
const args = [
  'vitest',
  'run',
  ...projects.flatMap((p) => ['--project', p]),
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
];
const run = spawnSync('npx', args, { stdio: 'inherit', env: process.env });

if (!existsSync(report)) {
  console.error('Vitest schreef geen rapport.');
  console.log('0 passed, 1 failed');
  process.exit(run.status || 1);
}
const r = JSON.parse(readFileSync(report, 'utf8'));
// A file that failed outside its tests (import error, failing beforeAll) counts as one failure:
// its tests never ran, so they would otherwise show as skipped or not at all.
const brokenFiles = (r.testResults ?? []).filter(
  (f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'),
).length;
const passed = r.numPassedTests ?? 0;
const failed = (r.numFailedTests ?? 0) + brokenFiles;
const skippedTests = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
for (const s of skipped) console.log(`overgeslagen: ${s}`);
console.log(`${passed} passed, ${failed} failed${skippedTests ? `, ${skippedTests} skipped` : ''}`);
process.exit(failed > 0 || run.status !== 0 ? 1 : 0);
