import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Many processes start at the same moment on one data folder, with no lock, with a stale lock of a
 * dead process, and with an empty lock file (a crash of an older version): never do two hold the
 * lock at once. Each contender holds the lock for a while; the holding intervals must not overlap.
 */
const CONTENDERS = 16;

async function race(
  prepare: (dir: string) => void | Promise<void>,
): Promise<{ held: [number, number][]; busy: number; errors: string[]; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'rt-race-'));
  await prepare(dir);
  const log = join(dir, 'race.log');
  writeFileSync(log, '');
  const startAt = Date.now() + 6_000;
  const children = Array.from({ length: CONTENDERS }, () =>
    spawn(process.execPath, ['test/cli/support/lock-contender.mjs', dir, log, String(startAt), '150'], { stdio: 'ignore' }),
  );
  await Promise.all(children.map((c) => new Promise((r) => c.on('exit', r))));
  const lines = readFileSync(log, 'utf8').trim().split('\n').filter(Boolean);
  const got = new Map<string, number>();
  const held: [number, number][] = [];
  for (const l of lines) {
    const [what, pid = '', at = '0'] = l.split(' ');
    if (what === 'got') got.set(pid, Number(at));
    if (what === 'rel') held.push([got.get(pid) ?? 0, Number(at)]);
  }
  return { held, busy: lines.filter((l) => l.startsWith('busy')).length, errors: lines.filter((l) => l.startsWith('error')), dir };
}

function overlaps(held: [number, number][]): number {
  const sorted = [...held].sort((a, b) => a[0] - b[0]);
  let n = 0;
  for (let i = 1; i < sorted.length; i++) if ((sorted[i]?.[0] ?? 0) < (sorted[i - 1]?.[1] ?? 0)) n++;
  return n;
}

describe('data-folder lock under simultaneous starts', () => {
  const deadPid = async () => {
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((r) => gone.on('exit', r));
    return gone.pid ?? 999_999;
  };

  for (const [name, prepare] of [
    ['a free folder', () => undefined],
    [
      'a stale lock of a dead process',
      async (dir: string) => writeFileSync(join(dir, 'regietafel.lock'), JSON.stringify({ pid: await deadPid(), startedAt: '' })),
    ],
    ['an empty lock file', (dir: string) => writeFileSync(join(dir, 'regietafel.lock'), '')],
  ] as const) {
    it(`lets exactly one of ${CONTENDERS} processes in at a time: ${name}`, async () => {
      const r = await race(prepare);
      expect(r.errors).toEqual([]);
      expect(r.held.length).toBeGreaterThanOrEqual(1);
      expect(overlaps(r.held)).toBe(0);
      expect(r.held.length + r.busy).toBe(CONTENDERS);
      expect(existsSync(join(r.dir, 'regietafel.lock'))).toBe(false);
    }, 60_000);
  }
});
