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
// Two runs, one after the other: first everything but the browser, then the browser specs alone, so
// a real Chromium and its server do not compete for the two CPU cores with the database suites
// (a page that renders late under that load is a flaky test, not a finding).
const stages = [projects.filter((p) => p !== 'e2e'), projects.filter((p) => p === 'e2e')].filter((s) => s.length > 0);
const totals = { passed: 0, failed: 0, skipped: 0 };
let status = 0;
for (const [i, stage] of stages.entries()) {
  const report = `reports/vitest-${i + 1}.json`;
  rmSync(report, { force: true });
  const args = [
    'vitest',
    'run',
    ...stage.flatMap((p) => ['--project', p]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ];
  const run = spawnSync('npx', args, { stdio: 'inherit', env: process.env });
  if (!existsSync(report)) {
    console.error(`Vitest schreef geen rapport voor ${stage.join(', ')}.`);
    totals.failed += 1;
    status = run.status || 1;
    continue;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  // A file that failed outside its tests (import error, failing beforeAll) counts as one failure:
  // its tests never ran, so they would otherwise show as skipped or not at all.
  const brokenFiles = (r.testResults ?? []).filter(
    (f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
  totals.passed += r.numPassedTests ?? 0;
  totals.failed += (r.numFailedTests ?? 0) + brokenFiles;
  totals.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  if (run.status !== 0) status = run.status || 1;
}
for (const s of skipped) console.log(`overgeslagen: ${s}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 || status !== 0 ? 1 : 0);
