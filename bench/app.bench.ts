/**
 * `npm run bench [-- --scale small|region|national]` (issue 24): the product under load, each figure
 * beside a baseline measured in the same run. For PGlite and PostgreSQL it loads the deterministic
 * programmes (bench/generate-programmes.ts) and episodes through the services, checks them through
 * the app's own read paths, and measures: the board report (DOCX, PDF) of the first programme;
 * `regietafel serve` until its first answer; the HTTP endpoints under autocannon against a bare
 * Fastify answering the same bytes; the UI in headless Chromium; the server's peak RSS; and on
 * PostgreSQL two app processes against one (throughput, and a write through one read through the other).
 * `--only-report` measures the board report alone (e.g. `npm run bench -- --scale region --only app
 * --only-report --programmes 1 --episodes 1000 --no-postgres`).
 */
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/client';
import { runMigrations } from '../src/db/migrate';
import { fixedClock } from '../src/domain/shared/clock';
import { renderReport } from '../src/exports/report';
import { SYSTEM_ACTOR } from '../src/server/auth/actor';
import { importEpisodesCsv } from '../src/server/services/monitor/import-episodes-csv';
import { getTree } from '../src/server/services/programme/get-tree';
import { getDashboard } from '../src/server/services/progress/get-dashboard';
import { getBoardReport } from '../src/server/services/report/get-board-report';
import { generateEpisodes } from './generate-episodes';
import { loadProgrammes, type LoadedCounts } from './generate-programmes';
import { load, settle, type LoadFigures } from './lib/load';
import { memoryMb, signIn, startApp, startBaseline, type Running } from './lib/processes';
import { writePart } from './lib/results';
import { measureUi, type UiFigure } from './lib/ui';
import { scaleFromArgs } from './scale';

const args = process.argv.slice(2);
const scale = scaleFromArgs(args);
const clock = fixedClock('2026-01-15T12:00:00Z');
const pgUrl = args.includes('--no-postgres')
  ? ''
  : process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const s = (ms: number) => (ms / 1000).toFixed(2);
/** `--only-report`: load and measure the board report only (no serve, HTTP, UI). */
const onlyReport = args.includes('--only-report');
/** The bench's periods are the quarters of 2025 (generate-programmes.ts); Q3's look-back holds an update of every leaf. */
const REPORT_FULL_PERIOD = '2025-Q3';
const log = (line: string) => console.log(line);

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t0 };
}

/**
 * The endpoints under load: path from the first programme and its first node. Adding one (e.g.
 * search, once main has it) is one line here.
 */
function endpoints(programmeId: string, nodeId: string): { name: string; path: string; optional?: boolean }[] {
  return [
    { name: 'dashboard', path: `/api/programmes/${programmeId}/progress/dashboard` },
    { name: 'tree', path: `/api/programmes/${programmeId}/tree` },
    { name: 'node', path: `/api/programmes/${programmeId}/nodes/${nodeId}` },
    // Optional: skipped (and reported) while main has no such route.
    { name: 'search', path: `/api/search?q=${encodeURIComponent('preventie wijk')}`, optional: true },
  ];
}

interface HttpFigure {
  endpoint: string;
  bytes: number;
  /** One request at a time, fastest of 5 (ms): app and baseline. */
  singleMs: number;
  baselineSingleMs: number;
  app: LoadFigures;
  baseline: LoadFigures;
  ratio: number;
}

interface EngineResult {
  engine: 'PGlite' | 'PostgreSQL';
  loadMs: number;
  episodesMs: number;
  counts: Omit<LoadedCounts, 'programmes'> & { programmes: number; episodes: number };
  report: {
    format: 'docx' | 'pdf';
    period: string | null;
    nodes: number;
    lookBackUpdates: number;
    ms: number;
    viewModelMs: number;
    bytes: number;
  }[];
  startMs: number;
  /** The same start from the TypeScript sources through tsx (REGIETAFEL_TSX=1), and both processes' RSS once up. */
  startTsx?: { ms: number; rssMb: number | null; compiledRssMb: number | null };
  http: HttpFigure[];
  skipped: string[];
  rssPeakMb: number | null;
  ui: UiFigure[];
  scaleOut?: { endpoint: string; one: number; two: number; ratio: number; visibleAtOnce: boolean; readAfterWriteMs: number };
}

