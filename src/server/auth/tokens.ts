import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: session tokens, CSRF tokens, generated passwords. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** What the database keeps of a bearer secret: its SHA-256, never the secret itself. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
