import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Run a generator of pure work to its end on the event loop, giving other requests a turn (e.g.
 * /api/health) whenever a slice has taken `sliceMs`: long computations for one request cannot
 * stall the others.
 */
export async function runInSlices<T>(steps: Generator<void, T, void>, sliceMs = 10): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await nextTurn();
      sliceStart = performance.now();
    }
  }
}
