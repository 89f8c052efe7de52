/**
 * Errors from the database drivers, made safe to log and to answer. A failed query's parameters
 * (a password hash, a backup's rows, a person's data) never reach a log or a terminal: only the SQL
 * text, the SQLSTATE code and the driver's message with quoted values blanked.
 */

interface WithCode {
  code?: unknown;
  cause?: unknown;
  query?: unknown;
  message?: unknown;
  name?: unknown;
}

/** The SQLSTATE of a driver error, also when Drizzle wrapped it (DrizzleQueryError.cause); null otherwise. */
export function sqlStateOf(err: unknown): string | null {
  for (let e: unknown = err, i = 0; e && typeof e === 'object' && i < 5; e = (e as WithCode).cause, i++) {
    const code = (e as WithCode).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return null;
}

/**
 * A data exception (class 22: value too long, out of range, bad date, NUL byte, invalid text) or a
 * program limit (class 54: e.g. an index row too large): the input did not fit, not a fault of ours.
 */
export function isInputRejectedByDatabase(err: unknown): boolean {
  const state = sqlStateOf(err);
  return state !== null && (state.startsWith('22') || state.startsWith('54'));
}

const blankQuoted = (s: string) =>
  s
    .replace(/"[^"]*"/g, '"…"')
    .replace(/'[^']*'/g, "'…'")
    .replace(/\([^)]*\)=\([^)]*\)/g, '(…)=(…)');

/** What may be logged of an error: name, SQLSTATE, the SQL text (no parameters), a message without values, the stack. */
export function loggableError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: blankQuoted(String(err)).slice(0, 500) };
  const e = err as Error & WithCode;
  const out: Record<string, unknown> = { name: e.name, sqlState: sqlStateOf(err) };
  if (typeof e.query === 'string') {
    // DrizzleQueryError: its message holds the parameters; keep the SQL and the cause's own message.
    out.query = e.query.slice(0, 2000);
    const cause = e.cause instanceof Error ? e.cause.message : '';
    out.message = `Query mislukt: ${blankQuoted(cause).slice(0, 500)}`;
  } else {
    out.message = blankQuoted(e.message).slice(0, 500);
  }
  // Only the frames: the first lines of a stack repeat the message (with a query's parameters).
  out.stack = (e.stack ?? '')
    .split('\n')
    .filter((l) => /^\s+at /.test(l))
    .slice(0, 10)
    .join('\n');
  return out;
}
