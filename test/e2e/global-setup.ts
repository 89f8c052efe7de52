import { spawnSync } from 'node:child_process';

/** Build the web UI once before the Chromium specs: they test what `npm start` serves. */
export default function setup(): void {
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('vite build mislukt');
}
