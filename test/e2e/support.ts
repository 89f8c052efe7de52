import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface RunningServer {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

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

/** The real server, started as a user would (`regietafel serve`), on a fresh embedded database. */
export async function startServer(
  opts: { demo?: boolean; port?: number; env?: Record<string, string>; startTimeoutMs?: number } = {},
): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rt-e2e-'));
  const port = opts.port ?? (await freePort());
  const args = ['bin/regietafel.js', 'serve', '--data', dataDir, '--port', String(port)];
  if (opts.demo === false) args.push('--no-demo');
  const child: ChildProcess = spawn(process.execPath, args, {
    env: { ...process.env, LOG_LEVEL: 'warn', DATABASE_URL: '', REGIETAFEL_ADMIN_PASSWORD: E2E_ADMIN.password, ...opts.env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  // A loaded, shared machine may need longer: opts.startTimeoutMs, or E2E_START_TIMEOUT_MS for every spec.
  const startTimeout = opts.startTimeoutMs ?? (Number(process.env.E2E_START_TIMEOUT_MS) || 150_000);
  const deadline = Date.now() + startTimeout;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server stopte met code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`server kwam niet op binnen ${Math.round(startTimeout / 1000)} s`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    dataDir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The first-start administrator of an e2e server (its password is set through the environment). */
export const E2E_ADMIN = { email: 'beheerder@regietafel.local', password: 'een lang wachtwoord voor de e2e-test' };

/**
 * Sign the page's browser context in as the administrator through the real login route, so a spec
 * about a feature starts signed in (the login screen itself is covered by auth-login.test.ts).
 */
export async function signInAsAdmin(page: Page, server: RunningServer): Promise<void> {
  const res = await page.request.post(`${server.url}/api/auth/login`, {
    headers: { 'x-csrf-token': 'inloggen' },
    data: { email: E2E_ADMIN.email, password: E2E_ADMIN.password },
  });
  if (!res.ok()) throw new Error(`inloggen mislukt: ${res.status()} ${await res.text()}`);
}

/** A fetch for the server's API as the administrator, in a session of its own (another user's edits). */
export async function apiAsAdmin(server: RunningServer): Promise<(path: string, init?: RequestInit) => Promise<Response>> {
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': 'inloggen' },
    body: JSON.stringify(E2E_ADMIN),
  });
  if (!login.ok) throw new Error(`inloggen mislukt: ${login.status} ${await login.text()}`);
  const cookies = Object.fromEntries(login.headers.getSetCookie().map((c) => (c.split(';')[0] ?? '').split('=') as [string, string]));
  const cookie = `rt_session=${cookies.rt_session}; rt_csrf=${cookies.rt_csrf}`;
  return (path, init = {}) =>
    fetch(`${server.url}/api${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', accept: 'application/json', cookie, 'x-csrf-token': cookies.rt_csrf ?? '' },
    });
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Run axe-core in the page against WCAG 2.0/2.1 A and AA; returns the violations, readable. */
export async function wcagViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, not as an inline <script>: the page's CSP forbids those.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations;
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
