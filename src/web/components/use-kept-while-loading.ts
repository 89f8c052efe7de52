import { useRef } from 'react';
import type { Loadable } from '../lib/api';

/**
 * While a reload is under way, keep showing the data that was there, so a page does not blank out
 * (and lose focus and scroll position) after the user saved something on it.
 */
export function useKeptWhileLoading<T>(value: Loadable<T>): Loadable<T> {
  const last = useRef<Loadable<T> | null>(null);
  if (value.state === 'ready') last.current = value;
  return value.state === 'loading' && last.current ? last.current : value;
}
