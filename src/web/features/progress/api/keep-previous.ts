import { useRef } from 'react';
import type { Loadable } from '../../../lib/api';

/**
 * While a reload is under way, keep showing the data already on screen instead of "loading":
 * forms keep their confirmation message and focus after saving.
 */
export function useKeepPrevious<T>(value: Loadable<T>): Loadable<T> {
  const last = useRef<Loadable<T> | null>(null);
  if (value.state === 'ready') last.current = value;
  if (value.state === 'loading' && last.current) return last.current;
  return value;
}
