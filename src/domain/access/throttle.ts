/**
 * Sign-in and password-change throttling (NIST SP 800-63B rev. 4 §3.2.2): failures are counted per
 * e-mail address AND client address together, with delays that grow with every failure, so
 * - one address guessing one account slows down quickly (3 free tries, then 2 s, 4 s, … up to 15 min);
 * - one address spraying many accounts is stopped by the per-address limit;
 * - nobody can lock a colleague out by typing their e-mail address: the account-wide lock (after
 *   100 failures in a row from anywhere, the NIST ceiling) does not apply to an address the account
 *   signed in from successfully in the last 90 days.
 */
export const THROTTLE = {
  /** Failures of one e-mail from one address (since its last success) that cost no waiting. */
  freePerPair: 3,
  baseDelaySeconds: 2,
  maxDelaySeconds: 15 * 60,
  /** Failures from one address (any e-mail) within the window that stop it for the rest of the window. */
  perAddress: 20,
  windowMinutes: 15,
  /** Failures in a row for one account, from any address, that lock it for unknown addresses. */
  lockAfter: 100,
  lockMinutes: 30,
  /** An address that signed in successfully this recently is "known" to the account. */
  knownAddressDays: 90,
} as const;

export interface FailureHistory {
  /** Failures of this e-mail from this address since its last success there (at most a day back). */
  pairFailures: number;
  lastPairFailureAt: Date | null;
  /** Failures from this address, any e-mail, within THROTTLE.windowMinutes. */
  addressFailures: number;
  /** The account (if any) is locked until then. */
  lockedUntil: Date | null;
  /** This address signed in to this account successfully within THROTTLE.knownAddressDays. */
  knownAddress: boolean;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number; reason: 'pair' | 'address' | 'locked' };

/** The wait after `failures` failures of one e-mail from one address: 0 for the first few, then doubling. */
export function pairDelaySeconds(failures: number): number {
  if (failures < THROTTLE.freePerPair) return 0;
  return Math.min(THROTTLE.maxDelaySeconds, THROTTLE.baseDelaySeconds * 2 ** Math.min(30, failures - THROTTLE.freePerPair));
}

export function throttleDecision(h: FailureHistory, now: Date): ThrottleDecision {
  const wait = (until: number, reason: 'pair' | 'address' | 'locked'): ThrottleDecision => ({
    allowed: false,
    retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)),
    reason,
  });
  if (h.lockedUntil && h.lockedUntil > now && !h.knownAddress) return wait(h.lockedUntil.getTime(), 'locked');
  if (h.addressFailures >= THROTTLE.perAddress) return wait(now.getTime() + THROTTLE.windowMinutes * 60_000, 'address');
  const delay = pairDelaySeconds(h.pairFailures);
  if (delay > 0 && h.lastPairFailureAt) {
    const until = h.lastPairFailureAt.getTime() + delay * 1000;
    if (until > now.getTime()) return wait(until, 'pair');
  }
  return { allowed: true };
}

/** The Dutch message for a refused attempt. */
export function throttleMessage(d: Exclude<ThrottleDecision, { allowed: true }>): string {
  const minutes = Math.ceil(d.retryAfterSeconds / 60);
  const when = d.retryAfterSeconds < 60 ? `${d.retryAfterSeconds} seconden` : `${minutes} ${minutes === 1 ? 'minuut' : 'minuten'}`;
  if (d.reason === 'locked')
    return (
      `Dit account is tijdelijk geblokkeerd na herhaalde mislukte inlogpogingen. ` +
      `Probeer het over ${when} opnieuw, of vanaf een adres waarvan u eerder inlogde.`
    );
  return `Te veel mislukte pogingen. Probeer het over ${when} opnieuw.`;
}
