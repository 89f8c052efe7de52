import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairDelaySeconds, THROTTLE, throttleDecision, type FailureHistory } from './throttle';

const now = new Date('2026-03-15T10:00:00Z');
const base: FailureHistory = { pairFailures: 0, lastPairFailureAt: null, addressFailures: 0, lockedUntil: null, knownAddress: false };

describe('throttleDecision', () => {
  it('gives a few free tries, then delays that double up to the ceiling', () => {
    expect([0, 1, 2].map(pairDelaySeconds)).toEqual([0, 0, 0]);
    expect([3, 4, 5, 6].map(pairDelaySeconds)).toEqual([2, 4, 8, 16]);
    expect(pairDelaySeconds(40)).toBe(THROTTLE.maxDelaySeconds);
    const just = { ...base, pairFailures: 5, lastPairFailureAt: new Date(now.getTime() - 3_000) };
    expect(throttleDecision(just, now)).toEqual({ allowed: false, retryAfterSeconds: 5, reason: 'pair' });
    expect(throttleDecision({ ...just, lastPairFailureAt: new Date(now.getTime() - 8_000) }, now)).toEqual({ allowed: true });
  });

  it('stops an address that sprays many accounts', () => {
    expect(throttleDecision({ ...base, addressFailures: THROTTLE.perAddress }, now).allowed).toBe(false);
  });

  it('never keeps a known address out of a locked account: e-mail alone locks nobody out', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 60 }), (otherFailures, lockMinutes) => {
        const locked = { ...base, lockedUntil: new Date(now.getTime() + lockMinutes * 60_000), addressFailures: 0, pairFailures: 0 };
        // Whatever others did from elsewhere, the colleague's own address has no failures of its own.
        void otherFailures;
        expect(throttleDecision({ ...locked, knownAddress: true }, now)).toEqual({ allowed: true });
        expect(throttleDecision(locked, now).allowed).toBe(false);
      }),
    );
  });
});
