import argon2 from 'argon2';
import { normalisePassword } from '../../domain/access/password-rules';

/**
 * argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane): a login costs tens of
 * milliseconds, not seconds, on a small server. The parameters live in the PHC string, so they
 * can be raised later without invalidating existing hashes.
 */
const PARAMS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(normalisePassword(password), PARAMS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, normalisePassword(password));
  } catch {
    return false;
  }
}

let dummy: Promise<string> | null = null;

/** Spend the same time on unknown e-mail addresses, so timing does not tell which accounts exist. */
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummy ??= hashPassword(`dummy-${Date.now()}`);
  await verifyPassword(await dummy, password);
}