/** Load and check one database; returns what the HTTP part needs. */
async function prepare(
  engine: EngineResult['engine'],
  database: Database,
  csv: string,
): Promise<{ result: EngineResult; programmeId: string; slug: string }> {
  await runMigrations(database);
  const loaded = await timed(() => loadProgrammes(database.db, clock, scale));
  const episodes = await timed(() =>
    importEpisodesCsv(database.db, SYSTEM_ACTOR, createReadStream(csv), { fileName: 'bench.csv', pseudonymSecret: undefined, clock }),
  );
  if (episodes.value.rejected > 0 || episodes.value.imported !== scale.episodes)
    throw new Error(`${engine}: episodes ${episodes.value.imported}/${scale.episodes}, geweigerd ${episodes.value.rejected}`);
  const c = loaded.value;
  // Valid data: the app's own read paths answer, with every node.
  for (const p of c.programmes) {
    const tree = await getTree(database.db, SYSTEM_ACTOR, { programme: p.id, shape: 'flat' }, clock);
    if (tree.nodes.length !== scale.nodes)
      throw new Error(`${engine}: boom van ${p.slug} heeft ${tree.nodes.length} i.p.v. ${scale.nodes} onderdelen`);
    await getDashboard(database.db, SYSTEM_ACTOR, { programmeId: p.id }, clock);
  }
  const first = c.programmes[0];
  if (!first) throw new Error('geen programma');
  log(
    `${engine}: ${c.programmes.length} programma's × ${scale.nodes} onderdelen, ${c.milestones} mijlpalen, ${c.updates} updates, ${c.budgetLines} begrotingsregels, ` +
      `${c.bodies} overleggen, ${c.meetings} vergaderingen, ${c.measurements} KPI-metingen geladen in ${s(loaded.ms)} s; ${scale.episodes} episodes in ${s(episodes.ms)} s`,
  );
  // Board report: the same service and renderer as GET /api/programmes/:programmeId/report and the CLI;
  // the default period (as a user gets it) and the period whose look-back holds every leaf's update.
  const report: EngineResult['report'] = [];
  for (const period of [null, REPORT_FULL_PERIOD])
    for (const format of ['docx', 'pdf'] as const) {
      const vm = await timed(() =>
        getBoardReport(database.db, SYSTEM_ACTOR, { programmeId: first.id, theme: null, period, language: 'nl' }, clock),
      );
      const file = await timed(() => renderReport(vm.value, format));
      const updates = vm.value.themes.reduce((a, t) => a + t.updates.length, 0);
      report.push({
        format,
        period: vm.value.period?.label ?? null,
        nodes: vm.value.nodes.length,
        lookBackUpdates: updates,
        ms: vm.ms + file.ms,
        viewModelMs: vm.ms,
        bytes: file.value.length,
      });
      log(
        `${engine}: bestuursrapportage ${format.toUpperCase()} ${vm.value.period?.label ?? ''} (${vm.value.nodes.length} onderdelen, ` +
          `${updates} updates in de terugblik): ${s(vm.ms + file.ms)} s (view-model ${s(vm.ms)} s), ${(file.value.length / 1024).toFixed(0)} kB — doel < 3 s`,
      );
    }
  const { programmes: list, ...rest } = c;
  return {
    programmeId: first.id,
    slug: first.slug,
    result: {
      engine,
      loadMs: loaded.ms,
      episodesMs: episodes.ms,
      counts: { ...rest, programmes: list.length, episodes: scale.episodes },
      report,
      startMs: 0,
      http: [],
      skipped: [],
      rssPeakMb: null,
      ui: [],
    },
  };
}

async function measureHttp(
  r: EngineResult,
  app: Running,
  programmeId: string,
  slug: string,
  dir: string,
): Promise<{ headers: Record<string, string>; nodeId: string }> {
  const headers = await signIn(app.url);
  const tree = (await (await fetch(`${app.url}/api/programmes/${programmeId}/tree?shape=flat`, { headers })).json()) as {
    nodes: { id: string }[];
  };
  if (tree.nodes.length !== scale.nodes) throw new Error(`${r.engine}: API-boom heeft ${tree.nodes.length} onderdelen`);
  const nodeId = tree.nodes[Math.floor(tree.nodes.length / 2)]?.id ?? '';
  const present: { name: string; path: string; file: string; bytes: number }[] = [];
  for (const e of endpoints(programmeId, nodeId)) {
    const res = await fetch(`${app.url}${e.path}`, { headers });
    if (res.status === 404 && e.optional) {
      await res.arrayBuffer();
      r.skipped.push(`${e.name}: ${e.path} bestaat (nog) niet`);
      continue;
    }
    if (!res.ok) throw new Error(`${r.engine}: ${e.path} gaf ${res.status}`);
    const body = Buffer.from(await res.arrayBuffer());
    const file = join(dir, `${r.engine}-${e.name}.json`);
    writeFileSync(file, body);
    present.push({ ...e, file, bytes: body.length });
  }
  const baseline = await startBaseline(present.map((p) => p.file));
  const single = async (url: string, h: Record<string, string> = {}) => {
    let best = Infinity;
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now();
      await (await fetch(url, { headers: h })).arrayBuffer();
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };
  try {
    for (const [i, e] of present.entries()) {
      const singleMs = await single(`${app.url}${e.path}`, headers);
      const baselineSingleMs = await single(`${baseline.url}/baseline/${i}`);
      const appFig = await load(`${app.url}${e.path}`, { connections: scale.connections, seconds: scale.httpSeconds, headers });
      await settle(`${app.url}/api/health`);
      const baseFig = await load(`${baseline.url}/baseline/${i}`, { connections: scale.connections, seconds: scale.httpSeconds });
      await settle(`${baseline.url}/baseline/${i}`);
      if (appFig.non2xx > 0 || appFig.errors > 0) log(`  let op: ${e.name} gaf ${appFig.non2xx} niet-2xx en ${appFig.errors} fouten`);
      r.http.push({
        endpoint: e.name,
        bytes: e.bytes,
        singleMs,
        baselineSingleMs,
        app: appFig,
        baseline: baseFig,
        ratio: appFig.rps / baseFig.rps,
      });
      log(
        `${r.engine} ${e.name} (${(e.bytes / 1024).toFixed(0)} kB): één verzoek ${singleMs.toFixed(0)} ms (basis ${baselineSingleMs.toFixed(0)} ms); ` +
          `${appFig.rps.toFixed(0)} req/s p99 ${appFig.p99} ms; ` +
          `basis ${baseFig.rps.toFixed(0)} req/s p99 ${baseFig.p99} ms → ${(appFig.rps / baseFig.rps).toFixed(3)}×`,
      );
    }
  } finally {
    await baseline.stop();
  }
  void slug;
  return { headers, nodeId };
}

