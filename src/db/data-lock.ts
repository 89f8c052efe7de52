import { randomUUID } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../domain/shared/errors';

/**
 * PGlite keeps the database in memory and writes files from one process only. Two processes on
 * one data folder overwrite each other's files and lose rows silently (measured here: 70 of 300
 * inserts vanished). So every process takes this lock before it opens a folder.
 */
export interface DataLock {
  readonly path: string;
  release(): void;
}

export interface LockInfo {
  pid: number;
  /** Set by `regietafel serve`, so other commands can talk to the running server instead. */
  port?: number;
  startedAt: string;
  /** Unique per acquisition: a holder recognises its own lock (and a breaker the stale one it judged). */
  nonce?: string;
}

const LOCK_FILE = 'regietafel.lock';
/** Held (briefly) by whoever removes a stale lock, so two processes never both remove one. */
const BREAK_FILE = 'regietafel.lock.break';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function readLock(dir: string): LockInfo | null {
  return readInfo(join(dir, LOCK_FILE));
}

function readInfo(path: string): LockInfo | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockInfo;
  } catch {
    return null;
  }
}

/**
 * Create `path` with its whole content at once, or fail if it exists: the content is written to a
 * private file first and then hard-linked into place (link is atomic and exclusive), so nobody ever
 * sees the lock file empty or half written.
 */
function createExclusive(path: string, info: LockInfo): boolean {
  const tmp = `${path}.${process.pid}.${randomUUID()}.tmp`;
  writeFileSync(tmp, JSON.stringify(info), { flag: 'wx' });
  try {
    linkSync(tmp, path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    rmSync(tmp, { force: true });
  }
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const sameLock = (a: LockInfo | null, b: LockInfo | null) =>
  a === null || b === null ? a === b : a.pid === b.pid && a.nonce === b.nonce && a.startedAt === b.startedAt;

/**
 * Remove the lock judged stale (`judged`), under the break guard: only if the file still holds
 * exactly that stale content. Without the guard, two processes could both judge the same lock stale,
 * one remove it and take a fresh one, and the other then remove the fresh one.
 */
function breakStaleLock(dir: string, judged: LockInfo | null): void {
  const guard = join(dir, BREAK_FILE);
  const mine: LockInfo = { pid: process.pid, startedAt: new Date().toISOString(), nonce: randomUUID() };
  if (!createExclusive(guard, mine)) {
    // Someone else is breaking it; a guard whose process died mid-break is cleared after a while.
    const other = readInfo(guard);
    const age = (() => {
      try {
        return Date.now() - statSync(guard).mtimeMs;
      } catch {
        return 0;
      }
    })();
    if (other && !isAlive(other.pid) && age > 2_000) rmSync(guard, { force: true });
    sleep(5 + Math.floor(Math.random() * 20));
    return;
  }
  try {
    const now = readLock(dir);
    if (existsSync(join(dir, LOCK_FILE)) && sameLock(now, judged)) rmSync(join(dir, LOCK_FILE), { force: true });
  } finally {
    if (readInfo(guard)?.nonce === mine.nonce) rmSync(guard, { force: true });
  }
}

export function acquireDataLock(dir: string, extra: Partial<LockInfo> = {}): DataLock {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 200; attempt++) {
    const info: LockInfo = { pid: process.pid, startedAt: new Date().toISOString(), ...extra, nonce: randomUUID() };
    if (createExclusive(path, info)) {
      // Verify: the file holds our own nonce (nobody removed it between the link and now).
      if (readLock(dir)?.nonce !== info.nonce) continue;
      let released = false;
      return {
        path,
        release() {
          if (released) return;
          released = true;
          if (readLock(dir)?.nonce === info.nonce) rmSync(path, { force: true });
        },
      };
    }
    const holder = readLock(dir);
    if (holder && holder.pid !== process.pid && isAlive(holder.pid)) {
      const server = holder.port ? ` (een Regietafel-server op poort ${holder.port})` : '';
      throw new DomainError(
        'DATA_DIR_IN_USE',
        `De datamap ${dir} is in gebruik door proces ${holder.pid}${server}. ` +
          'Stop dat proces eerst, of gebruik de draaiende server. Twee processen op één datamap zouden gegevens verliezen.',
        { dir, pid: holder.pid, port: holder.port },
      );
    }
    // Stale (the process is gone, our own leftover, or an unreadable file from an older version).
    breakStaleLock(dir, holder);
  }
  throw new DomainError('DATA_DIR_IN_USE', `De datamap ${dir} kon niet worden vergrendeld.`, { dir });
}
