import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/*
 * A new PGlite data folder is not made by PGlite's own initdb in this process: initdb in WebAssembly
 * peaks at ~850–960 MB even for an empty cluster (docs/benchmarks.md), twice what opening a cluster
 * costs, and it was the whole peak of `restore` and of `migrate`/`import` into a new folder. Instead
 * the new folder is unpacked from a prebuilt empty cluster (a gzipped tar of PGlite's data directory,
 * 4.5 MB, made by the same PGlite version), unpacked here (unpackClusterTemplate): then PGlite opens an existing
 * cluster (~340 MB peak) in 1–3 s.
 *
 * The template is built once per installed PGlite version and cached in node_modules/.cache/regietafel/
 * (a new `npm ci` or PGlite upgrade builds it again): by `npm run build:server` (so `npm start` on a
 * fresh checkout has it), or else at the first new folder, in a separate short-lived process, so the
 * command's own process never holds initdb's memory. If it cannot be built, the folder is made by initdb
 * as before.
 */

const root = fileURLToPath(new URL('../../', import.meta.url)); // from src/db/ and from dist/server/ alike

/** The installed PGlite's version: a cluster made by one version is only unpacked by the same. */
export function pgliteVersion(): string {
  let dir = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Where the template of the installed PGlite version is (or will be) cached. */
export function clusterTemplateFile(): string {
  return join(root, 'node_modules', '.cache', 'regietafel', `pglite-cluster-${pgliteVersion()}.tar.gz`);
}

// Runs in the helper process: an in-memory PGlite (its initdb), dumped gzipped, written then renamed so
// that a reader never sees half a file (two processes building at once both write a whole one).
const BUILD_SCRIPT = `
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
const file = process.argv[1];
const pg = await PGlite.create();
const dump = await pg.dumpDataDir('gzip');
await pg.close();
mkdirSync(dirname(file), { recursive: true });
const tmp = file + '.' + process.pid + '.tmp';
writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
renameSync(tmp, file);
`;

/**
 * Build the template in a separate process (unless it is there); its path, or null if it could not be
 * built. One builder at a time (an exclusive lock file beside the template): many processes creating new
 * folders at once (a test that starts 16) wait for that one instead of each starting an initdb of ~900 MB.
 */
export async function ensureClusterTemplate(file = clusterTemplateFile()): Promise<string | null> {
  if (existsSync(file)) return file;
  const lock = `${file}.lock`;
  mkdirSync(dirname(file), { recursive: true });
  let fd: number;
  try {
    fd = openSync(lock, 'wx');
  } catch {
    return waitForBuilder(file, lock);
  }
  closeSync(fd);
  try {
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', BUILD_SCRIPT, file], {
        cwd: root,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      child.on('error', () => resolve(null));
      child.on('exit', (c) => resolve(c));
    });
    return code === 0 && existsSync(file) ? file : null;
  } finally {
    rmSync(lock, { force: true });
  }
}

/** Another process builds the template: wait for it (at most BUILD_WAIT_MS); a lock older than that is stale. */
const BUILD_WAIT_MS = 120_000;

async function waitForBuilder(file: string, lock: string): Promise<string | null> {
  const started = Date.now();
  for (;;) {
    if (existsSync(file)) return file;
    let age: number;
    try {
      age = Date.now() - statSync(lock).mtimeMs;
    } catch {
      return existsSync(file) ? file : null; // the builder stopped without a template: initdb
    }
    if (age > BUILD_WAIT_MS || Date.now() - started > BUILD_WAIT_MS) return null;
    await delay(200);
  }
}

/**
 * Unpack the template into a new data folder, in Node (not through PGlite's `loadDataDir`, which holds
 * the whole archive in its WebAssembly file system: ~60 MB more peak in the process that then opens
 * the folder). A plain tar of directories and regular files (what PGlite's dumpDataDir writes), names
 * relative to the folder. PG_VERSION, which marks a folder as holding a cluster, is written last, so a
 * folder left half unpacked is unpacked again next time.
 */
export function unpackClusterTemplate(file: string, dataDir: string): void {
  const tar = gunzipSync(readFileSync(file));
  const root = resolve(dataDir);
  mkdirSync(root, { recursive: true });
  let last: { path: string; data: Buffer; mode: number } | null = null;
  for (let off = 0; off + 512 <= tar.length;) {
    const header = tar.subarray(off, off + 512);
    if (header.every((b) => b === 0)) break;
    const field = (at: number, length: number) => header.toString('utf8', at, at + length).replace(/\0[\s\S]*$/, '');
    const prefix = field(345, 155);
    const name = `${prefix ? `${prefix}/` : ''}${field(0, 100)}`.replace(/^\/+/, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const mode = parseInt(field(100, 8).trim() || '0', 8) & 0o777;
    const type = String.fromCharCode(header[156] ?? 0);
    const path = resolve(root, name);
    if (path !== root && !path.startsWith(`${root}${sep}`)) throw new Error(`sjabloon: pad buiten de datamap (${name})`);
    const data = tar.subarray(off + 512, off + 512 + size);
    if (type === '5') mkdirSync(path, { recursive: true, mode: mode || 0o750 });
    else if (type === '0' || type === '\0') {
      if (name === 'PG_VERSION') last = { path, data, mode: mode || 0o600 };
      else {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, data, { mode: mode || 0o600 });
      }
    } else throw new Error(`sjabloon: onverwacht tar-item (type ${JSON.stringify(type)}, ${name})`);
    off += 512 + Math.ceil(size / 512) * 512;
  }
  if (!last) throw new Error('sjabloon: geen PG_VERSION');
  writeFileSync(last.path, last.data, { mode: last.mode });
}