async function scaleOut(
  r: EngineResult,
  app: Running,
  target: { databaseUrl: string },
  programmeId: string,
  headers: Record<string, string>,
  nodeId: string,
) {
  const second = await startApp(target);
  try {
    const headers2 = await signIn(second.url);
    const path = `/api/programmes/${programmeId}/tree`;
    const one = await load(`${app.url}${path}`, { connections: scale.connections, seconds: scale.httpSeconds, headers });
    await settle(`${app.url}/api/health`);
    const half = Math.max(1, Math.floor(scale.connections / 2));
    const [a, b] = await Promise.all([
      load(`${app.url}${path}`, { connections: half, seconds: scale.httpSeconds, headers }),
      load(`${second.url}${path}`, { connections: half, seconds: scale.httpSeconds, headers: headers2 }),
    ]);
    await Promise.all([settle(`${app.url}/api/health`), settle(`${second.url}/api/health`)]);
    // A write through the first process, read at once through the second.
    const nodeUrl = `/api/programmes/${programmeId}/nodes/${nodeId}`;
    const before = (await (await fetch(`${app.url}${nodeUrl}`, { headers })).json()) as { version: number; title: string };
    const title = `${before.title.replace(/ \(gewijzigd \d+\)$/, '')} (gewijzigd ${Date.now()})`;
    const patched = await fetch(`${app.url}${nodeUrl}`, {
      method: 'PATCH',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ version: before.version, title }),
    });
    if (!patched.ok) throw new Error(`wijzigen via proces 1 mislukt: ${patched.status} ${await patched.text()}`);
    const t0 = performance.now();
    const seen = (await (await fetch(`${second.url}${nodeUrl}`, { headers: headers2 })).json()) as { title: string };
    const readMs = performance.now() - t0;
    const treeSeen = (await (await fetch(`${second.url}${path}?shape=flat`, { headers: headers2 })).json()) as {
      nodes: { id: string; title: string }[];
    };
    const visible = seen.title === title && treeSeen.nodes.find((n) => n.id === nodeId)?.title === title;
    r.scaleOut = {
      endpoint: 'tree',
      one: one.rps,
      two: a.rps + b.rps,
      ratio: (a.rps + b.rps) / one.rps,
      visibleAtOnce: visible,
      readAfterWriteMs: readMs,
    };
    log(
      `${r.engine} schaal-uit (boom): 1 proces ${one.rps.toFixed(0)} req/s, 2 processen ${(a.rps + b.rps).toFixed(0)} req/s → ${r.scaleOut.ratio.toFixed(2)}×; ` +
        `schrijven via 1, direct zichtbaar via 2: ${visible ? 'ja' : 'NEE'}`,
    );
  } finally {
    await second.stop();
  }
}

