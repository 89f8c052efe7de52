import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataLock } from './data-lock';

const dir = () => mkdtempSync(join(tmpdir(), 'rt-lock-'));

describe('data folder lock', () => {
  it('refuses a second holder while the first process lives, naming the process and port', async () => {
    const d = dir();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      writeFileSync(join(d, 'regietafel.lock'), JSON.stringify({ pid: other.pid, port: 3000, startedAt: '' }));
      expect(() => acquireDataLock(d)).toThrow(/in gebruik door proces \d+ \(een Regietafel-server op poort 3000\)/);
    } finally {
      other.kill();
    }
  });

  it('takes over a stale lock whose process is gone, and releases it again', async () => {
    const d = dir();
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((r) => gone.on('exit', r));
    writeFileSync(join(d, 'regietafel.lock'), JSON.stringify({ pid: gone.pid, startedAt: '' }));
    const lock = acquireDataLock(d);
    expect(existsSync(lock.path)).toBe(true);
    lock.release();
    expect(existsSync(lock.path)).toBe(false);
  });
});
