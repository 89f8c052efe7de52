import type { MonitorResult } from '../../../domain/monitor/responses';
import { runInSlices } from './run-in-slices';

/** A response schema (zod): what the route's serializer would check and keep of a value. */
interface Shape {
  parse(value: unknown): unknown;
}

/**
 * A monitor answer as the JSON the route's response schema would give (each part checked and
 * stripped by the schema, then stringified), made in slices of rows so that a large public answer
 * (~0.5 MB) does not hold the event loop while it is serialised (issue 25). Kept per answer object:
 * computeMonitor hands out the same object for the same question and episode revision, so a repeated
 * question is sent as the string made the first time.
 */
const made = new WeakMap<MonitorResult, Promise<string>>();

export function answerJson(result: MonitorResult, schemas: { result: Shape; row: Shape }): Promise<string> {
  let json = made.get(result);
  if (!json) {
    json = runInSlices(jsonInSteps(result, schemas));
    json.catch(() => made.delete(result));
    made.set(result, json);
  }
  return json;
}

const ROWS_PER_STEP = 128;
const EMPTY_ROWS = '"rows":[]';

function* jsonInSteps(result: MonitorResult, schemas: { result: Shape; row: Shape }): Generator<void, string, void> {
  // The answer without its rows, then the rows put in: a string value is escaped in JSON, so the only
  // unescaped `"rows":[]` is the key itself.
  const head = JSON.stringify(schemas.result.parse({ ...result, rows: [] }));
  const at = head.lastIndexOf(EMPTY_ROWS);
  if (at < 0) throw new Error('answerJson: het antwoord heeft geen rijen');
  const parts: string[] = [];
  for (let i = 0; i < result.rows.length; i += ROWS_PER_STEP) {
    for (const row of result.rows.slice(i, i + ROWS_PER_STEP)) parts.push(JSON.stringify(schemas.row.parse(row)));
    yield;
  }
  return `${head.slice(0, at)}"rows":[${parts.join(',')}]${head.slice(at + EMPTY_ROWS.length)}`;
}
