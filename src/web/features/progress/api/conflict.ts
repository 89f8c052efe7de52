import { ApiError } from '../../../lib/api';

/** What a 409 VERSION_CONFLICT carries: the current state (`details.current`) and, where it has one, its version. */
export interface Conflict<T> {
  current: T;
  version: number | undefined;
}

/** The conflict of an API error, or null when the error is something else. */
export function conflictOf<T>(err: unknown): Conflict<T> | null {
  if (!(err instanceof ApiError) || err.status !== 409 || err.code !== 'VERSION_CONFLICT') return null;
  const d = err.details as { current?: T; currentVersion?: number } | null;
  if (!d || d.current === undefined) return null;
  return { current: d.current, version: d.currentVersion };
}
