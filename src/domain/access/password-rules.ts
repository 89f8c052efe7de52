import { DomainError } from '../shared/errors';

/**
 * Password rules after NIST SP 800-63B (rev. 4): length over complexity. A password that is the
 * only factor must have at least 15 characters; at least 64 must be accepted; no composition
 * rules (no "one digit, one capital"); refuse known-common and context-specific passwords.
 * Characters are counted after Unicode NFKC normalisation, so any character counts as one.
 */
export const PASSWORD_MIN_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 128;

/** A small list of passwords that are common and at least 15 characters long (longer ones are rare). */
const COMMON = new Set([
  'passwordpassword',
  'password1234567',
  'password12345678',
  '123456789012345',
  '1234567890123456',
  'qwertyuiopasdfg',
  'qwertyuiopasdfgh',
  'qwertyuiop123456',
  '1q2w3e4r5t6y7u8i',
  'iloveyouiloveyou',
  'welkomwelkom123',
  'welkom123456789',
  'wachtwoord12345',
  'wachtwoordwachtwoord',
  'correcthorsebatterystaple',
  'aaaaaaaaaaaaaaa',
  'abcdefghijklmno',
  'abcdefghijklmnop',
  'zaq12wsxcde34rfv',
  'letmeinletmein1',
]);

export function normalisePassword(pw: string): string {
  return pw.normalize('NFKC');
}

/** The account the password is for: a password may not contain its e-mail name or its name. */
export interface PasswordContext {
  email?: string;
  name?: string;
}

/** The product's own name: the first thing anyone guesses. */
const PRODUCT_NAMES = ['regietafel'];
const squeeze = (s: string) =>
  normalisePassword(s)
    .toLowerCase()
    .replace(/[\s._\-+'’]+/g, '');

/**
 * The words a password may not contain: the product name, the e-mail address's local part (whole,
 * and each of its parts) and the name (whole, and each part), each of at least 4 characters.
 */
export function forbiddenWords(context: PasswordContext): string[] {
  const local = (context.email ?? '').split('@')[0] ?? '';
  const parts = (s: string) =>
    normalisePassword(s)
      .toLowerCase()
      .split(/[\s._\-+@'’]+/);
  const words = [...PRODUCT_NAMES, squeeze(local), ...parts(local), squeeze(context.name ?? ''), ...parts(context.name ?? '')];
  return [...new Set(words.filter((w) => [...w].length >= 4))];
}

/** Throws VALIDATION_FAILED with a Dutch reason; `context` is the account (e-mail address, name). */
export function assertPasswordAcceptable(password: string, context: PasswordContext = {}): void {
  const pw = normalisePassword(password);
  const length = [...pw].length;
  const fail = (reason: string) => {
    throw new DomainError('VALIDATION_FAILED', `Wachtwoord niet geaccepteerd: ${reason}`, [{ field: 'password', reason }]);
  };
  if (length < PASSWORD_MIN_LENGTH) fail(`gebruik minstens ${PASSWORD_MIN_LENGTH} tekens (een zin van een paar woorden werkt goed).`);
  if (length > PASSWORD_MAX_LENGTH) fail(`gebruik hoogstens ${PASSWORD_MAX_LENGTH} tekens.`);
  const lower = pw.toLowerCase();
  const squeezed = lower.replace(/\s+/g, '');
  if (COMMON.has(squeezed)) fail('dit wachtwoord staat op de lijst van veelgebruikte wachtwoorden.');
  if (new Set(squeezed).size <= 2) fail('dit wachtwoord bestaat uit steeds hetzelfde teken.');
  const compact = squeeze(pw);
  for (const w of forbiddenWords(context)) {
    if (compact.includes(w)) fail('het wachtwoord mag uw naam, uw e-mailadres of “regietafel” niet bevatten.');
  }
}
