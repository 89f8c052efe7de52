/** HTTP load with autocannon (fixed connections and duration) and the figures the bench keeps. */
import autocannon from 'autocannon';

export interface LoadFigures {
  /** Requests per second (mean over the run). */
  rps: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
}

export async function load(
  url: string,
  opts: { connections: number; seconds: number; headers?: Record<string, string> },
): Promise<LoadFigures> {
  const r = await autocannon({ url, connections: opts.connections, duration: opts.seconds, headers: opts.headers ?? {}, timeout: 30 });
  // Completed requests over the run's duration (requests still open at the end are not counted).
  const completed = r.requests.total ?? r.requests.average * r.duration;
  return {
    rps: completed / r.duration,
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

/**
 * Wait until a server has worked off the requests still queued when a load run ended, so the next
 * measurement (or a login) does not stand in that queue: one answer of /api/health or the baseline.
 */
export async function settle(url: string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
      await res.arrayBuffer();
      return;
    } catch {
      // still busy
    }
  }
}
