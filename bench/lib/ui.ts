/**
 * UI timings in headless Chromium (issue 24): from navigation to the dashboard and the goal tree
 * rendered, and the JavaScript a first visit to each route loads (gzipped, as served over a
 * compressing proxy; the app itself sends it uncompressed).
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { BENCH_ADMIN } from './processes';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export interface UiFigure {
  route: string;
  path: string;
  /** Milliseconds from page.goto to the route's content visible; fastest of the repeats, and the first (cold cache). */
  ms: number;
  firstMs: number;
  /** JavaScript the first (cold) visit loaded: files, raw bytes, gzipped bytes. */
  scripts: number;
  jsBytes: number;
  jsGzipBytes: number;
}

interface Route {
  route: string;
  path: string;
  /** What shows the route has its data on screen. */
  ready: (page: Page) => Promise<unknown>;
}

const REPEAT = 3;

export async function measureUi(baseUrl: string, programmeSlug: string): Promise<UiFigure[]> {
  const routes: Route[] = [
    {
      route: 'dashboard',
      path: `/programmas/${programmeSlug}/voortgang`,
      ready: (page) => page.locator('[data-testid="level-row"]').first().waitFor({ state: 'visible', timeout: 120_000 }),
    },
    {
      route: 'tree',
      path: `/programmas/${programmeSlug}`,
      ready: (page) => page.getByText('Thema 1:').first().waitFor({ state: 'visible', timeout: 120_000 }),
    },
  ];
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  try {
    const figures: UiFigure[] = [];
    for (const r of routes) {
      // A fresh context per route: a first visit with a cold cache, signed in through the real login route.
      const context = await browser.newContext();
      const page = await context.newPage();
      const login = await page.request.post(`${baseUrl}/api/auth/login`, {
        headers: { 'x-csrf-token': 'inloggen' },
        data: BENCH_ADMIN,
        timeout: 120_000,
      });
      if (!login.ok()) throw new Error(`inloggen mislukt: ${login.status()}`);
      const js: Buffer[] = [];
      page.on('response', (res) => {
        if (res.request().resourceType() === 'script')
          void res
            .body()
            .then((b) => js.push(b))
            .catch(() => undefined);
      });
      const times: number[] = [];
      let first: Buffer[] = [];
      for (let i = 0; i < REPEAT; i++) {
        const t0 = performance.now();
        await page.goto(`${baseUrl}${r.path}`, { timeout: 120_000 });
        await r.ready(page);
        times.push(performance.now() - t0);
        if (i === 0) {
          await page.waitForLoadState('networkidle');
          first = js.slice();
        }
      }
      figures.push({
        route: r.route,
        path: r.path,
        ms: Math.min(...times),
        firstMs: times[0] ?? 0,
        scripts: first.length,
        jsBytes: first.reduce((n, b) => n + b.length, 0),
        jsGzipBytes: first.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
      });
      await context.close();
    }
    return figures;
  } finally {
    await browser.close();
  }
}
