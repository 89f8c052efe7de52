import { ApiError } from '../../../lib/api';

/**
 * The current state the API sends with a 409 VERSION_CONFLICT (`details.current`), or null when
 * the error is something else.
 */
export function conflictCurrent(err: unknown): unknown {
  if (!(err instanceof ApiError) || err.status !== 409) return null;
  const details = err.details;
  if (typeof details !== 'object' || details === null || !('current' in details)) return null;
  return (details as { current: unknown }).current ?? null;
}
