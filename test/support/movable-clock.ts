import type { Clock } from '../../src/domain/shared/clock';

/** A clock a test can move forward (sessions expiring, throttling windows passing). */
export function movableClock(iso: string): Clock & { advanceMinutes(m: number): void } {
  let at = new Date(iso).getTime();
  return { now: () => new Date(at), advanceMinutes: (m) => (at += m * 60_000) };
}
