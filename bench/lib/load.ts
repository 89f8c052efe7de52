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
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}
