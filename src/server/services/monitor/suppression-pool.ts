import { Worker } from 'node:worker_threads';
import type { CellStatus } from '../../../domain/monitor/cell-bounds';
import { suppressionInSteps, type RawMonitorRow } from '../../../domain/monitor/publish';
import { runInSlices } from './run-in-slices';
import type { SuppressionAnswer, SuppressionRequest } from './suppression-worker-main';

/**
 * Secondary suppression (the disclosure audit: rounds of a few hundred ms on a busy machine) runs in
 * ONE worker thread, so the event loop keeps answering other requests (/api/health among them)
 * while the heaviest public question is computed. One worker: the machine has few cores and the
 * questions queue there, as they did in runInSlices. The worker is started at the first question and
 * does not keep the process alive. If it cannot start, the work runs in slices on the event loop.
 */
let worker: Worker | null = null;
let broken = false;
let nextId = 1;
const waiting = new Map<number, { resolve: (s: Map<string, CellStatus>) => void; reject: (e: Error) => void }>();

function failAll(e: Error): void {
  for (const w of waiting.values()) w.reject(e);
  waiting.clear();
}

function theWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./suppression-worker.mjs', import.meta.url));
  w.unref();
  w.on('message', (answer: SuppressionAnswer) => {
    const pending = waiting.get(answer.id);
    if (!pending) return;
    waiting.delete(answer.id);
    if ('error' in answer) pending.reject(new Error(answer.error));
    else pending.resolve(new Map(answer.status));
  });
  w.on('error', (e) => {
    worker = null;
    failAll(e);
  });
  w.on('exit', (code) => {
    if (worker === w) worker = null;
    if (waiting.size > 0) failAll(new Error(`suppressie-worker gestopt (${code})`));
  });
  worker = w;
  return w;
}

export function suppressInWorker(
  rows: RawMonitorRow[],
  regionOf: ReadonlyMap<string, string>,
  threshold: number,
): Promise<Map<string, CellStatus>> {
  if (broken) return runInSlices(suppressionInSteps(rows, regionOf, threshold));
  let w: Worker;
  try {
    w = theWorker();
  } catch {
    broken = true;
    return runInSlices(suppressionInSteps(rows, regionOf, threshold));
  }
  const id = nextId++;
  const request: SuppressionRequest = { id, rows, regionOf: [...regionOf], threshold };
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    w.postMessage(request);
  });
}
