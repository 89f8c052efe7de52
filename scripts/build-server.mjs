#!/usr/bin/env node
// `npm run build:server`: the server and CLI as plain JavaScript in dist/server/, so `npm start` runs
// without compiling TypeScript at start (docs/benchmarks.md: start time and memory with and without).
// One bundle of our own code (packages stay in node_modules) beside what it reads at run time, under
// the same relative paths the sources use: migrations/, xsd/ and the suppression worker next to it,
// ../../package.json and ../../dist/web two levels up as from src/server/.
import { build } from 'esbuild';
import { cpSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));

// --out <dir>: elsewhere (the test builds into a temporary folder while other tests run the CLI).
const i = process.argv.indexOf('--out');
const out = i > 0 ? process.argv[i + 1] : 'dist/server';
rmSync(out, { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
};
await build({ ...common, entryPoints: { main: 'src/cli/main.ts' }, outdir: out, outExtension: { '.js': '.mjs' } });
// The worker thread's entry, under the name suppression-pool.ts starts (the source's own .mjs registers tsx).
await build({
  ...common,
  entryPoints: { 'suppression-worker': 'src/server/services/monitor/suppression-worker-main.ts' },
  outdir: out,
  outExtension: { '.js': '.mjs' },
});
// The prebuilt empty PGlite cluster a new data folder is unpacked from (src/db/cluster-template.ts): built
// here once per installed PGlite version (in a helper process, ~10 s), so `npm start` on a fresh checkout
// never runs PGlite's initdb (~900 MB) in the server. Not for --out builds (tests).
await build({ ...common, entryPoints: { 'cluster-template': 'src/db/cluster-template.ts' }, outdir: out, outExtension: { '.js': '.mjs' } });
cpSync('src/db/migrations', `${out}/migrations`, { recursive: true });
cpSync('src/import/episodes/iwmo/xsd', `${out}/xsd`, { recursive: true });
if (i < 0) {
  const { ensureClusterTemplate } = await import(new URL(`../${out}/cluster-template.mjs`, import.meta.url).href);
  if (!(await ensureClusterTemplate())) console.warn('Kon de PGlite-sjabloondatabase niet maken: een nieuwe datamap gebruikt initdb.');
}