async function serveAndMeasure(
  r: EngineResult,
  target: { dataDir?: string; databaseUrl?: string },
  programmeId: string,
  slug: string,
  dir: string,
): Promise<void> {
  // The compiled build (npm run build:server, which run.mjs makes first) against tsx, on PGlite only.
  let tsx: { ms: number; rssMb: number | null } | null = null;
  if (target.dataDir) {
    const t = await startApp(target, [], { REGIETAFEL_TSX: '1' });
    tsx = { ms: t.startMs, rssMb: memoryMb(t.child.pid)?.now ?? null };
    await t.stop();
  }
  const app = await startApp(target);
  try {
    r.startMs = app.startMs;
    log(`${r.engine}: regietafel serve → eerste antwoord in ${s(app.startMs)} s`);
    if (tsx) {
      r.startTsx = { ...tsx, compiledRssMb: memoryMb(app.child.pid)?.now ?? null };
      log(
        `${r.engine}: idem vanuit de TypeScript-bronnen (tsx) ${s(tsx.ms)} s; RSS na start ${tsx.rssMb?.toFixed(0)} MB (tsx) ` +
          `tegen ${r.startTsx.compiledRssMb?.toFixed(0)} MB (gecompileerd)`,
      );
    }
    const { headers, nodeId } = await measureHttp(r, app, programmeId, slug, dir);
    if (!args.includes('--no-ui')) {
      r.ui = await measureUi(app.url, slug);
      for (const u of r.ui)
        log(
          `${r.engine} UI ${u.route}: ${u.ms.toFixed(0)} ms (eerste ${u.firstMs.toFixed(0)} ms), JS ${u.scripts} bestanden, ${(u.jsGzipBytes / 1024).toFixed(0)} kB gzip`,
        );
    }
    if (target.databaseUrl) await scaleOut(r, app, { databaseUrl: target.databaseUrl }, programmeId, headers, nodeId);
    r.rssPeakMb = memoryMb(app.child.pid)?.peak ?? null;
    log(`${r.engine}: piek-RSS van de server ${r.rssPeakMb?.toFixed(0)} MB`);
  } finally {
    await app.stop();
  }
}

async function dropWhenFree(admin: pg.Client, name: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`drop database if exists "${name}" with (force)`);
      return;
    } catch (e) {
      if (attempt >= 50) throw e;
      await new Promise((res) => setTimeout(res, 100));
    }
  }
}

const dir = mkdtempSync(join(tmpdir(), 'rt-bench-app-'));
const results: EngineResult[] = [];
const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', memoryGb: Math.round(totalmem() / 2 ** 30), loadBefore: loadavg() };
try {
  const csv = join(dir, 'episodes.csv');
  await generateEpisodes(csv, { episodes: scale.episodes });

  // PGlite: a data folder on disk, as `regietafel serve --data` uses it.
  const dataDir = join(dir, 'pglite');
  const lite = await openDatabase({ kind: 'pglite', dataDir });
  let prepared;
  try {
    prepared = await prepare('PGlite', lite, csv);
  } finally {
    await lite.close();
  }
  if (!onlyReport) await serveAndMeasure(prepared.result, { dataDir }, prepared.programmeId, prepared.slug, dir);
  results.push(prepared.result);

  if (pgUrl) {
    const name = `regietafel_bench_app_${process.pid}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    let reachable = true;
    await admin.connect().catch((e: Error) => {
      reachable = false;
      log(`PostgreSQL niet bereikbaar (${e.message}): overgeslagen`);
    });
    if (reachable) {
      try {
        await admin.query(`drop database if exists "${name}"`);
        await admin.query(`create database "${name}"`);
        const u = new URL(pgUrl);
        u.pathname = `/${name}`;
        const databaseUrl = u.toString();
        const database = await openDatabase({ kind: 'postgres', url: databaseUrl });
        let p;
        try {
          p = await prepare('PostgreSQL', database, csv);
        } finally {
          await database.close();
        }
        if (!onlyReport) await serveAndMeasure(p.result, { databaseUrl }, p.programmeId, p.slug, dir);
        results.push(p.result);
      } finally {
        await dropWhenFree(admin, name);
        await admin.end();
      }
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// The table: every figure beside its same-run baseline.
log(
  `\n| ${scale.name}: endpoint (64 verbindingen, ${scale.httpSeconds} s) | bytes | app req/s | app p99 (ms) | basis req/s | basis p99 (ms) | app / basis |`,
);
log('|---|---|---|---|---|---|---|');
for (const r of results)
  for (const h of r.http)
    log(
      `| ${r.engine} ${h.endpoint} | ${h.bytes} | ${h.app.rps.toFixed(0)} | ${h.app.p99} | ${h.baseline.rps.toFixed(0)} | ${h.baseline.p99} | ${h.ratio.toFixed(3)} |`,
    );
log('\nDoel (issue 24): app / basis ≥ 0,5 en p99 < 50 ms; rapport < 3 s; UI < 1 s, JS < 350 kB gzip; RSS < 500 MB; 2 processen ≈ 2× 1.');
writePart('app', { scale, machine: { ...machine, loadAfter: loadavg() }, engines: results });
process.exit(0);
