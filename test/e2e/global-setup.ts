import { spawnSync } from 'node:child_process';

/**
 * Build the web UI once before the Chromium specs: they test what `npm start` serves. Vitest sets
 * NODE_ENV=test, and Vite would then bundle React's development build (StrictMode effects twice,
 * every fetch doubled): the production build is what users get.
 */
export default function setup(): void {
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (r.status !== 0) throw new Error('vite build mislukt');
}
