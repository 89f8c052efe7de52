// Entry of the suppression worker thread (suppression-pool.ts): the server runs its TypeScript
// through tsx, and a worker thread starts without the main thread's loader, so it registers tsx
// itself before loading the worker's code.
import { register } from 'tsx/esm/api';

register();
await import('./suppression-worker-main.ts');
