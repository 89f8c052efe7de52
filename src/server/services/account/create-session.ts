import type { Db } from '../../../db/database';
import { session } from '../../../db/schema';
import type { Clock } from '../../../domain/shared/clock';
import { randomToken, sha256 } from '../../auth/tokens';

export interface NewSession {
  /** Goes into the HttpOnly cookie; only its hash is stored. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/** Start a session for an account. Called inside the sign-in transaction, which audits it. */
export async function createSession(
  tx: Db,
  accountId: string,
  method: 'password' | 'oidc',
  sessionHours: number,
  clock: Clock,
): Promise<NewSession> {
  const now = clock.now();
  const token = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(now.getTime() + sessionHours * 3_600_000);
  await tx.insert(session).values({ tokenHash: sha256(token), accountId, csrfToken, method, createdAt: now, lastSeenAt: now, expiresAt });
  return { token, csrfToken, expiresAt };
}
