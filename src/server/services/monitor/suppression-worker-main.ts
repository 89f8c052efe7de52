import { parentPort } from 'node:worker_threads';
import type { CellStatus } from '../../../domain/monitor/cell-bounds';
import { suppressionInSteps, type RawMonitorRow } from '../../../domain/monitor/publish';

/** A request to the worker: the rows of one period, the region register and the threshold. */
export interface SuppressionRequest {
  id: number;
  rows: RawMonitorRow[];
  regionOf: [string, string][];
  threshold: number;
}

export type SuppressionAnswer = { id: number; status: [string, CellStatus][] } | { id: number; error: string };

/** Runs in a worker thread: the pure suppression (domain/monitor/publish.ts) to its end, off the event loop. */
parentPort?.on('message', (req: SuppressionRequest) => {
  try {
    const steps = suppressionInSteps(req.rows, new Map(req.regionOf), req.threshold);
    let step = steps.next();
    while (!step.done) step = steps.next();
    const answer: SuppressionAnswer = { id: req.id, status: [...step.value] };
    parentPort?.postMessage(answer);
  } catch (e) {
    const answer: SuppressionAnswer = { id: req.id, error: e instanceof Error ? e.message : String(e) };
    parentPort?.postMessage(answer);
  }
});
