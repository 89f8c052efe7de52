import { duckLoad, duckMonitor, openDuckDb, quartersOf } from '../bench/duckdb-monitor';
const d = await openDuckDb();
let t0 = performance.now(); await duckLoad(d, '/tmp/ep1m.csv'); console.log('duck load', (performance.now() - t0).toFixed(0));
for (let i = 0; i < 3; i++) { t0 = performance.now(); await duckMonitor(d, quartersOf(2024)); console.log('duck monitor', (performance.now() - t0).toFixed(0)); }
