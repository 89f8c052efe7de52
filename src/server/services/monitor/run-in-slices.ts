import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Run a generator of pure work to its end on the event loop, giving other requests a turn (e.g.
 * /api/health) whenever a slice has taken `sliceMs`: long computations for one request cannot
 * stall the others. One such run at a time (the others wait their turn): many runs side by side
 * would each take a slice before the event loop gets back to the network.
 */
export function runInSlices<T>(steps: Generator<void, T, void>, sliceMs = 10): Promise<T> {
  const run = queue.then(() => runNow(steps, sliceMs));
  queue = run.then(
    () => undefined,
    () => undefined,
  );
  return run;
}
let queue: Promise<void> = Promise.resolve();

async function runNow<T>(steps: Generator<void, T, void>, sliceMs: number): Promise<T> {
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
