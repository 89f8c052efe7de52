// One contender for the data-folder lock (test/cli/data-lock-race.test.ts): waits for the common
// start moment, tries to take the lock, holds it a moment, and writes what happened to the log.
import { appendFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { register } from 'tsx/esm/api';

register();
const { acquireDataLock } = await import('../../../src/db/data-lock.ts');
const [dir, log, startAt, holdMs] = process.argv.slice(2);
while (Date.now() < Number(startAt)) {
  // Busy-wait: every contender starts within the same millisecond or so.
}
try {
  const lock = acquireDataLock(dir);
  appendFileSync(log, `got ${process.pid} ${performance.timeOrigin + performance.now()}\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(holdMs));
  appendFileSync(log, `rel ${process.pid} ${performance.timeOrigin + performance.now()}\n`);
  lock.release();
} catch (e) {
  appendFileSync(log, `${e.code === 'DATA_DIR_IN_USE' ? 'busy' : `error ${String(e.message).replace(/\n/g, ' ')}`} ${process.pid}\n`);
}
