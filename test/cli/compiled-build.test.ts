import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The compiled build (`npm run build:server`, run by `npm start`): built into a temporary copy of the
// project's layout, so the CLI other test files run in the checkout is never half-written.
const repo = resolve(import.meta.dirname, '../..');
let root: string;

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(root, 'bin/regietafel.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'rt-compiled-'));
  const b = spawnSync(process.execPath, [join(repo, 'scripts/build-server.mjs'), '--out', join(root, 'dist/server')], { encoding: 'utf8' });
  expect(b.status, b.stderr).toBe(0);
  symlinkSync(join(repo, 'package.json'), join(root, 'package.json'));
  symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
  mkdirSync(join(root, 'bin'));
  copyFileSync(join(repo, 'bin/regietafel.js'), join(root, 'bin/regietafel.js'));
  // Sources older than the build: only a stand-in file, so choosing tsx would fail loudly here.
  for (const dir of ['src', 'seeds']) {
    mkdirSync(join(root, dir));
    writeFileSync(join(root, dir, 'stand-in.ts'), '');
    const old = new Date(Date.now() - 3_600_000);
    utimesSync(join(root, dir, 'stand-in.ts'), old, old);
  }
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the compiled build', () => {
  it('runs the CLI: version from package.json, migrations and the iWmo schemas found beside the bundle', () => {
    expect(cli(['--version']).out.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const data = join(root, 'data');
    const m = cli(['migrate', '--data', data]);
    expect(m.code, m.err).toBe(0);
    expect(m.out).toMatch(/(\d+) van \1 migraties/);
    // A 305 message is read against the XSDs in dist/server/xsd; a BSN without a pseudonym key is
    // refused by name, which is only reached after the message was parsed and checked.
    const i = cli(['import', 'episodes', join(repo, '../shared/reference/iwmo-3.2/voorbeelden/WMO305.xml'), '--data', data]);
    expect(i.code).toBe(1);
    expect(i.out + i.err).toContain('REGIETAFEL_PSEUDONYM_SECRET');
    expect(i.out + i.err).not.toMatch(/ENOENT|xsd/i);
  }, 240_000);

  it('is left aside when a source file is newer than the build, and when REGIETAFEL_TSX=1', () => {
    expect(cli(['--version']).code).toBe(0);
    expect(cli(['--version'], { REGIETAFEL_TSX: '1' }).code).not.toBe(0); // tsx: the stand-in has no src/cli/main.ts
    writeFileSync(join(root, 'src', 'stand-in.ts'), '// changed after the build\n');
    const stale = cli(['--version']);
    expect(stale.code).not.toBe(0);
    expect(stale.err).toMatch(/main\.ts/);
  }, 60_000);
});
