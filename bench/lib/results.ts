/**
 * Results of one `npm run bench` run: each bench writes its part as JSON into BENCH_RESULT_DIR (set by
 * bench/run.mjs), which merges the parts into bench/results/<date>-<scale>.json and a markdown summary.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writePart(name: string, value: unknown): void {
  const dir = process.env.BENCH_RESULT_DIR;
  if (!dir) return;
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(value, null, 2));
}
