import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

function run(cmd: string, args: string[]): { status: number | null; output: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`.trim() };
}

describe('static checks', () => {
  it('typechecks (tsc --noEmit, strict)', () => {
    const r = run('npx', ['tsc', '-p', '.']);
    expect(r.output.split('\n').filter((l) => l.includes('error TS'))).toEqual([]);
    expect(r.status).toBe(0);
  });

  it('lints cleanly, including the import boundaries of domain/ and web/', () => {
    const r = run('npx', ['eslint', '--max-warnings=0', '.']);
    expect(r.status, r.output).toBe(0);
  });

  it('the schema and the committed migrations agree (drizzle-kit generate finds nothing new)', () => {
    // Generate into a copy, so a drift shows up here without touching the committed folder.
    // drizzle-kit wants a relative output folder.
    mkdirSync('node_modules/.cache', { recursive: true });
    const dir = relative(process.cwd(), mkdtempSync('node_modules/.cache/rt-drift-'));
    cpSync('src/db/migrations', join(dir, 'migrations'), { recursive: true });
    const config = join(dir, 'drizzle.config.json');
    writeFileSync(config, JSON.stringify({ dialect: 'postgresql', schema: './src/db/schema/index.ts', out: join(dir, 'migrations') }));
    const r = run('npx', ['drizzle-kit', 'generate', '--config', config]);
    rmSync(dir, { recursive: true, force: true });
    expect(r.status, r.output).toBe(0);
    expect(r.output).toContain('No schema changes');
  });
});
