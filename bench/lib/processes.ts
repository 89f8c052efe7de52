/** Child processes of the bench: `regietafel serve`, the baseline server, and their memory. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export const BENCH_ADMIN = { email: 'beheerder@regietafel.local', password: 'een lang wachtwoord voor de meting' };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** Peak and current resident memory of a process in MB (Linux /proc; VmHWM is the peak since start). */
export function memoryMb(pid: number | undefined): { peak: number; now: number } | null {
  if (!pid) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { peak: kb('VmHWM') / 1024, now: kb('VmRSS') / 1024 };
  } catch {
    return null;
  }
}

export interface Running {
  url: string;
  child: ChildProcess;
  /** Milliseconds from spawn to the first answered request (GET /api/health 200). */
  startMs: number;
  stop(): Promise<void>;
}

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`proces stopte met code ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} antwoordde niet binnen ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function stopper(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
}

/** `regietafel serve` as a user starts it, on a PGlite folder or a PostgreSQL URL. */
export async function startApp(
  target: { dataDir?: string; databaseUrl?: string },
  extraArgs: string[] = [],
  extraEnv: Record<string, string> = {},
): Promise<Running> {
  const port = await freePort();
  const args = ['bin/regietafel.js', 'serve', '--port', String(port), '--no-demo', ...extraArgs];
  if (target.dataDir) args.push('--data', target.dataDir);
  const t0 = performance.now();
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      DATABASE_URL: target.databaseUrl ?? '',
      REGIETAFEL_ADMIN_PASSWORD: BENCH_ADMIN.password,
      ...extraEnv,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${url}/api/health`, child, 180_000);
  } catch (e) {
    child.kill('SIGTERM');
    throw e;
  }
  return { url, child, startMs: performance.now() - t0, stop: stopper(child) };
}

export async function startBaseline(bodyFiles: string[]): Promise<Running> {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, ['bench/baseline-server.mjs', String(port), ...bodyFiles], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/baseline/0`, child, 30_000);
  return { url, child, startMs: performance.now() - t0, stop: stopper(child) };
}

/** Sign in through the real login route; returns the headers of a signed-in API client. */
export async function signIn(url: string): Promise<Record<string, string>> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': 'inloggen' },
    body: JSON.stringify(BENCH_ADMIN),
  });
  if (!login.ok) throw new Error(`inloggen mislukt: ${login.status} ${await login.text()}`);
  const cookies = Object.fromEntries(login.headers.getSetCookie().map((c) => (c.split(';')[0] ?? '').split('=') as [string, string]));
  return {
    accept: 'application/json',
    cookie: `rt_session=${cookies.rt_session}; rt_csrf=${cookies.rt_csrf}`,
    'x-csrf-token': cookies.rt_csrf ?? '',
  };
}
